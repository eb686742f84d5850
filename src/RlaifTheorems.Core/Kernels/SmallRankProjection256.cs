using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Core.Kernels;

/// <summary>
/// The Vector256 (AVX2 + FMA) small-k path of <see cref="ProjectionKernel"/> (SPEC L2, T4.3), four columns of X at a time: the
/// coefficients c_t = Qᵀx_t accumulate row by row as x_t[r]·(row r of Q) over <see cref="PaddedRows"/>, with no horizontal sums
/// and each entry of X read once; the reconstruction is the shared four-column step of <see cref="ProjectionKernel"/>.
/// Sixteen registers hold eight accumulators: four columns × two vectors for k ≤ 8, two columns × four vectors for k ≤ 16.
/// While a row's coefficients accumulate, the same share of the next columns is prefetched (measured on (64, 8, 100000):
/// 3.1–5.8 ms with it, 5.8–9.8 ms without).
/// </summary>
internal static unsafe class SmallRankProjection256
{
    /// <summary>Columns per block.</summary>
    public const int Columns = 4;

    /// <summary>True when this path can run on this CPU.</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated && Fma.IsSupported;

    /// <summary>Columns j0 … j0 + 4·blocks − 1 of Y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Blocks(double* q, double* qt, int d, int k, double* x, double* y, int j0, int blocks, bool ablate, bool stream)
    {
        int kp = PaddedRows.Rank(k);
        double* c = stackalloc double[Columns * kp];
        double* byRow = stackalloc double[Columns * k];
        for (int b = 0; b < blocks; b++)
        {
            long offset = (long)(j0 + b * Columns) * d;
            if (kp == 8) Coefficients8(qt, d, x + offset, c);
            else
            {
                Coefficients16(qt, d, x + offset, c);
                Coefficients16(qt, d, x + offset + 2L * d, c + 2 * kp);
            }
            for (int i = 0; i < k; i++)
                for (int t = 0; t < Columns; t++)
                    byRow[Columns * i + t] = c[t * kp + i];
            ProjectionKernel.Reconstruct4(q, d, k, byRow, x + offset, y + offset, ablate, stream);
        }
    }

    /// <summary>c_t = Qᵀx_t for four columns, k ≤ 8: c[t·8 + i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients8(double* qt, int d, double* x, double* c)
    {
        Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
        double* x0 = x, x1 = x + d, x2 = x + 2 * d, x3 = x + 3 * d;
        double* next = x + 4L * d;
        for (int r = 0; r < d; r++)
        {
            Sse.Prefetch0(next + 4L * r);
            var low = Vector256.Load(qt + (long)r * 8);
            var high = Vector256.Load(qt + (long)r * 8 + 4);
            var s = Vector256.Create(x0[r]);
            a0 = Fma.MultiplyAdd(low, s, a0);
            b0 = Fma.MultiplyAdd(high, s, b0);
            s = Vector256.Create(x1[r]);
            a1 = Fma.MultiplyAdd(low, s, a1);
            b1 = Fma.MultiplyAdd(high, s, b1);
            s = Vector256.Create(x2[r]);
            a2 = Fma.MultiplyAdd(low, s, a2);
            b2 = Fma.MultiplyAdd(high, s, b2);
            s = Vector256.Create(x3[r]);
            a3 = Fma.MultiplyAdd(low, s, a3);
            b3 = Fma.MultiplyAdd(high, s, b3);
        }
        a0.Store(c); b0.Store(c + 4);
        a1.Store(c + 8); b1.Store(c + 12);
        a2.Store(c + 16); b2.Store(c + 20);
        a3.Store(c + 24); b3.Store(c + 28);
    }

    /// <summary>c_t = Qᵀx_t for two columns, k ≤ 16: c[t·16 + i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients16(double* qt, int d, double* x, double* c)
    {
        Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
        double* x0 = x, x1 = x + d;
        double* next = x + 2L * d;
        for (int r = 0; r < d; r++)
        {
            Sse.Prefetch0(next + 2L * r);
            double* row = qt + (long)r * 16;
            var q0 = Vector256.Load(row);
            var q1 = Vector256.Load(row + 4);
            var q2 = Vector256.Load(row + 8);
            var q3 = Vector256.Load(row + 12);
            var s = Vector256.Create(x0[r]);
            a0 = Fma.MultiplyAdd(q0, s, a0);
            a1 = Fma.MultiplyAdd(q1, s, a1);
            a2 = Fma.MultiplyAdd(q2, s, a2);
            a3 = Fma.MultiplyAdd(q3, s, a3);
            s = Vector256.Create(x1[r]);
            b0 = Fma.MultiplyAdd(q0, s, b0);
            b1 = Fma.MultiplyAdd(q1, s, b1);
            b2 = Fma.MultiplyAdd(q2, s, b2);
            b3 = Fma.MultiplyAdd(q3, s, b3);
        }
        a0.Store(c); a1.Store(c + 4); a2.Store(c + 8); a3.Store(c + 12);
        b0.Store(c + 16); b1.Store(c + 20); b2.Store(c + 24); b3.Store(c + 28);
    }
}
