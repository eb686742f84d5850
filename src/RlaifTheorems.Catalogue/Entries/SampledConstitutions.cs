using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Model;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>
/// Constitutions to test a bound "no constitution does better (worse) than …" against, derived from a case:
/// the case's own constitution, span(e_i) and span(−e_i + e_j) over coordinates, the span of each spanning vector,
/// of m, of g, of g ± m, and of the ceiling direction u*.
/// </summary>
public static class SampledConstitutions
{
    /// <summary>The constitutions derived from <paramref name="c"/>.</summary>
    public static IEnumerable<Constitution> Of(ModelCase c, LatentValueModel model)
    {
        int d = c.RepresentationDimension;
        yield return c.Constitution();
        for (int i = 0; i < d; i++)
        {
            yield return Constitution.Span(Vector<double>.Build.Dense(d, k => k == i ? 1 : 0));
            if (i + 1 < d) yield return Constitution.Span(Vector<double>.Build.Dense(d, k => k == i ? -1 : k == i + 1 ? 1 : 0));
        }
        foreach (var row in c.C)
            if (row.Any(t => t != 0)) yield return Constitution.Span(Vector<double>.Build.DenseOfArray(row));
        var g = model.Generation;
        var m = model.Latent;
        yield return Constitution.Span(m);
        yield return Constitution.Span(g);
        foreach (var x in new[] { g + m, g - m, model.Encoder.CeilingDirection(model.Value) })
            if (x.L2Norm() > 0) yield return Constitution.Span(x);
    }
}
