using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The AVX-512 path of <see cref="ProjectionKernel"/> for k &gt; 16 (THEORY L2, T4.3: Y = Q(QᵀX), or X − that), a cache-blocked
/// GEMM pair fused per block of <see cref="Columns"/> columns. The coefficients C = QᵀX_b (kp×24, kp = k rounded up to 32)
/// accumulate over rows of Q (<see cref="PaddedRows"/>) in register tiles of 32 coefficients × 6 columns, chunk by chunk of
/// <see cref="RowChunk"/> rows so the tile's slice of Qᵀ stays in L2 and the block of X in L2 across the k-chunks; the
/// reconstruction is <see cref="SmallRankProjection512.Reconstruct"/>, sixteen rows × eight columns per step, reading Q from
/// its <see cref="SixteenRowStrips"/>. X is read from memory once and Y written once.
/// </summary>
internal static unsafe class LargeRankProjection512
{
    /// <summary>Columns per block (four register tiles of six columns, three reconstruction steps of eight).</summary>
    public const int Columns = 24;

    /// <summary>Rows of Qᵀ and X per chunk of the coefficient pass.</summary>
    public const int RowChunk = 256;

    /// <summary>Coefficients per register tile (four Vector512).</summary>
    public const int RankChunk = 32;

    /// <summary>k rounded up to a multiple of <see cref="RankChunk"/>.</summary>
    public static int PaddedRank(int k) => (k + RankChunk - 1) / RankChunk * RankChunk;

    /// <summary>Y = Q(QᵀX) (or X − that) for the whole of X: blocks of 24 columns split over the workers, each with its own pooled
    /// coefficient scratch; the last n mod 24 columns are copied into a zero-padded block. Sizes are checked by the caller.</summary>
    public static void Run(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate)
    {
        const int columns = Columns;
        int kp = PaddedRank(k);
        long padded = (long)kp * d;
        var rows = ArrayPool<double>.Shared.Rent(checked((int)(padded + SixteenRowStrips.Length(d, k))));
        try
        {
            fixed (double* pq = q)
            fixed (double* pt = rows)
            fixed (double* px = x)
            fixed (double* py = y)
            {
                PaddedRows.Transpose(pq, d, k, kp, pt);
                double* strips = pt + padded;
                SixteenRowStrips.Pack(pq, d, k, 0, strips);
                int blocks = n / columns;
                InParallel(pq, pt, strips, d, k, kp, px, py, blocks, ablate);
                int done = blocks * columns;
                if (done < n) Tail(pq, pt, strips, d, k, kp, px + (long)done * d, py + (long)done * d, n - done, ablate);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rows);
        }
    }

    private static void InParallel(double* q, double* rows, double* strips, int d, int k, int kp, double* x, double* y, int blocks, bool ablate)
    {
        nint aq = (nint)q, at = (nint)rows, astrips = (nint)strips, ax = (nint)x, ay = (nint)y;
        Parallelism.For(blocks, (long)d * k * blocks * Columns, (b0, b1) =>
        {
            var scratch = ArrayPool<double>.Shared.Rent(Columns * kp);
            try
            {
                fixed (double* c = scratch)
                    Blocks((double*)aq, (double*)at, (double*)astrips, d, k, (double*)ax, (double*)ay, b0 * Columns, b1 - b0, ablate, c);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(scratch);
            }
        });
    }

    /// <summary>The last <paramref name="count"/> &lt; 24 columns: copied into a block padded with zero columns, projected there,
    /// and copied back.</summary>
    private static void Tail(double* q, double* rows, double* strips, int d, int k, int kp, double* x, double* y, int count, bool ablate)
    {
        using var padded = new PaddedColumns(x, d, count, Columns, Columns * kp);
        fixed (double* block = padded.Memory)
            Block(q, rows, strips, d, k, block, block + padded.Output, ablate, block + padded.Scratch);
        padded.CopyTo(y);
    }

    /// <summary>Columns j0 … j0 + 24·blocks − 1 of Y; <paramref name="c"/> holds 24·kp doubles of scratch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Blocks(double* q, double* qt, double* strips, int d, int k, double* x, double* y, int j0, int blocks, bool ablate, double* c)
    {
        for (int b = 0; b < blocks; b++)
        {
            long offset = (long)(j0 + b * Columns) * d;
            Block(q, qt, strips, d, k, x + offset, y + offset, ablate, c);
        }
    }

    /// <summary>One block of 24 columns of X (stride d) into Y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block(double* q, double* qt, double* strips, int d, int k, double* x, double* y, bool ablate, double* c)
    {
        int kp = PaddedRank(k);
        new Span<double>(c, Columns * kp).Clear();
        for (int r0 = 0; r0 < d; r0 += RowChunk)
        {
            int r1 = Math.Min(d, r0 + RowChunk);
            for (int k0 = 0; k0 < kp; k0 += RankChunk)
                for (int t0 = 0; t0 < Columns; t0 += 6)
                    Coefficients(qt, kp, x + (long)t0 * d, d, r0, r1, k0, c + t0 * kp);
        }
        for (int t0 = 0; t0 < Columns; t0 += SmallRankProjection512.Columns)
            SmallRankProjection512.Reconstruct(q, strips, 0, d, k, kp, c + t0 * kp, x + (long)t0 * d, y + (long)t0 * d, ablate, stream: false, ahead: null);
    }

    /// <summary>c[t·kp + k0 + i] += Σ_{r0 ≤ r &lt; r1} Q[r, k0 + i]·x_t[r] for six columns t and 32 coefficients i: 24 accumulators,
    /// four loads of Qᵀ and six broadcasts of X per 24 FMAs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients(double* qt, int kp, double* x, int d, int r0, int r1, int k0, double* c)
    {
        double* c0 = c + k0, c1 = c0 + kp, c2 = c1 + kp, c3 = c2 + kp, c4 = c3 + kp, c5 = c4 + kp;
        Vector512<double> a00 = Vector512.Load(c0), a01 = Vector512.Load(c0 + 8), a02 = Vector512.Load(c0 + 16), a03 = Vector512.Load(c0 + 24);
        Vector512<double> a10 = Vector512.Load(c1), a11 = Vector512.Load(c1 + 8), a12 = Vector512.Load(c1 + 16), a13 = Vector512.Load(c1 + 24);
        Vector512<double> a20 = Vector512.Load(c2), a21 = Vector512.Load(c2 + 8), a22 = Vector512.Load(c2 + 16), a23 = Vector512.Load(c2 + 24);
        Vector512<double> a30 = Vector512.Load(c3), a31 = Vector512.Load(c3 + 8), a32 = Vector512.Load(c3 + 16), a33 = Vector512.Load(c3 + 24);
        Vector512<double> a40 = Vector512.Load(c4), a41 = Vector512.Load(c4 + 8), a42 = Vector512.Load(c4 + 16), a43 = Vector512.Load(c4 + 24);
        Vector512<double> a50 = Vector512.Load(c5), a51 = Vector512.Load(c5 + 8), a52 = Vector512.Load(c5 + 16), a53 = Vector512.Load(c5 + 24);
        double* x0 = x, x1 = x + d, x2 = x + 2 * d, x3 = x + 3 * d, x4 = x + 4 * d, x5 = x + 5 * d;
        for (int r = r0; r < r1; r++)
        {
            double* row = qt + (long)r * kp + k0;
            var q0 = Vector512.Load(row);
            var q1 = Vector512.Load(row + 8);
            var q2 = Vector512.Load(row + 16);
            var q3 = Vector512.Load(row + 24);
            var s = Vector512.Create(x0[r]);
            a00 = Avx512F.FusedMultiplyAdd(q0, s, a00); a01 = Avx512F.FusedMultiplyAdd(q1, s, a01);
            a02 = Avx512F.FusedMultiplyAdd(q2, s, a02); a03 = Avx512F.FusedMultiplyAdd(q3, s, a03);
            s = Vector512.Create(x1[r]);
            a10 = Avx512F.FusedMultiplyAdd(q0, s, a10); a11 = Avx512F.FusedMultiplyAdd(q1, s, a11);
            a12 = Avx512F.FusedMultiplyAdd(q2, s, a12); a13 = Avx512F.FusedMultiplyAdd(q3, s, a13);
            s = Vector512.Create(x2[r]);
            a20 = Avx512F.FusedMultiplyAdd(q0, s, a20); a21 = Avx512F.FusedMultiplyAdd(q1, s, a21);
            a22 = Avx512F.FusedMultiplyAdd(q2, s, a22); a23 = Avx512F.FusedMultiplyAdd(q3, s, a23);
            s = Vector512.Create(x3[r]);
            a30 = Avx512F.FusedMultiplyAdd(q0, s, a30); a31 = Avx512F.FusedMultiplyAdd(q1, s, a31);
            a32 = Avx512F.FusedMultiplyAdd(q2, s, a32); a33 = Avx512F.FusedMultiplyAdd(q3, s, a33);
            s = Vector512.Create(x4[r]);
            a40 = Avx512F.FusedMultiplyAdd(q0, s, a40); a41 = Avx512F.FusedMultiplyAdd(q1, s, a41);
            a42 = Avx512F.FusedMultiplyAdd(q2, s, a42); a43 = Avx512F.FusedMultiplyAdd(q3, s, a43);
            s = Vector512.Create(x5[r]);
            a50 = Avx512F.FusedMultiplyAdd(q0, s, a50); a51 = Avx512F.FusedMultiplyAdd(q1, s, a51);
            a52 = Avx512F.FusedMultiplyAdd(q2, s, a52); a53 = Avx512F.FusedMultiplyAdd(q3, s, a53);
        }
        a00.Store(c0); a01.Store(c0 + 8); a02.Store(c0 + 16); a03.Store(c0 + 24);
        a10.Store(c1); a11.Store(c1 + 8); a12.Store(c1 + 16); a13.Store(c1 + 24);
        a20.Store(c2); a21.Store(c2 + 8); a22.Store(c2 + 16); a23.Store(c2 + 24);
        a30.Store(c3); a31.Store(c3 + 8); a32.Store(c3 + 16); a33.Store(c3 + 24);
        a40.Store(c4); a41.Store(c4 + 8); a42.Store(c4 + 16); a43.Store(c4 + 24);
        a50.Store(c5); a51.Store(c5 + 8); a52.Store(c5 + 16); a53.Store(c5 + 24);
    }
}
