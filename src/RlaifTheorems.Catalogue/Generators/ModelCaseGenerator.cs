using FsCheck;
using FsCheck.Fluent;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// Generates <see cref="ModelCase"/>s whose dimensions grow with FsCheck's size (D ≤ min + size/12, d ≤ D) and
/// which hit the THEORY's edges on purpose: isometric, Gaussian and anisotropic encoders (condition 10, 1e3, 1e6);
/// v inside the row space (ρ = 1) or orthogonal to it (ρ = 0); m a positive, negative or almost multiple of Ev;
/// g along m or against Ev; rank-1, full-rank and linearly dependent spanning sets, and constitutions containing m.
/// </summary>
public static class ModelCaseGenerator
{
    /// <summary>Cases with D ≥ <paramref name="minWorld"/> and d ≥ <paramref name="minRepresentation"/>, shrinking with <see cref="ModelCaseShrinker"/>.</summary>
    public static Arbitrary<ModelCase> Arbitrary(int minWorld = 1, int minRepresentation = 1) =>
        Arb.From(Cases(minWorld, minRepresentation), ModelCaseShrinker.Shrink);

    /// <summary>The generator alone.</summary>
    public static Gen<ModelCase> Cases(int minWorld = 1, int minRepresentation = 1) =>
        Gen.Sized(size =>
            from extraD in Gen.Choose(0, Math.Min(8, size / 12))
            let dWorld = Math.Max(minWorld, minRepresentation) + extraD
            from d in Gen.Choose(minRepresentation, dWorld)
            from c in OfDimensions(d, dWorld)
            select c)
        .Where(c => c.IsValid());

    /// <summary>Cases of exactly d×D, with the same edges as <see cref="Cases"/> (the deep profile draws its dimensions itself).</summary>
    public static Gen<ModelCase> OfDimensions(int d, int dWorld) =>
        from e in Encoder(d, dWorld)
        from v in Value(e, d, dWorld)
        let w = Vectors.Multiply(e, v)
        from m in Latent(w, d)
        from g in Generation(m, w, d)
        from c in Spanning(m, d)
        select new ModelCase(e, v, m, g, c);

    /// <summary>E: isometric, Gaussian, or U diag(σ) V with σ log-spaced from 1 to 1/κ.</summary>
    public static Gen<double[][]> Encoder(int d, int dWorld) => Gen.Frequency(
        (2, Reals.NormalMatrix(d, dWorld).Select(a => Complete(Vectors.OrthonormalRows(a), d, dWorld))),
        (2, Reals.NormalMatrix(d, dWorld)),
        (3, from kappa in Gen.Elements(10.0, 1e3, 1e6)
            from u in Reals.NormalMatrix(d, d)
            from v in Reals.NormalMatrix(d, dWorld)
            select Anisotropic(Complete(Vectors.OrthonormalRows(u), d, d), Complete(Vectors.OrthonormalRows(v), d, dWorld), kappa)));

    private static Gen<double[]> Value(double[][] e, int d, int dWorld)
    {
        var generic = Reals.NormalVector(dWorld);
        var inRowSpace = Reals.NormalVector(d).Select(y => Vectors.MultiplyTransposed(e, y));
        var q = Vectors.OrthonormalRows(e);
        var orthogonal = generic.Select(z => q.Aggregate(z, (r, row) => Vectors.AddScaled(r, -Vectors.Dot(r, row), row)));
        // Stryker disable once Conditional,Equality : at d = D the orthogonal complement is 0, so an orthogonal v is the zero vector,
        // which Cases' validity filter redraws.
        return d < dWorld
            ? Gen.Frequency((5, generic), (1, inRowSpace), (1, orthogonal))
            : Gen.Frequency((5, generic), (1, inRowSpace));
    }

    private static Gen<double[]> Latent(double[] w, int d)
    {
        var generic = Reals.NormalVector(d);
        // Stryker disable once Equality : a norm of exactly 1e-6 is not drawn.
        if (Vectors.Norm(w) < 1e-6) return generic;
        return Gen.Frequency(
            (5, generic),
            (1, Reals.Uniform(0.5, 2).Select(c => Vectors.Scale(w, c))),
            (1, Reals.Uniform(0.5, 2).Select(c => Vectors.Scale(w, -c))),
            (1, Reals.NormalVector(d).Select(n => Vectors.AddScaled(w, 1e-4 * Vectors.Norm(w) / Math.Max(Vectors.Norm(n), 1e-300), n))));
    }

    private static Gen<double[]> Generation(double[] m, double[] w, int d)
    {
        var generic = Reals.NormalVector(d);
        var options = new List<(int, Gen<double[]>)> { (5, generic), (1, Reals.Uniform(0.5, 2).Select(c => Vectors.Scale(m, c))) };
        // Stryker disable once Equality : a norm of exactly 1e-6 is not drawn.
        if (Vectors.Norm(w) > 1e-6) options.Add((1, Reals.Uniform(0.5, 2).Select(c => Vectors.Scale(w, -c))));
        return Gen.Frequency(options.ToArray());
    }

    private static Gen<double[][]> Spanning(double[] m, int d) => Gen.Frequency(
        (4, Gen.Choose(1, d).SelectMany(r => Reals.NormalMatrix(r, d))),
        (1, Reals.NormalMatrix(1, d)),
        (1, Reals.NormalMatrix(d, d)),
        (1, from r in Gen.Choose(1, d)
            from basis in Reals.NormalMatrix(r, d)
            from weights in Reals.NormalVector(r)
            // Stryker disable once Linq : linear dependence is symmetric: the combination first or last gives the same kind of set.
            select basis.Append(Vectors.MultiplyTransposed(basis, weights)).ToArray()),
        (1, Gen.Choose(0, d - 1).SelectMany(r => Reals.NormalMatrix(r, d)).Select(rest => rest.Prepend(m).ToArray())));

    private static double[][] Anisotropic(double[][] u, double[][] v, double kappa)
    {
        int d = u.Length;
        // Stryker disable once Conditional : at d = 1 the exponent 0/0 is NaN, an invalid encoder that the validity filter redraws.
        var sigma = Enumerable.Range(0, d).Select(i => d == 1 ? 1.0 : Math.Pow(kappa, -(double)i / (d - 1))).ToArray();
        return Enumerable.Range(0, d)
            .Select(i => Enumerable.Range(0, v[0].Length).Select(j => Enumerable.Range(0, d).Sum(k => u[i][k] * sigma[k] * v[k][j])).ToArray())
            .ToArray();
    }

    /// <summary>Pads an orthonormal set that lost a row to degeneracy with standard basis rows (probability zero, but never crash).</summary>
    // Stryker disable all : the padding runs only when Gaussian rows are exactly dependent (probability zero); at equal length
    // Gram–Schmidt of the rows and the padding keeps the rows themselves first.
    private static double[][] Complete(double[][] rows, int count, int n)
    {
        if (rows.Length == count) return rows;
        var all = rows.Concat(Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => i == j ? 1.0 : 0.0).ToArray())).ToArray();
        return Vectors.OrthonormalRows(all).Take(count).ToArray();
    }
}
