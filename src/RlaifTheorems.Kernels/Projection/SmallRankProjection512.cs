using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The AVX-512 path of <see cref="ProjectionKernel"/> for small k (THEORY L2, T4.3: Y = Q(QᵀX), or X − that), eight columns of X
/// at a time. The coefficients c_t = Qᵀx_t are accumulated row by row as c_t += x_t[r]·(row r of Q), with the rows of Q held
/// contiguously (<see cref="PaddedRows"/>: one or two Vector512 per row), so no horizontal sums are needed; the
/// reconstruction y_t = Σ_i c_t[i]·q_i then runs sixteen rows by eight columns per step while the eight columns are still in
/// cache. X is read from memory once and Y written once (non-temporal stores for large outputs). The next block of X (two on,
/// for blocks of at most 4 KiB: <see cref="ProjectionKernel.PrefetchBlocks"/>) is prefetched half in each pass, its first four columns while the coefficients accumulate and its last four during the
/// reconstruction, so reads from memory continue while the reconstruction computes (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").
/// </summary>
internal static unsafe class SmallRankProjection512
{
    /// <summary>Columns per block.</summary>
    public const int Columns = 8;

    /// <summary>True when this path can run on this CPU.</summary>
    public static bool IsSupported => Vector512.IsHardwareAccelerated && Avx512F.IsSupported;

    /// <summary>The first row of the sixteen-row reconstruction steps for output <paramref name="y"/>: when streaming, the rows
    /// before y's first 64-byte boundary go to a masked step (with d % 8 = 0 every column of Y has y's alignment); otherwise 0.</summary>
    public static int FirstStepRow(double* y, bool stream) => stream ? (int)((64 - (nint)y % 64) % 64 / 8) : 0;

    /// <summary>Columns j0 … j0 + 8·blocks − 1 of Y; <paramref name="strips"/> is Q packed by <see cref="SixteenRowStrips"/> from
    /// row <see cref="FirstStepRow"/>(y, stream). When <paramref name="staged"/> (d &lt; <see cref="ProjectionKernel.StreamingMinDimension"/>
    /// only), each block is reconstructed into aligned scratch and streamed to Y as one run by <see cref="ContiguousRun"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Blocks(double* q, double* qt, double* strips, int d, int k, double* x, double* y, int j0, int blocks, bool ablate, bool stream, bool staged)
    {
        int kp = PaddedRows.Rank(k);
        int first = FirstStepRow(y, stream);
        int ahead = ProjectionKernel.PrefetchBlocks(Columns, d);
        double* c = stackalloc double[Columns * kp];
        double* raw = stackalloc double[staged ? Columns * d + 8 : 0];
        double* staging = ContiguousRun.Aligned(raw);
        for (int b = 0; b < blocks; b++)
        {
            long offset = (long)(j0 + b * Columns) * d;
            if (kp == 8) Coefficients8(qt, d, x + offset, c, ahead);
            else Coefficients16(qt, d, x + offset, c, ahead);
            if (!staged)
            {
                Reconstruct(q, strips, first, d, k, kp, c, x + offset, y + offset, ablate, stream, x + offset + (8L * ahead + 4) * d);
                continue;
            }
            Reconstruct(q, strips, 0, d, k, kp, c, x + offset, staging, ablate, stream: false, x + offset + (8L * ahead + 4) * d);
            ContiguousRun.Copy(staging, y + offset, Columns * d, stream: true, wide: true);
        }
    }

    /// <summary>c_t = Qᵀx_t for k ≤ 8: even and odd rows go to separate accumulators (sixteen independent FMA chains), summed at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients8(double* qt, int d, double* x, double* c, int ahead)
    {
        Vector512<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        Vector512<double> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default, b6 = default, b7 = default;
        double* x0 = x, x1 = x + d, x2 = x + 2 * d, x3 = x + 3 * d, x4 = x + 4 * d, x5 = x + 5 * d, x6 = x + 6 * d, x7 = x + 7 * d;
        double* next = x + 8L * ahead * d;
        int r = 0;
        for (; r + 2 <= d; r += 2)
        {
            Sse.Prefetch0(next + 4L * r);
            var even = Vector512.Load(qt + (long)r * 8);
            var odd = Vector512.Load(qt + (long)r * 8 + 8);
            a0 = MulAdd(even, x0[r], a0);
            b0 = MulAdd(odd, x0[r + 1], b0);
            a1 = MulAdd(even, x1[r], a1);
            b1 = MulAdd(odd, x1[r + 1], b1);
            a2 = MulAdd(even, x2[r], a2);
            b2 = MulAdd(odd, x2[r + 1], b2);
            a3 = MulAdd(even, x3[r], a3);
            b3 = MulAdd(odd, x3[r + 1], b3);
            a4 = MulAdd(even, x4[r], a4);
            b4 = MulAdd(odd, x4[r + 1], b4);
            a5 = MulAdd(even, x5[r], a5);
            b5 = MulAdd(odd, x5[r + 1], b5);
            a6 = MulAdd(even, x6[r], a6);
            b6 = MulAdd(odd, x6[r + 1], b6);
            a7 = MulAdd(even, x7[r], a7);
            b7 = MulAdd(odd, x7[r + 1], b7);
        }
        if (r < d)
        {
            var row = Vector512.Load(qt + (long)r * 8);
            a0 = MulAdd(row, x0[r], a0);
            a1 = MulAdd(row, x1[r], a1);
            a2 = MulAdd(row, x2[r], a2);
            a3 = MulAdd(row, x3[r], a3);
            a4 = MulAdd(row, x4[r], a4);
            a5 = MulAdd(row, x5[r], a5);
            a6 = MulAdd(row, x6[r], a6);
            a7 = MulAdd(row, x7[r], a7);
        }
        (a0 + b0).Store(c);
        (a1 + b1).Store(c + 8);
        (a2 + b2).Store(c + 16);
        (a3 + b3).Store(c + 24);
        (a4 + b4).Store(c + 32);
        (a5 + b5).Store(c + 40);
        (a6 + b6).Store(c + 48);
        (a7 + b7).Store(c + 56);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients16(double* qt, int d, double* x, double* c, int ahead)
    {
        Vector512<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        Vector512<double> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default, b6 = default, b7 = default;
        double* x0 = x, x1 = x + d, x2 = x + 2 * d, x3 = x + 3 * d, x4 = x + 4 * d, x5 = x + 5 * d, x6 = x + 6 * d, x7 = x + 7 * d;
        double* next = x + 8L * ahead * d;
        for (int r = 0; r < d; r++)
        {
            if ((r & 1) == 0) Sse.Prefetch0(next + 4L * r);
            var low = Vector512.Load(qt + (long)r * 16);
            var high = Vector512.Load(qt + (long)r * 16 + 8);
            var s = Vector512.Create(x0[r]);
            a0 = Avx512F.FusedMultiplyAdd(low, s, a0);
            b0 = Avx512F.FusedMultiplyAdd(high, s, b0);
            s = Vector512.Create(x1[r]);
            a1 = Avx512F.FusedMultiplyAdd(low, s, a1);
            b1 = Avx512F.FusedMultiplyAdd(high, s, b1);
            s = Vector512.Create(x2[r]);
            a2 = Avx512F.FusedMultiplyAdd(low, s, a2);
            b2 = Avx512F.FusedMultiplyAdd(high, s, b2);
            s = Vector512.Create(x3[r]);
            a3 = Avx512F.FusedMultiplyAdd(low, s, a3);
            b3 = Avx512F.FusedMultiplyAdd(high, s, b3);
            s = Vector512.Create(x4[r]);
            a4 = Avx512F.FusedMultiplyAdd(low, s, a4);
            b4 = Avx512F.FusedMultiplyAdd(high, s, b4);
            s = Vector512.Create(x5[r]);
            a5 = Avx512F.FusedMultiplyAdd(low, s, a5);
            b5 = Avx512F.FusedMultiplyAdd(high, s, b5);
            s = Vector512.Create(x6[r]);
            a6 = Avx512F.FusedMultiplyAdd(low, s, a6);
            b6 = Avx512F.FusedMultiplyAdd(high, s, b6);
            s = Vector512.Create(x7[r]);
            a7 = Avx512F.FusedMultiplyAdd(low, s, a7);
            b7 = Avx512F.FusedMultiplyAdd(high, s, b7);
        }
        a0.Store(c); b0.Store(c + 8);
        a1.Store(c + 16); b1.Store(c + 24);
        a2.Store(c + 32); b2.Store(c + 40);
        a3.Store(c + 48); b3.Store(c + 56);
        a4.Store(c + 64); b4.Store(c + 72);
        a5.Store(c + 80); b5.Store(c + 88);
        a6.Store(c + 96); b6.Store(c + 104);
        a7.Store(c + 112); b7.Store(c + 120);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> MulAdd(Vector512<double> row, double x, Vector512<double> accumulator) =>
        Avx512F.FusedMultiplyAdd(row, Vector512.Create(x), accumulator);

    /// <summary>y_t = Σ_i c[t·kp + i]·q_i (or x_t − that) for the eight columns, sixteen rows per step from row
    /// <paramref name="first"/>, reading Q from its <see cref="SixteenRowStrips"/> packed from that row. Rows before it (when
    /// streaming: those before y's first 64-byte boundary, so the streaming stores are aligned) and rows left after the steps are
    /// written by masked steps reading Q itself. Each sixteen-row step prefetches its share (eight lines, 4 doubles per row) of
    /// the 4d doubles at <paramref name="ahead"/> (the small-k blocks pass the last four columns of the block they prefetch; null for none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Reconstruct(double* q, double* strips, int first, int d, int k, int kp, double* c, double* x, double* y, bool ablate, bool stream, double* ahead)
    {
        if (first > 0) Masked(q, d, k, kp, c, x, y, ablate, 0, 0, first);
        int r = first;
        for (double* strip = strips; r + 16 <= d; r += 16, strip += 16L * k)
        {
            Vector512<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            Vector512<double> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default, b6 = default, b7 = default;
            if (ahead != null) PrefetchEightLines(ahead + 4L * r);
            for (int i = 0; i < k; i++)
            {
                double* qi = strip + 16 * i;
                var low = Vector512.Load(qi);
                var high = Vector512.Load(qi + 8);
                double* ci = c + i;
                var s = Vector512.Create(ci[0]);
                a0 = Avx512F.FusedMultiplyAdd(s, low, a0);
                b0 = Avx512F.FusedMultiplyAdd(s, high, b0);
                s = Vector512.Create(ci[kp]);
                a1 = Avx512F.FusedMultiplyAdd(s, low, a1);
                b1 = Avx512F.FusedMultiplyAdd(s, high, b1);
                s = Vector512.Create(ci[2 * kp]);
                a2 = Avx512F.FusedMultiplyAdd(s, low, a2);
                b2 = Avx512F.FusedMultiplyAdd(s, high, b2);
                s = Vector512.Create(ci[3 * kp]);
                a3 = Avx512F.FusedMultiplyAdd(s, low, a3);
                b3 = Avx512F.FusedMultiplyAdd(s, high, b3);
                s = Vector512.Create(ci[4 * kp]);
                a4 = Avx512F.FusedMultiplyAdd(s, low, a4);
                b4 = Avx512F.FusedMultiplyAdd(s, high, b4);
                s = Vector512.Create(ci[5 * kp]);
                a5 = Avx512F.FusedMultiplyAdd(s, low, a5);
                b5 = Avx512F.FusedMultiplyAdd(s, high, b5);
                s = Vector512.Create(ci[6 * kp]);
                a6 = Avx512F.FusedMultiplyAdd(s, low, a6);
                b6 = Avx512F.FusedMultiplyAdd(s, high, b6);
                s = Vector512.Create(ci[7 * kp]);
                a7 = Avx512F.FusedMultiplyAdd(s, low, a7);
                b7 = Avx512F.FusedMultiplyAdd(s, high, b7);
            }
            Store(a0, b0, x, y, r, ablate, stream);
            Store(a1, b1, x + d, y + d, r, ablate, stream);
            Store(a2, b2, x + 2 * d, y + 2 * d, r, ablate, stream);
            Store(a3, b3, x + 3 * d, y + 3 * d, r, ablate, stream);
            Store(a4, b4, x + 4 * d, y + 4 * d, r, ablate, stream);
            Store(a5, b5, x + 5 * d, y + 5 * d, r, ablate, stream);
            Store(a6, b6, x + 6 * d, y + 6 * d, r, ablate, stream);
            Store(a7, b7, x + 7 * d, y + 7 * d, r, ablate, stream);
        }
        for (; r < d; r += 8)
            Masked(q, d, k, kp, c, x, y, ablate, Math.Min(r, d - 8), r, Math.Min(r + 8, d));
    }

    /// <summary>Rows [from, to) of the eight columns, computed over the eight-row window starting at row w (0 ≤ w ≤ d − 8,
    /// w ≤ from &lt; to ≤ w + 8) and written with a masked store, so no other row of Y is touched.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Masked(double* q, int d, int k, int kp, double* c, double* x, double* y, bool ablate, int w, int from, int to)
    {
        var row = Vector512.Create(0L, 1, 2, 3, 4, 5, 6, 7) + Vector512.Create((long)w);
        var mask = (Vector512.GreaterThanOrEqual(row, Vector512.Create((long)from)) & Vector512.LessThan(row, Vector512.Create((long)to))).AsDouble();
        for (int t = 0; t < Columns; t++)
        {
            double* ct = c + t * kp;
            var sum = Vector512<double>.Zero;
            for (int i = 0; i < k; i++) sum = Avx512F.FusedMultiplyAdd(Vector512.Create(ct[i]), Vector512.Load(q + (long)i * d + w), sum);
            if (ablate) sum = Vector512.Load(x + (long)t * d + w) - sum;
            Avx512F.MaskStore(y + (long)t * d + w, mask, sum);
        }
    }

    /// <summary>Eight cache lines from <paramref name="ahead"/> into L1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchEightLines(double* ahead)
    {
        Sse.Prefetch0(ahead);
        Sse.Prefetch0(ahead + 8);
        Sse.Prefetch0(ahead + 16);
        Sse.Prefetch0(ahead + 24);
        Sse.Prefetch0(ahead + 32);
        Sse.Prefetch0(ahead + 40);
        Sse.Prefetch0(ahead + 48);
        Sse.Prefetch0(ahead + 56);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector512<double> low, Vector512<double> high, double* x, double* y, int r, bool ablate, bool stream)
    {
        if (ablate)
        {
            low = Vector512.Load(x + r) - low;
            high = Vector512.Load(x + r + 8) - high;
        }
        if (stream)
        {
            Avx512F.StoreAlignedNonTemporal(y + r, low);
            Avx512F.StoreAlignedNonTemporal(y + r + 8, high);
            return;
        }
        low.Store(y + r);
        high.Store(y + r + 8);
    }
}
