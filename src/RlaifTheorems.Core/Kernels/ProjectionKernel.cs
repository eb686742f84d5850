using System.Runtime.CompilerServices;
using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Kernels;

/// <summary>
/// Batched projection onto a constitution's subspace, Y = Q(QᵀX), and batched ablation, Y = (I − QQᵀ)X (SPEC L2, T4.3), for
/// column-major X (d×n, column j at [j·d, (j+1)·d)) and an orthonormal basis Q (d×k). For k &lt; 64 the managed kernel works
/// four columns at a time: their k coefficients with Q loaded once, then the reconstruction, while the four columns are still
/// in cache, so X is read from memory once and Y written once. For k ≥ 64 (compute-bound) it calls OpenBLAS dgemm twice
/// when available. No allocation per vector; the k×n scratch of the BLAS path comes from the shared array pool.
/// </summary>
public static unsafe class ProjectionKernel
{
    /// <summary>k from which the BLAS path is used when OpenBLAS is available.</summary>
    public const int BlasThreshold = 64;

    /// <summary>Outputs larger than this many doubles (32 MiB, the L3 of the machines here) are written with non-temporal stores,
    /// which skip reading Y's lines into cache before overwriting them (for d ≥ 32 with d % 4 = 0, so every column shares one
    /// 32-byte alignment and the scalar peel is short).</summary>
    public const long StreamingThreshold = 4L << 20;

    /// <summary>Lets 2 ≤ k ≤ 16 take the AVX-512 path (<see cref="SmallRankProjection512"/>) where the CPU has it; off, those k take the
    /// Vector256 kernel (tests compare both; DOTNET_EnableAVX512=0 turns it off for a whole process).</summary>
    public static bool UseAvx512 { get; set; } = true;

    /// <summary>Y = Q(QᵀX).</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    public static void Project(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y) =>
        Run(q, d, k, x, n, y, ablate: false);

    /// <summary>Y = X − Q(QᵀX).</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    public static void Ablate(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y) =>
        Run(q, d, k, x, n, y, ablate: true);

    private static void Run(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate)
    {
        KernelGuard.Sizes(q, d, k, "Q");
        KernelGuard.Sizes(x, d, n, "X");
        KernelGuard.Output(y, (long)d * n, "Y");
        if (n == 0 || d == 0) return;
        if (k >= BlasThreshold && OpenBlas.IsAvailable)
        {
            Blas(q, d, k, x, n, y, ablate);
            return;
        }
        if (UseAvx512 && SmallRankProjection512.IsSupported && k >= 2 && k <= SmallRankProjection512.MaxRank
            && d >= SmallRankProjection512.MinDimension)
        {
            Wide(q, d, k, x, n, y, ablate);
            return;
        }
        fixed (double* pq = q)
        fixed (double* px = x)
        fixed (double* py = y)
        {
            nint aq = (nint)pq, ax = (nint)px, ay = (nint)py;
            bool stream = Avx.IsSupported && d >= 32 && d % 4 == 0 && (long)d * n > StreamingThreshold;
            Parallelism.For(n, (long)d * k * n, (j0, j1) =>
            {
                Columns((double*)aq, d, k, (double*)ax, (double*)ay, j0, j1, ablate, stream);
                if (stream) Sse.StoreFence();
            });
        }
    }

    /// <summary>The AVX-512 path: blocks of eight columns split over the workers, the last n mod 8 columns by the managed kernel.</summary>
    private static void Wide(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate)
    {
        int kp = SmallRankProjection512.PaddedRank(k);
        var transposed = ArrayPool<double>.Shared.Rent(kp * d);
        try
        {
            fixed (double* pq = q)
            fixed (double* pt = transposed)
            fixed (double* px = x)
            fixed (double* py = y)
            {
                SmallRankProjection512.Transpose(pq, d, k, pt);
                nint aq = (nint)pq, at = (nint)pt, ax = (nint)px, ay = (nint)py;
                bool stream = d % 8 == 0 && d >= 32 && (long)d * n > StreamingThreshold;
                int blocks = n / SmallRankProjection512.Columns;
                Parallelism.For(blocks, (long)d * k * n, (b0, b1) =>
                {
                    SmallRankProjection512.Blocks((double*)aq, (double*)at, d, k, (double*)ax, (double*)ay, b0 * SmallRankProjection512.Columns, b1 - b0, ablate, stream);
                    if (stream) Sse.StoreFence();
                });
                Columns(pq, d, k, px, py, blocks * SmallRankProjection512.Columns, n, ablate, stream: false);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(transposed);
        }
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
    /// When streaming, the rows before the first 32-byte boundary of y are done by the scalar loop so the vector stores are aligned
    /// (d % 4 = 0 gives all four columns the same alignment).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Reconstruct4(double* q, int d, int k, double* c, double* x0, double* y0, bool ablate, bool stream)
    {
        int start = stream ? (int)((32 - (nint)y0 % 32) % 32 / 8) : 0;
        if (start > 0) Scalar4(q, d, k, c, x0, y0, ablate, 0, start);
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
        if (r < d) Scalar4(q, d, k, c, x0, y0, ablate, r, d);
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

    private static void Store(Vector256<double> a, Vector256<double> b, double* x, double* y, int r, bool ablate, bool stream)
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
