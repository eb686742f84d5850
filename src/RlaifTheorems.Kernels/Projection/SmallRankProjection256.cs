using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The Vector256 (AVX2 + FMA) small-k path of <see cref="ProjectionKernel"/> (THEORY L2, T4.3): the coefficients c_t = Qᵀx_t
/// accumulate row by row as x_t[r]·(row r of Q) over <see cref="PaddedRows"/>, with no horizontal sums and each entry of X
/// read once, then the block is reconstructed while it is still in cache. With k ≤ 8 a block is six columns and both passes
/// keep twelve accumulators (six columns × two vectors), enough independent FMA chains to cover the FMA latency at two per
/// cycle (measured: benchmarks/LAB-NOTES.md, "Kernel design choices"); with k ≤ 16 a block is four columns, the coefficients two columns × four
/// vectors at a time, and the reconstruction the shared four-column step of <see cref="ProjectionKernel"/>.
/// While a row's coefficients accumulate, the same share of the next columns is prefetched.
/// </summary>
internal static unsafe class SmallRankProjection256
{
    /// <summary>Columns per block: six for k ≤ 8, four for k ≤ 16.</summary>
    public static int Columns(int k) => k <= 8 ? 6 : 4;

    /// <summary>True when this path can run on this CPU.</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated && Fma.IsSupported;

    /// <summary>Columns j0 … j0 + <see cref="Columns"/>(k)·blocks − 1 of Y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Blocks(double* q, double* qt, int d, int k, double* x, double* y, int j0, int blocks, bool ablate, bool stream)
    {
        if (k <= 8)
        {
            double* c6 = stackalloc double[6 * 8];
            int ahead = ProjectionKernel.PrefetchBlocks(6, d);
            for (int b = 0; b < blocks; b++)
            {
                long offset = (long)(j0 + b * 6) * d;
                Coefficients6(qt, d, x + offset, c6, ahead);
                Reconstruct6(q, d, k, c6, x + offset, y + offset, ablate, stream, ahead);
            }
            return;
        }
        double* c = stackalloc double[4 * 16];
        double* byRow = stackalloc double[4 * k];
        for (int b = 0; b < blocks; b++)
        {
            long offset = (long)(j0 + b * 4) * d;
            Coefficients16(qt, d, x + offset, c);
            Coefficients16(qt, d, x + offset + 2L * d, c + 32);
            for (int i = 0; i < k; i++)
                for (int t = 0; t < 4; t++)
                    byRow[4 * i + t] = c[t * 16 + i];
            ProjectionKernel.Reconstruct4(q, d, k, byRow, x + offset, y + offset, ablate, stream);
        }
    }

    /// <summary>c_t = Qᵀx_t for six columns, k ≤ 8: c[t·8 + i]. The first three columns of the block <paramref name="ahead"/>
    /// blocks on (<see cref="ProjectionKernel.PrefetchBlocks"/>) are prefetched, a line per column every eight rows;
    /// <see cref="Reconstruct6"/> prefetches its other three.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients6(double* qt, int d, double* x, double* c, int ahead)
    {
        Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
        Vector256<double> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default;
        double* x0 = x, x1 = x + d, x2 = x + 2 * d, x3 = x + 3 * d, x4 = x + 4 * d, x5 = x + 5 * d;
        double* next = x + 6L * ahead * d;
        for (int r = 0; r < d; r++)
        {
            if ((r & 7) < 3) Sse.Prefetch0(next + (long)(r & 7) * d + (r & ~7));
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
            s = Vector256.Create(x4[r]);
            a4 = Fma.MultiplyAdd(low, s, a4);
            b4 = Fma.MultiplyAdd(high, s, b4);
            s = Vector256.Create(x5[r]);
            a5 = Fma.MultiplyAdd(low, s, a5);
            b5 = Fma.MultiplyAdd(high, s, b5);
        }
        a0.Store(c); b0.Store(c + 4);
        a1.Store(c + 8); b1.Store(c + 12);
        a2.Store(c + 16); b2.Store(c + 20);
        a3.Store(c + 24); b3.Store(c + 28);
        a4.Store(c + 32); b4.Store(c + 36);
        a5.Store(c + 40); b5.Store(c + 44);
    }

    /// <summary>y_t = Σ_i c[t·8 + i]·q_i (or x_t − that) for six columns, eight rows per step (each loaded pair of Q's rows feeds
    /// twelve FMAs), each step prefetching its share of the last three columns of the block <paramref name="ahead"/> blocks on (3 lines).
    /// When not streaming, each step also prefetches six lines of the next block's Y, so the stores find their
    /// lines in cache instead of waiting on each read for ownership (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").
    /// When streaming, the rows before y's first 64-byte boundary go first to masked steps (d % 8 = 0 gives the six
    /// columns one alignment); the last d mod 8 rows go to masked steps too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Reconstruct6(double* q, int d, int k, double* c, double* x, double* y, bool ablate, bool stream, int ahead)
    {
        int start = stream ? (int)((64 - (nint)y % 64) % 64 / 8) : 0;
        for (int w = 0; w < start; w += 4) ProjectionKernel.MaskedRows(q, d, k, c, 8, 1, 6, x, y, ablate, w, w, Math.Min(w + 4, start));
        int r = start;
        for (; r + 8 <= d; r += 8)
        {
            Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
            Vector256<double> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default;
            double* later = x + (6L * ahead + 3) * d + 3L * r;
            Sse.Prefetch0(later);
            Sse.Prefetch0(later + 8);
            Sse.Prefetch0(later + 16);
            if (!stream)
            {
                double* yahead = y + 6L * d + 6L * r;
                Sse.Prefetch0(yahead);
                Sse.Prefetch0(yahead + 8);
                Sse.Prefetch0(yahead + 16);
                Sse.Prefetch0(yahead + 24);
                Sse.Prefetch0(yahead + 32);
                Sse.Prefetch0(yahead + 40);
            }
            for (int i = 0; i < k; i++)
            {
                double* qi = q + (long)i * d + r;
                var low = Vector256.Load(qi);
                var high = Vector256.Load(qi + 4);
                double* ci = c + i;
                var s = Vector256.Create(ci[0]);
                a0 = Fma.MultiplyAdd(s, low, a0);
                b0 = Fma.MultiplyAdd(s, high, b0);
                s = Vector256.Create(ci[8]);
                a1 = Fma.MultiplyAdd(s, low, a1);
                b1 = Fma.MultiplyAdd(s, high, b1);
                s = Vector256.Create(ci[16]);
                a2 = Fma.MultiplyAdd(s, low, a2);
                b2 = Fma.MultiplyAdd(s, high, b2);
                s = Vector256.Create(ci[24]);
                a3 = Fma.MultiplyAdd(s, low, a3);
                b3 = Fma.MultiplyAdd(s, high, b3);
                s = Vector256.Create(ci[32]);
                a4 = Fma.MultiplyAdd(s, low, a4);
                b4 = Fma.MultiplyAdd(s, high, b4);
                s = Vector256.Create(ci[40]);
                a5 = Fma.MultiplyAdd(s, low, a5);
                b5 = Fma.MultiplyAdd(s, high, b5);
            }
            ProjectionKernel.Store(a0, b0, x, y, r, ablate, stream);
            ProjectionKernel.Store(a1, b1, x + d, y + d, r, ablate, stream);
            ProjectionKernel.Store(a2, b2, x + 2 * d, y + 2 * d, r, ablate, stream);
            ProjectionKernel.Store(a3, b3, x + 3 * d, y + 3 * d, r, ablate, stream);
            ProjectionKernel.Store(a4, b4, x + 4 * d, y + 4 * d, r, ablate, stream);
            ProjectionKernel.Store(a5, b5, x + 5 * d, y + 5 * d, r, ablate, stream);
        }
        for (; r < d; r += 4) ProjectionKernel.MaskedRows(q, d, k, c, 8, 1, 6, x, y, ablate, Math.Min(r, d - 4), r, Math.Min(r + 4, d));
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
