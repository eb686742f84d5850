using System.Runtime.CompilerServices;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Qᵀ for the small-k projection kernels: the rows of Q (d×k, column-major) stored contiguously, each padded with zeros to
/// <see cref="Rank"/> entries (8 or 16, whole vectors at both widths; the large-k kernel pads to a multiple of 32), so the
/// coefficients Qᵀx accumulate as Σ_r x[r]·(row r).
/// </summary>
internal static unsafe class PaddedRows
{
    /// <summary>Largest k the padded layout serves.</summary>
    public const int MaxRank = 16;

    /// <summary>k padded to 8 or 16.</summary>
    public static int Rank(int k) => k <= 8 ? 8 : 16;

    /// <summary>Writes qt[r·kp + i] = Q[r, i] for i &lt; k and 0 for k ≤ i &lt; kp, kp = <see cref="Rank"/>(k).</summary>
    public static void Transpose(double* q, int d, int k, double* qt) => Transpose(q, d, k, Rank(k), qt);

    /// <summary>Writes qt[r·kp + i] = Q[r, i] for i &lt; k and 0 for k ≤ i &lt; kp (kp ≥ k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transpose(double* q, int d, int k, int kp, double* qt)
    {
        for (int r = 0; r < d; r++)
            for (int i = 0; i < kp; i++)
                qt[(long)r * kp + i] = i < k ? q[(long)i * d + r] : 0;
    }
}
