using RlaifTheorems.Core.Numerics;
using System.Runtime.CompilerServices;
namespace RlaifTheorems.Kernels;

/// <summary>
/// C = A·B for column-major A (m×k), B (k×n), C (m×n): OpenBLAS dgemm when available, otherwise a managed kernel that
/// builds each column of C as Σ_i b_ij a_i (Vector256 axpy), columns in parallel.
/// </summary>
public static unsafe class GemmKernel
{
    /// <summary>C = A·B, by OpenBLAS only when <paramref name="blas"/>.</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> b, int n, Span<double> c, bool blas = true)
    {
        Guard.Columns(a, m, k, "A");
        Guard.Columns(b, k, n, "B");
        Guard.Output(c, (long)m * n, "C");
        if (m == 0 || n == 0) return;
        if (k == 0)
        {
            c[..(m * n)].Clear();
            return;
        }
        if (blas && OpenBlas.IsAvailable)
        {
            OpenBlas.Gemm(false, m, n, k, 1.0, a, m, b, k, 0.0, c, m);
            return;
        }
        fixed (double* pa = a)
        fixed (double* pb = b)
        fixed (double* pc = c)
        {
            nint aa = (nint)pa, ab = (nint)pb, ac = (nint)pc;
            Parallelism.For(n, (long)m * k * n, (j0, j1) =>
            {
                for (int j = j0; j < j1; j++)
                {
                    double* cj = (double*)ac + (long)j * m;
                    new Span<double>(cj, m).Clear();
                    for (int i = 0; i < k; i++)
                        Simd.Axpy(((double*)ab)[(long)j * k + i], (double*)aa + (long)i * m, cj, m);
                }
            });
        }
    }
}
