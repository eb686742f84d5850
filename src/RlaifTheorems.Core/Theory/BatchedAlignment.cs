using System.Buffers;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// Batched alignment A(u_j) = ⟨Eᵀu_j, v⟩/‖Eᵀu_j‖ for the columns u_j of U (d×n, column-major). In whitened coordinates
/// A(u) = ⟨û', w'⟩ = ρ·cos∠(u', w') with u' = M^{1/2}u and w' = M^{-1/2}Ev, ‖w'‖ = ρ (THEORY "Objects"), so: for an isometric
/// encoder (M = I, w' = Ev) ρ times the cosines of U with Ev; otherwise one product by M^{1/2} = UΣUᵀ, then ρ times the cosines
/// with w'. A zero column gets 0, never NaN.
/// </summary>
public static class BatchedAlignment
{
    /// <summary>result[j] = A(u_j).</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the encoder or the spans' lengths.</exception>
    public static void Alignments(Encoder encoder, ValueDirection v, ReadOnlySpan<double> u, int n, Span<double> result)
    {
        int d = encoder.RepresentationDimension;
        Guard.Columns(u, d, n, "U");
        Guard.Output(result, n, "result");
        double rho = encoder.Quality(v);
        var algebra = BatchedLinearAlgebra.Current;
        if (encoder.IsIsometric)
        {
            var w = (encoder.Matrix * v.Vector).ToArray();
            algebra.Cosines(u, d, n, w, result);
            Scale(result[..n], rho);
            return;
        }
        // Cosines do not depend on the root's scale: Ê's, which keeps its digits for any scale of E.
        var root = encoder.NormalisedMetricSquareRoot().ToColumnMajorArray();
        var whitenedValue = encoder.WhitenedValue(v).ToArray();
        var lifted = ArrayPool<double>.Shared.Rent(d * n);
        try
        {
            algebra.Multiply(root, d, d, u, n, lifted);
            algebra.Cosines(lifted, d, n, whitenedValue, result);
            Scale(result[..n], rho);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(lifted);
        }
    }

    private static void Scale(Span<double> x, double factor)
    {
        foreach (ref double t in x) t *= factor;
    }
}
