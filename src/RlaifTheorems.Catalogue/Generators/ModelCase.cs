using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// One generated latent value model with a constitution, as plain data so that a shrunk case reads in one line
/// and serialises to JSON: encoder E (rows, d×D), value direction v (normalised on use), latent value vector m,
/// generation direction g, and the constitution's spanning vectors C (orthonormalised on use).
/// </summary>
public sealed record ModelCase(double[][] E, double[] V, double[] M, double[] G, double[][] C)
{
    /// <summary>D.</summary>
    public int WorldDimension => V.Length;

    /// <summary>d.</summary>
    public int RepresentationDimension => M.Length;

    /// <summary>The latent value model (E, v, m, g).</summary>
    /// <exception cref="ModelInputException">The data is not a valid model.</exception>
    public LatentValueModel Model() => new(
        Encoder.FromRows(E),
        new ValueDirection(Vector<double>.Build.DenseOfArray(V)),
        Vector<double>.Build.DenseOfArray(M),
        Vector<double>.Build.DenseOfArray(G));

    /// <summary>The constitution spanned by C.</summary>
    public Constitution Constitution() => Core.Model.Constitution.FromSpanningSet(C);

    /// <summary>True when the data is a valid model with a constitution (full-rank E, non-zero v, m, g, span C ≠ 0).</summary>
    // Stryker disable once Linq : "every" and "some" spanning vector of m's length differ only on vectors of several lengths,
    // which Constitution.TryFromSpanningSet refuses.
    public bool IsValid() =>
        E.Length > 0 && E.Length == M.Length && E.Length == G.Length && C.All(c => c.Length == M.Length) && E.All(r => r.Length == V.Length)
        && Encoder.TryCreate(Matrix<double>.Build.DenseOfRowArrays(E), out var encoder, out _)
        && ValueDirection.TryCreate(Vector<double>.Build.DenseOfArray(V), out var value, out _)
        && LatentValueModel.TryCreate(encoder, value, Vector<double>.Build.DenseOfArray(M), Vector<double>.Build.DenseOfArray(G), out _, out _)
        && Core.Model.Constitution.TryFromSpanningSet(C.Select(c => Vector<double>.Build.DenseOfArray(c)).ToList(), out _, out _);

    /// <inheritdoc/>
    public override string ToString() =>
        $"D={WorldDimension} d={RepresentationDimension} E={Vectors.Show(E)} v={Vectors.Show(V)} m={Vectors.Show(M)} g={Vectors.Show(G)} C={Vectors.Show(C)}";
}
