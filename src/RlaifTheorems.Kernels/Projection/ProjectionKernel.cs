using System.Runtime.CompilerServices;
using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Batched projection onto a constitution's subspace, Y = Q(QᵀX), and batched ablation, Y = (I − QQᵀ)X (THEORY L2, T4.3), for
/// column-major X (d×n, column j at [j·d, (j+1)·d)) and an orthonormal basis Q (d×k); Y may be X itself. Every path works on a
/// block of columns at a time, first their k coefficients, then the reconstruction while the block is still in cache, so X is
/// read from memory once and Y written once:
/// with d ≤ 8, any k, <see cref="TinyDimensionProjection"/> applies the d×d operator QQᵀ (or I − QQᵀ) to each column instead
/// (on AVX2 with d = 8 and k ≤ 2 it goes through Q, four columns transposed into rows at a time);
/// with d ≥ 16, 2 ≤ k ≤ 16 takes the small-k kernels (<see cref="SmallRankProjection512"/> on AVX-512,
/// <see cref="SmallRankProjection256"/> on AVX2 + FMA while d·k &lt; <see cref="BlockedMinimumSize"/>), which accumulate the
/// coefficients over rows of Q; k &gt; 16 (and on AVX2 + FMA the larger small-k shapes) the
/// cache-blocked, fused GEMM pairs (<see cref="LargeRankProjection512"/> and <see cref="LargeRankProjection256"/>; their speed
/// against OpenBLAS's dgemm pair is in benchmarks/README.md); on a CPU with
/// neither, k ≥ 64 (compute-bound) calls OpenBLAS dgemm twice when available, and the rest takes the four-column kernel here,
/// with dot products down the columns.
/// No allocation per vector; scratch (packed Q, the coefficients) comes from the shared array pool.
/// </summary>
public static unsafe class ProjectionKernel
{
    /// <summary>k from which the BLAS path is used, on a CPU without the vector kernels, when OpenBLAS is available.</summary>
    public const int BlasThreshold = 64;

    /// <summary>d·k from which the Vector256 path takes the blocked <see cref="LargeRankProjection256"/> at k ≤ 16 too: Q is then
    /// 256 KiB or more, and the small-k kernel, which walks all of Q (and its padded copy) for every four columns, reads it from L3
    /// each time (measured: benchmarks/LAB-NOTES.md, "Kernel design choices"). The AVX-512 small-k kernel stays ahead of both.</summary>
    public const long BlockedMinimumSize = 32 * 1024;

    /// <summary>Outputs larger than this many doubles (32 MiB, a large L3) are written with non-temporal stores,
    /// which skip reading Y's lines into cache before overwriting them (see <see cref="Streams"/> for the shapes; the d ≤ 8 path,
    /// which writes Y as one contiguous run, streams at every d, and so does the AVX-512 small-k path below
    /// <see cref="StreamingMinDimension"/>, see <see cref="StreamsThroughScratch"/>).</summary>
    public const long StreamingThreshold = 4L << 20;

    /// <summary>Smallest d at which the column-by-column kernels stream Y. Below it the masked steps at each column's partial
    /// head and tail lines cost more than skipping Y's reads saves, at both widths (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").</summary>
    public const int StreamingMinDimension = 256;

    /// <summary>Smallest d for the small-k paths at either width and the large-k path on AVX-512: one sixteen-row step of the
    /// AVX-512 reconstruction they share.</summary>
    public const int SmallRankMinDimension = 16;

    /// <summary>How many blocks ahead the small-k kernels prefetch X: two when a block of <paramref name="columns"/> columns holds
    /// at most 4 KiB of X (d ≤ 64 on AVX-512, d ≤ 85 on AVX2 + FMA), otherwise one. A block that small is computed in about the
    /// time one line takes to arrive from memory, so the block after it arrives late; four or eight blocks are no better than
    /// two (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").</summary>
    internal static int PrefetchBlocks(int columns, int d) => (long)columns * d <= 512 ? 2 : 1;

    /// <summary>Y = Q(QᵀX), with kernels no wider than <paramref name="widest"/> (DOTNET_EnableAVX512=0 caps a whole process at
    /// Vector256) and OpenBLAS only when <paramref name="blas"/>.</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    public static void Project(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y,
        KernelWidth widest = KernelWidth.Vector512, bool blas = true) =>
        Run(q, d, k, x, n, y, ablate: false, widest, blas);

    /// <summary>Y = X − Q(QᵀX), with the same choice of kernels as <see cref="Project"/>.</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    public static void Ablate(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y,
        KernelWidth widest = KernelWidth.Vector512, bool blas = true) =>
        Run(q, d, k, x, n, y, ablate: true, widest, blas);

    private static void Run(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate,
        KernelWidth widest, bool blas)
    {
        Guard.Columns(q, d, k, "Q");
        Guard.Columns(x, d, n, "X");
        Guard.Output(y, (long)d * n, "Y");
        if (n == 0 || d == 0) return;
        bool wide = widest == KernelWidth.Vector512 && SmallRankProjection512.IsSupported;
        bool narrow = !wide && widest >= KernelWidth.Vector256 && LargeRankProjection256.IsSupported;
        if (d <= TinyDimensionProjection.MaxDimension && (wide || narrow))
        {
            fixed (double* px = x)
            fixed (double* py = y)
                TinyDimensionProjection.Run(q, d, k, px, n, py, ablate, wide, stream: (long)d * n > StreamingThreshold);
            return;
        }
        if (k > PaddedRows.MaxRank && wide && d >= SmallRankMinDimension)
        {
            LargeRankProjection512.Run(q, d, k, x, n, y, ablate);
            return;
        }
        if (narrow && (k > PaddedRows.MaxRank || (k >= 2 && (long)d * k >= BlockedMinimumSize)))
        {
            LargeRankProjection256.Run(q, d, k, x, n, y, ablate);
            return;
        }
        if (k >= BlasThreshold && blas && OpenBlas.IsAvailable)
        {
            Blas(q, d, k, x, n, y, ablate);
            return;
        }
        if (k >= 2 && k <= PaddedRows.MaxRank && d >= SmallRankMinDimension && (wide || narrow))
        {
            SmallRank(q, d, k, x, n, y, ablate, wide);
            return;
        }
        fixed (double* pq = q)
        fixed (double* px = x)
        fixed (double* py = y)
        {
            nint aq = (nint)pq, ax = (nint)px, ay = (nint)py;
            bool stream = Streams(d, n);
            Parallelism.For(n, (long)d * k * n, (j0, j1) =>
            {
                Columns((double*)aq, d, k, (double*)ax, (double*)ay, j0, j1, ablate, stream);
                if (stream) Sse.StoreFence();
            });
        }
    }

    /// <summary>The small-k paths (<see cref="SmallRankProjection512"/>, eight columns per block, or
    /// <see cref="SmallRankProjection256"/>, six for k ≤ 8 and four above): blocks split over the workers, the last n mod block columns by the four-column
    /// kernel. Qᵀ is padded once per call into a pooled buffer, and on AVX-512 Q is also packed in
    /// <see cref="SixteenRowStrips"/> after it.</summary>
    private static void SmallRank(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate, bool wide)
    {
        long padded = (long)PaddedRows.Rank(k) * d;
        var rows = ArrayPool<double>.Shared.Rent(checked((int)(padded + (wide ? SixteenRowStrips.Length(d, k) : 0))));
        try
        {
            fixed (double* pq = q)
            fixed (double* pt = rows)
            fixed (double* px = x)
            fixed (double* py = y)
            {
                PaddedRows.Transpose(pq, d, k, pt);
                int columns = wide ? SmallRankProjection512.Columns : SmallRankProjection256.Columns(k);
                bool stream = Streams(d, n), staged = wide && StreamsThroughScratch(d, k, n);
                if (wide) SixteenRowStrips.Pack(pq, d, k, SmallRankProjection512.FirstStepRow(py, stream), pt + padded);
                int blocks = n / columns;
                SmallRankBlocks(pq, pt, pt + padded, d, k, px, py, blocks, ablate, stream, staged, wide);
                Columns(pq, d, k, px, py, blocks * columns, n, ablate, stream: false);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rows);
        }
    }

    /// <summary>Whether Y is written with non-temporal stores: when it is larger than <see cref="StreamingThreshold"/>, d % 8 = 0
    /// (every column then starts at one 64-byte alignment) and d ≥ <see cref="StreamingMinDimension"/>.</summary>
    private static bool Streams(int d, int n) =>
        Avx.IsSupported && d % 8 == 0 && d >= StreamingMinDimension && (long)d * n > StreamingThreshold;

    /// <summary>Whether the AVX-512 small-k path computes each block of Y in scratch and streams it as one contiguous run
    /// (<see cref="ContiguousRun"/>): when Y is larger than <see cref="StreamingThreshold"/>, d &lt; <see cref="StreamingMinDimension"/>
    /// (where streaming each column directly costs more in masked steps than it saves) and k ≤ 8: above, and on AVX2 at every
    /// shape, the kernel is compute-bound and staging does not pay (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").</summary>
    private static bool StreamsThroughScratch(int d, int k, int n) =>
        k <= 8 && d < StreamingMinDimension && (long)d * n > StreamingThreshold;

    private static void SmallRankBlocks(double* q, double* rows, double* strips, int d, int k, double* x, double* y, int blocks, bool ablate, bool stream, bool staged, bool wide)
    {
        nint aq = (nint)q, at = (nint)rows, astrips = (nint)strips, ax = (nint)x, ay = (nint)y;
        Parallelism.For(blocks, (long)d * k * blocks * 8, (b0, b1) =>
        {
            if (wide) SmallRankProjection512.Blocks((double*)aq, (double*)at, (double*)astrips, d, k, (double*)ax, (double*)ay, b0 * SmallRankProjection512.Columns, b1 - b0, ablate, stream, staged);
            else SmallRankProjection256.Blocks((double*)aq, (double*)at, d, k, (double*)ax, (double*)ay, b0 * SmallRankProjection256.Columns(k), b1 - b0, ablate, stream);
            if (stream || staged) Sse.StoreFence();
        });
    }

    private static void Blas(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate)
    {
        var scratch = ArrayPool<double>.Shared.Rent(k * n);
        try
        {
            OpenBlas.Gemm(true, k, n, d, 1.0, q, d, x, d, 0.0, scratch, k);
            if (ablate) x[..(d * n)].CopyTo(y);
            OpenBlas.Gemm(false, d, n, k, ablate ? -1.0 : 1.0, q, d, scratch, k, ablate ? 1.0 : 0.0, y, d);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Columns(double* q, int d, int k, double* x, double* y, int j0, int j1, bool ablate, bool stream)
    {
        double* c = stackalloc double[4 * k];
        int j = j0;
        for (; j + 4 <= j1; j += 4)
        {
            double* x0 = x + (long)j * d, y0 = y + (long)j * d;
            int i = 0;
            for (; i + 2 <= k; i += 2)
                Simd.Dot2x4(q + (long)i * d, q + (long)(i + 1) * d, x0, x0 + d, x0 + 2 * d, x0 + 3 * d, d, c + 4 * i, c + 4 * (i + 1));
            if (i < k) Simd.Dot4(q + (long)i * d, x0, x0 + d, x0 + 2 * d, x0 + 3 * d, d, c + 4 * i);
            Reconstruct4(q, d, k, c, x0, y0, ablate, stream);
        }
        for (; j < j1; j++)
        {
            double* xj = x + (long)j * d, yj = y + (long)j * d;
            for (int i = 0; i < k; i++) c[i] = Simd.Dot(q + (long)i * d, xj, d);
            if (ablate) new Span<double>(xj, d).CopyTo(new Span<double>(yj, d));
            else new Span<double>(yj, d).Clear();
            for (int i = 0; i < k; i++) Simd.Axpy(ablate ? -c[i] : c[i], q + (long)i * d, yj, d);
        }
    }

    /// <summary>y_t = Σ_i c[i,t] q_i (or x_t − that) for four columns, eight rows at a time (each broadcast coefficient feeds two FMAs).
    /// When streaming, the rows before y's first 64-byte boundary are written first by masked steps, so each pair of streaming stores
    /// fills one whole cache line (d % 8 = 0 gives all four columns one alignment); the last rows (d mod 4) take a masked step too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Reconstruct4(double* q, int d, int k, double* c, double* x0, double* y0, bool ablate, bool stream)
    {
        int start = stream ? (int)((64 - (nint)y0 % 64) % 64 / 8) : 0;
        for (int w = 0; w < start; w += 4) MaskedRows(q, d, k, c, 1, 4, 4, x0, y0, ablate, w, w, Math.Min(w + 4, start));
        int r = start;
        for (; r + 8 <= d; r += 8)
        {
            Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
            for (int i = 0; i < k; i++)
            {
                double* qi = q + (long)i * d + r;
                var qa = Vector256.Load(qi);
                var qb = Vector256.Load(qi + 4);
                double* ci = c + 4 * i;
                var s = Vector256.Create(ci[0]);
                a0 = Simd.MulAdd(s, qa, a0);
                b0 = Simd.MulAdd(s, qb, b0);
                s = Vector256.Create(ci[1]);
                a1 = Simd.MulAdd(s, qa, a1);
                b1 = Simd.MulAdd(s, qb, b1);
                s = Vector256.Create(ci[2]);
                a2 = Simd.MulAdd(s, qa, a2);
                b2 = Simd.MulAdd(s, qb, b2);
                s = Vector256.Create(ci[3]);
                a3 = Simd.MulAdd(s, qa, a3);
                b3 = Simd.MulAdd(s, qb, b3);
            }
            Store(a0, b0, x0, y0, r, ablate, stream);
            Store(a1, b1, x0 + d, y0 + d, r, ablate, stream);
            Store(a2, b2, x0 + 2 * d, y0 + 2 * d, r, ablate, stream);
            Store(a3, b3, x0 + 3 * d, y0 + 3 * d, r, ablate, stream);
        }
        for (; r + 4 <= d; r += 4)
        {
            Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default;
            for (int i = 0; i < k; i++)
            {
                var qa = Vector256.Load(q + (long)i * d + r);
                double* ci = c + 4 * i;
                a0 = Simd.MulAdd(Vector256.Create(ci[0]), qa, a0);
                a1 = Simd.MulAdd(Vector256.Create(ci[1]), qa, a1);
                a2 = Simd.MulAdd(Vector256.Create(ci[2]), qa, a2);
                a3 = Simd.MulAdd(Vector256.Create(ci[3]), qa, a3);
            }
            Store(a0, x0, y0, r, ablate, stream);
            Store(a1, x0 + d, y0 + d, r, ablate, stream);
            Store(a2, x0 + 2 * d, y0 + 2 * d, r, ablate, stream);
            Store(a3, x0 + 3 * d, y0 + 3 * d, r, ablate, stream);
        }
        if (r < d)
        {
            if (Avx.IsSupported && d >= 4) MaskedRows(q, d, k, c, 1, 4, 4, x0, y0, ablate, d - 4, r, d);
            else Scalar4(q, d, k, c, x0, y0, ablate, r, d);
        }
    }

    /// <summary>Rows [from, to) of <paramref name="columns"/> columns, computed over the four-row window starting at row w
    /// (0 ≤ w ≤ d − 4, w ≤ from &lt; to ≤ w + 4) and written with a masked store, so no other row of Y is touched. The
    /// coefficient of column t on q_i is c[t·<paramref name="columnStride"/> + i·<paramref name="rowStride"/>] (each kernel keeps
    /// its own layout).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void MaskedRows(double* q, int d, int k, double* c, int columnStride, int rowStride, int columns, double* x, double* y,
        bool ablate, int w, int from, int to)
    {
        var row = Vector256.Create(0L, 1, 2, 3) + Vector256.Create((long)w);
        var mask = (Vector256.GreaterThanOrEqual(row, Vector256.Create((long)from)) & Vector256.LessThan(row, Vector256.Create((long)to))).AsDouble();
        for (int t = 0; t < columns; t++)
        {
            var sum = Vector256<double>.Zero;
            for (int i = 0; i < k; i++) sum = Simd.MulAdd(Vector256.Create(c[t * columnStride + i * rowStride]), Vector256.Load(q + (long)i * d + w), sum);
            if (ablate) sum = Vector256.Load(x + (long)t * d + w) - sum;
            Avx.MaskStore(y + (long)t * d + w, mask, sum);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scalar4(double* q, int d, int k, double* c, double* x0, double* y0, bool ablate, int from, int to)
    {
        for (int r = from; r < to; r++)
            for (int t = 0; t < 4; t++)
            {
                double s = 0;
                for (int i = 0; i < k; i++) s += c[4 * i + t] * q[(long)i * d + r];
                y0[(long)t * d + r] = ablate ? x0[(long)t * d + r] - s : s;
            }
    }

    private static void Store(Vector256<double> a, double* x, double* y, int r, bool ablate, bool stream)
    {
        if (ablate) a = Vector256.Load(x + r) - a;
        if (stream) Avx.StoreAlignedNonTemporal(y + r, a);
        else Vector256.Store(a, y + r);
    }

    /// <summary>y[r, r + 8) = a, b (or x[r, r + 8) minus them), with two streaming stores when <paramref name="stream"/> (y + r
    /// then 32-byte aligned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(Vector256<double> a, Vector256<double> b, double* x, double* y, int r, bool ablate, bool stream)
    {
        if (ablate)
        {
            a = Vector256.Load(x + r) - a;
            b = Vector256.Load(x + r + 4) - b;
        }
        if (stream)
        {
            Avx.StoreAlignedNonTemporal(y + r, a);
            Avx.StoreAlignedNonTemporal(y + r + 4, b);
            return;
        }
        Vector256.Store(a, y + r);
        Vector256.Store(b, y + r + 4);
    }
}
