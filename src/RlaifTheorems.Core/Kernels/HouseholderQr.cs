using System.Buffers;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Kernels;

/// <summary>
/// Thin QR of A (m×n, m ≥ n, column-major) by Householder reflections H_j = I − β_j v_j v_jᵀ (Golub–Van Loan §5.2): A = QR with
/// Q (m×n) orthonormal to working precision whatever the rank of A, and R (n×n) upper triangular. Q is formed by applying the
/// reflectors backwards to the first n columns of I. The trailing updates of wide panels run on all cores.
/// </summary>
public static unsafe class HouseholderQr
{
    /// <summary>Computes Q (m×n) and, when <paramref name="r"/> is not empty, R (n×n, column-major).</summary>
    /// <exception cref="ModelInputException">m &lt; n, or sizes disagree with the spans' lengths.</exception>
    public static void Factor(ReadOnlySpan<double> a, int m, int n, Span<double> q, Span<double> r)
    {
        if (m < n) throw new ModelInputException(InputProblem.ShapeMismatch, "A", $"is {m}×{n}; thin QR needs m ≥ n");
        KernelGuard.Sizes(a, m, n, "A");
        KernelGuard.Output(q, (long)m * n, "Q");
        if (!r.IsEmpty) KernelGuard.Output(r, (long)n * n, "R");
        if (n == 0) return;
        var work = ArrayPool<double>.Shared.Rent(m * n);
        var beta = ArrayPool<double>.Shared.Rent(n);
        var diagonal = ArrayPool<double>.Shared.Rent(n);
        try
        {
            a[..(m * n)].CopyTo(work);
            fixed (double* pw = work)
            fixed (double* pb = beta)
            fixed (double* pd = diagonal)
            fixed (double* pq = q)
            {
                Reduce(pw, m, n, pb, pd);
                FormQ(pw, m, n, pb, pq);
                if (!r.IsEmpty)
                    for (int c = 0; c < n; c++)
                        for (int i = 0; i < n; i++)
                            r[c * n + i] = i < c ? pw[(long)c * m + i] : i == c ? pd[c] : 0;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work);
            ArrayPool<double>.Shared.Return(beta);
            ArrayPool<double>.Shared.Return(diagonal);
        }
    }

    /// <summary>Overwrites column j below the diagonal with v_j (v_j[0] on the diagonal), β_j in beta, R's diagonal in diagonal.</summary>
    private static void Reduce(double* w, int m, int n, double* beta, double* diagonal)
    {
        for (int j = 0; j < n; j++)
        {
            double* v = w + (long)j * m + j;
            int len = m - j;
            double norm = Math.Sqrt(Simd.Dot(v, v, len));
            if (norm == 0)
            {
                beta[j] = 0;
                diagonal[j] = 0;
                continue;
            }
            double alpha = v[0] > 0 ? -norm : norm;
            v[0] -= alpha;
            double vv = Simd.Dot(v, v, len);
            beta[j] = vv == 0 ? 0 : 2 / vv;
            diagonal[j] = alpha;
            double bj = beta[j];
            int jj = j;
            nint aw = (nint)w;
            Parallelism.For(n - j - 1, (long)len * (n - j - 1) * 4, (c0, c1) =>
            {
                double* wv = (double*)aw + (long)jj * m + jj;
                for (int c = jj + 1 + c0; c < jj + 1 + c1; c++)
                {
                    double* col = (double*)aw + (long)c * m + jj;
                    Simd.Axpy(-bj * Simd.Dot(wv, col, len), wv, col, len);
                }
            });
        }
    }

    /// <summary>Q = H_0 H_1 … H_{n−1} [I_n; 0], applying H_j to columns j…n−1 for j = n−1 down to 0.</summary>
    private static void FormQ(double* w, int m, int n, double* beta, double* q)
    {
        new Span<double>(q, m * n).Clear();
        for (int i = 0; i < n; i++) q[(long)i * m + i] = 1;
        for (int j = n - 1; j >= 0; j--)
        {
            if (beta[j] == 0) continue;
            int len = m - j, jj = j;
            double bj = beta[j];
            nint aw = (nint)w, aq = (nint)q;
            Parallelism.For(n - j, (long)len * (n - j) * 4, (c0, c1) =>
            {
                double* v = (double*)aw + (long)jj * m + jj;
                for (int c = jj + c0; c < jj + c1; c++)
                {
                    double* col = (double*)aq + (long)c * m + jj;
                    Simd.Axpy(-bj * Simd.Dot(v, col, len), v, col, len);
                }
            });
        }
    }
}
