using System.Buffers;
using System.Runtime.Intrinsics;
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
        fixed (double* pq = q)
        fixed (double* px = x)
        fixed (double* py = y)
        {
            nint aq = (nint)pq, ax = (nint)px, ay = (nint)py;
            Parallelism.For(n, (long)d * k * n, (j0, j1) => Columns((double*)aq, d, k, (double*)ax, (double*)ay, j0, j1, ablate));
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

    private static void Columns(double* q, int d, int k, double* x, double* y, int j0, int j1, bool ablate)
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
            Reconstruct4(q, d, k, c, x0, y0, ablate);
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

    /// <summary>y_t = Σ_i c[i,t] q_i (or x_t − that) for four columns, eight rows at a time (each broadcast coefficient feeds two FMAs).</summary>
    private static void Reconstruct4(double* q, int d, int k, double* c, double* x0, double* y0, bool ablate)
    {
        int r = 0;
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
            Store(a0, b0, x0, y0, r, ablate);
            Store(a1, b1, x0 + d, y0 + d, r, ablate);
            Store(a2, b2, x0 + 2 * d, y0 + 2 * d, r, ablate);
            Store(a3, b3, x0 + 3 * d, y0 + 3 * d, r, ablate);
        }
        for (; r < d; r++)
            for (int t = 0; t < 4; t++)
            {
                double s = 0;
                for (int i = 0; i < k; i++) s += c[4 * i + t] * q[(long)i * d + r];
                y0[(long)t * d + r] = ablate ? x0[(long)t * d + r] - s : s;
            }
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
}
