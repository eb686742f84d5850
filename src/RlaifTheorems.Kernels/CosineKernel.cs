using RlaifTheorems.Core.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Batched cosines cos∠(x_j, w) of the columns of X (d×n, column-major) with one vector w (alignments are ρ times these, see
/// <see cref="AlignmentKernel"/>). One pass per column accumulates ⟨x_j, w⟩ and ‖x_j‖² together;
/// a zero column gets cosine 0 (A(0) := 0), never NaN.
/// </summary>
public static unsafe class CosineKernel
{
    /// <summary>result[j] = cos∠(x_j, w), or 0 when x_j = 0 or w = 0.</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    public static void Cosines(ReadOnlySpan<double> x, int d, int n, ReadOnlySpan<double> w, Span<double> result)
    {
        Guard.Columns(x, d, n, "X");
        Guard.Columns(w, d, 1, "w");
        Guard.Output(result, n, "result");
        if (n == 0) return;
        fixed (double* px = x)
        fixed (double* pw = w)
        fixed (double* pr = result)
        {
            double wNorm = Math.Sqrt(Simd.Dot(pw, pw, d));
            nint ax = (nint)px, aw = (nint)pw, ar = (nint)pr;
            Parallelism.For(n, 2L * d * n, (j0, j1) => Columns((double*)ax, d, (double*)aw, wNorm, (double*)ar, j0, j1));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Columns(double* x, int d, double* w, double wNorm, double* result, int j0, int j1)
    {
        for (int j = j0; j < j1; j++)
        {
            double* xj = x + (long)j * d;
            var dot = Vector256<double>.Zero;
            var sq = Vector256<double>.Zero;
            int i = 0;
            for (; i + 4 <= d; i += 4)
            {
                var xv = Vector256.Load(xj + i);
                dot = Simd.MulAdd(xv, Vector256.Load(w + i), dot);
                sq = Simd.MulAdd(xv, xv, sq);
            }
            double s = Vector256.Sum(dot), q = Vector256.Sum(sq);
            for (; i < d; i++)
            {
                s += xj[i] * w[i];
                q += xj[i] * xj[i];
            }
            double denominator = Math.Sqrt(q) * wNorm;
            result[j] = denominator == 0 ? 0 : Math.Clamp(s / denominator, -1, 1);
        }
    }
}
