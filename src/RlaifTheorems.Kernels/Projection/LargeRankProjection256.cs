using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The Vector256 (AVX2 + FMA) path of <see cref="ProjectionKernel"/> for k &gt; 16, and for 2 ≤ k ≤ 16 once Q is too large
/// for the small-k kernel to keep in L2 (<see cref="ProjectionKernel.BlockedMinimumSize"/>) (THEORY L2, T4.3: Y = Q(QᵀX), or X − that), a
/// cache-blocked GEMM pair fused per block of up to 96 columns, over two packings of Q made once per call
/// (<see cref="PackedPanels"/>): the coefficients C = QᵀX_b accumulate in register tiles of 8 coefficients × 6 columns, chunk
/// by chunk of <see cref="RowChunk"/> rows, and the reconstruction runs in tiles of 8 rows × 6 columns. Every tile reads its
/// slice of Q as one contiguous run, so no step walks Q at a stride of d (which on d = 4096 maps all k loads of a step to one
/// set of L1). X is read from memory once (twice when ablating, the second time from L3) and Y written once.
/// </summary>
internal static unsafe class LargeRankProjection256
{
    /// <summary>Columns per register tile.</summary>
    private const int Tile = 6;

    /// <summary>Tiles per block: Q's panels are read once per block (from L3 when Q is large), so the wider the block the less
    /// often; the block's chunk of X (6·tiles × <see cref="RowChunk"/>) and its coefficients stay in L2.</summary>
    private const int BlockTiles = 16;

    /// <summary>Rows of X per chunk of the coefficient pass: the block's chunk of X (96 × 256, 192 KiB) stays in L2 while every
    /// coefficient panel passes over it.</summary>
    private const int RowChunk = 256;

    /// <summary>Doubles of reconstruction panels per chunk of strips (256 KiB, in L2): each tile runs down the chunk's strips, so
    /// the reads of X (when ablating) and writes of Y are twelve sequential streams; strip by strip across all 96 columns they
    /// were 192 short ones, which the prefetchers did not follow (ablation took 70–75 ms on (4096, 128, 2000), 54–57 ms so).</summary>
    private const int ReconstructionChunk = 32 * 1024;

    /// <summary>True when this path can run on this CPU (AVX2 + FMA, as the small-k kernel).</summary>
    public static bool IsSupported => SmallRankProjection256.IsSupported;

    /// <summary>Y = Q(QᵀX) (or X − that) for the whole of X: its tiles of six columns split over the workers in contiguous ranges,
    /// each worker taking its range in blocks of up to <see cref="BlockTiles"/> tiles with its own pooled coefficient scratch; the
    /// last n mod 6 columns are copied into a zero-padded tile. Sizes are checked by the caller.</summary>
    public static void Run(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate)
    {
        var memory = ArrayPool<double>.Shared.Rent(checked((int)PackedPanels.Length(d, k)));
        try
        {
            fixed (double* pq = q)
            fixed (double* pm = memory)
            fixed (double* px = x)
            fixed (double* py = y)
            {
                var packed = new PackedPanels(pq, d, k, pm);
                int tiles = n / Tile;
                InParallel(packed, px, py, tiles, ablate);
                int done = tiles * Tile;
                if (done < n) Tail(packed, px + (long)done * d, py + (long)done * d, n - done, ablate);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(memory);
        }
    }

    private static void InParallel(PackedPanels packed, double* x, double* y, int tiles, bool ablate)
    {
        nint ax = (nint)x, ay = (nint)y;
        long tileSize = (long)Tile * packed.D;
        Parallelism.For(tiles, (long)packed.D * packed.K * tiles * Tile, (t0, t1) =>
        {
            var scratch = ArrayPool<double>.Shared.Rent(BlockTiles * Tile * packed.Kp);
            try
            {
                fixed (double* c = scratch)
                    for (int t = t0; t < t1; t += BlockTiles)
                        Block(packed, (double*)ax + t * tileSize, (double*)ay + t * tileSize, Math.Min(BlockTiles, t1 - t), ablate, c);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(scratch);
            }
        });
    }

    /// <summary>The last <paramref name="count"/> &lt; 6 columns: copied into a tile padded with zero columns, projected there,
    /// and copied back.</summary>
    private static void Tail(PackedPanels packed, double* x, double* y, int count, bool ablate)
    {
        using var padded = new PaddedColumns(x, packed.D, count, Tile, Tile * packed.Kp);
        fixed (double* block = padded.Memory)
            Block(packed, block, block + padded.Output, 1, ablate, block + padded.Scratch);
        padded.CopyTo(y);
    }

    /// <summary>One block of 6·<paramref name="tiles"/> columns of X (stride d) into Y; <paramref name="c"/> holds 6·tiles·kp
    /// doubles of scratch, column t's coefficients at c[t·kp + i]. The coefficients go chunk by chunk of rows, each chunk's
    /// coefficient panels read once for all the block's tiles; the reconstruction chunk by chunk of strips
    /// (<see cref="ReconstructionChunk"/>), each chunk's panels read from L2 by every tile.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block(PackedPanels packed, double* x, double* y, int tiles, bool ablate, double* c)
    {
        int d = packed.D, kp = packed.Kp, columns = tiles * Tile;
        new Span<double>(c, columns * kp).Clear();
        for (int r0 = 0; r0 < d; r0 += RowChunk)
        {
            int r1 = Math.Min(d, r0 + RowChunk);
            for (int k0 = 0; k0 < kp; k0 += PackedPanels.Width)
            {
                double* panel = packed.CoefficientPanel(k0);
                for (int t0 = 0; t0 < columns; t0 += Tile)
                    Coefficients(panel, x + (long)t0 * d, d, r0, r1, c + t0 * kp + k0, kp);
            }
        }
        int strips = packed.Strips, chunk = Math.Max(1, ReconstructionChunk / (packed.K * PackedPanels.Width));
        for (int s0 = 0; s0 < strips; s0 += chunk)
        {
            int s1 = Math.Min(strips, s0 + chunk);
            for (int t0 = 0; t0 < columns; t0 += Tile)
                for (int s = s0; s < s1; s++)
                    Reconstruct(packed.ReconstructionPanel(s), packed.K, kp, c + t0 * kp, x + (long)t0 * d, y + (long)t0 * d, d, s * PackedPanels.Width, ablate);
        }
    }

    /// <summary>c[t·kp + i] += Σ_{r0 ≤ r &lt; r1} Q[r, k0 + i]·x_t[r] for six columns t and eight coefficients i, the panel holding
    /// Q[r, k0 … k0 + 7] at panel[8r]: 12 accumulators, two loads of Q and six broadcasts of X per 12 FMAs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Coefficients(double* panel, double* x, int d, int r0, int r1, double* c, int kp)
    {
        double* c0 = c, c1 = c0 + kp, c2 = c1 + kp, c3 = c2 + kp, c4 = c3 + kp, c5 = c4 + kp;
        Vector256<double> a0 = Vector256.Load(c0), b0 = Vector256.Load(c0 + 4), a1 = Vector256.Load(c1), b1 = Vector256.Load(c1 + 4);
        Vector256<double> a2 = Vector256.Load(c2), b2 = Vector256.Load(c2 + 4), a3 = Vector256.Load(c3), b3 = Vector256.Load(c3 + 4);
        Vector256<double> a4 = Vector256.Load(c4), b4 = Vector256.Load(c4 + 4), a5 = Vector256.Load(c5), b5 = Vector256.Load(c5 + 4);
        double* x0 = x, x1 = x + d, x2 = x + 2 * d, x3 = x + 3 * d, x4 = x + 4 * d, x5 = x + 5 * d;
        for (int r = r0; r < r1; r++)
        {
            double* row = panel + (long)r * PackedPanels.Width;
            var low = Vector256.Load(row);
            var high = Vector256.Load(row + 4);
            var s = Vector256.Create(x0[r]);
            a0 = Fma.MultiplyAdd(low, s, a0); b0 = Fma.MultiplyAdd(high, s, b0);
            s = Vector256.Create(x1[r]);
            a1 = Fma.MultiplyAdd(low, s, a1); b1 = Fma.MultiplyAdd(high, s, b1);
            s = Vector256.Create(x2[r]);
            a2 = Fma.MultiplyAdd(low, s, a2); b2 = Fma.MultiplyAdd(high, s, b2);
            s = Vector256.Create(x3[r]);
            a3 = Fma.MultiplyAdd(low, s, a3); b3 = Fma.MultiplyAdd(high, s, b3);
            s = Vector256.Create(x4[r]);
            a4 = Fma.MultiplyAdd(low, s, a4); b4 = Fma.MultiplyAdd(high, s, b4);
            s = Vector256.Create(x5[r]);
            a5 = Fma.MultiplyAdd(low, s, a5); b5 = Fma.MultiplyAdd(high, s, b5);
        }
        a0.Store(c0); b0.Store(c0 + 4); a1.Store(c1); b1.Store(c1 + 4);
        a2.Store(c2); b2.Store(c2 + 4); a3.Store(c3); b3.Store(c3 + 4);
        a4.Store(c4); b4.Store(c4 + 4); a5.Store(c5); b5.Store(c5 + 4);
    }

    /// <summary>y_t[r0 … r0 + 7] = Σ_i c[t·kp + i]·Q[r0 … r0 + 7, i] (or x_t − that) for six columns t, the panel holding
    /// Q[r0 … r0 + 7, i] at panel[8i] (zero below row d): 12 accumulators, two loads of Q and six broadcasts of C per 12 FMAs.
    /// A strip reaching past row d is written with masked loads and stores, so no row of another column is touched. The same
    /// tile as <see cref="Coefficients"/> with other operands, kept apart: one shared tile writing its sums to memory for this
    /// step to store measured (4096, 16, 10000) at 45–49 ms against 34–36 (at k = 16 the round trip is a third of the work).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Reconstruct(double* panel, int k, int kp, double* c, double* x, double* y, int d, int r0, bool ablate)
    {
        Vector256<double> a0 = default, b0 = default, a1 = default, b1 = default, a2 = default, b2 = default;
        Vector256<double> a3 = default, b3 = default, a4 = default, b4 = default, a5 = default, b5 = default;
        double* c0 = c, c1 = c0 + kp, c2 = c1 + kp, c3 = c2 + kp, c4 = c3 + kp, c5 = c4 + kp;
        for (int i = 0; i < k; i++)
        {
            double* column = panel + (long)i * PackedPanels.Width;
            var low = Vector256.Load(column);
            var high = Vector256.Load(column + 4);
            var s = Vector256.Create(c0[i]);
            a0 = Fma.MultiplyAdd(s, low, a0); b0 = Fma.MultiplyAdd(s, high, b0);
            s = Vector256.Create(c1[i]);
            a1 = Fma.MultiplyAdd(s, low, a1); b1 = Fma.MultiplyAdd(s, high, b1);
            s = Vector256.Create(c2[i]);
            a2 = Fma.MultiplyAdd(s, low, a2); b2 = Fma.MultiplyAdd(s, high, b2);
            s = Vector256.Create(c3[i]);
            a3 = Fma.MultiplyAdd(s, low, a3); b3 = Fma.MultiplyAdd(s, high, b3);
            s = Vector256.Create(c4[i]);
            a4 = Fma.MultiplyAdd(s, low, a4); b4 = Fma.MultiplyAdd(s, high, b4);
            s = Vector256.Create(c5[i]);
            a5 = Fma.MultiplyAdd(s, low, a5); b5 = Fma.MultiplyAdd(s, high, b5);
        }
        if (r0 + PackedPanels.Width <= d)
        {
            Store(a0, b0, x, y, r0, ablate);
            Store(a1, b1, x + d, y + d, r0, ablate);
            Store(a2, b2, x + 2 * d, y + 2 * d, r0, ablate);
            Store(a3, b3, x + 3 * d, y + 3 * d, r0, ablate);
            Store(a4, b4, x + 4 * d, y + 4 * d, r0, ablate);
            Store(a5, b5, x + 5 * d, y + 5 * d, r0, ablate);
            return;
        }
        var row = Vector256.Create(0L, 1, 2, 3) + Vector256.Create((long)r0);
        var low4 = Vector256.LessThan(row, Vector256.Create((long)d)).AsDouble();
        var high4 = Vector256.LessThan(row + Vector256.Create(4L), Vector256.Create((long)d)).AsDouble();
        Masked(a0, b0, x, y, r0, low4, high4, ablate);
        Masked(a1, b1, x + d, y + d, r0, low4, high4, ablate);
        Masked(a2, b2, x + 2 * d, y + 2 * d, r0, low4, high4, ablate);
        Masked(a3, b3, x + 3 * d, y + 3 * d, r0, low4, high4, ablate);
        Masked(a4, b4, x + 4 * d, y + 4 * d, r0, low4, high4, ablate);
        Masked(a5, b5, x + 5 * d, y + 5 * d, r0, low4, high4, ablate);
    }

    private static void Store(Vector256<double> a, Vector256<double> b, double* x, double* y, int r, bool ablate)
    {
        if (ablate)
        {
            a = Vector256.Load(x + r) - a;
            b = Vector256.Load(x + r + 4) - b;
        }
        Vector256.Store(a, y + r);
        Vector256.Store(b, y + r + 4);
    }

    private static void Masked(Vector256<double> a, Vector256<double> b, double* x, double* y, int r, Vector256<double> low, Vector256<double> high, bool ablate)
    {
        if (ablate)
        {
            a = Avx.MaskLoad(x + r, low) - a;
            b = Avx.MaskLoad(x + r + 4, high) - b;
        }
        Avx.MaskStore(y + r, low, a);
        Avx.MaskStore(y + r + 4, high, b);
    }
}
