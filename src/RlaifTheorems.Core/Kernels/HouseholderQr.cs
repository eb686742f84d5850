using System.Runtime.CompilerServices;
using System.Buffers;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Kernels;

/// <summary>
/// Thin QR of A (m×n, m ≥ n, column-major) by Householder reflections H_j = I − β_j v_j v_jᵀ (Golub–Van Loan §5.2): A = QR with
/// Q (m×n) orthonormal to working precision whatever the rank of A, and R (n×n) upper triangular. Q is formed by applying the
/// reflectors backwards to the first n columns of I. With OpenBLAS and n ≥ <see cref="BlockedFrom"/> the work is blocked
/// (compact WY, as LAPACK's dgeqrf/dorgqr): each panel of <see cref="Block"/> reflectors is written H = I − V T Vᵀ and applied to
/// the trailing columns, and when forming Q, by two GEMMs; otherwise the trailing updates run column by column on all cores.
/// </summary>
public static unsafe class HouseholderQr
{
    /// <summary>Reflectors per panel of the blocked path.</summary>
    public const int Block = 32;

    /// <summary>Width n from which the blocked path is used (when OpenBLAS is available).</summary>
    public const int BlockedFrom = 64;

    /// <summary>Computes Q (m×n) and, when <paramref name="r"/> is not empty, R (n×n, column-major).</summary>
    /// <exception cref="ModelInputException">m &lt; n, or sizes disagree with the spans' lengths.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                if (OpenBlas.IsAvailable && n >= BlockedFrom) Blocked(work, m, n, beta, diagonal, q);
                else
                {
                    Reduce(pw, m, n, pb, pd, 0, n, n);
                    FormQ(pw, m, n, pb, pq, 0, n, n);
                }
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

    /// <summary>Reflectors j0…j1−1: overwrites column j from the diagonal down with v_j, β_j in beta, R's diagonal in diagonal,
    /// and applies each reflector to the columns after it up to <paramref name="until"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Reduce(double* w, int m, int n, double* beta, double* diagonal, int j0, int j1, int until)
    {
        for (int j = j0; j < j1; j++)
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
            Reflect(v, beta[j], len, v + m, m, until - j - 1);
        }
    }

    /// <summary>Applies H = I − β v vᵀ (v of length len) to <paramref name="count"/> columns starting at <paramref name="first"/>,
    /// <paramref name="stride"/> apart: col ← col − β ⟨v, col⟩ v. Serial (and allocation-free) when the work is small.</summary>
    private static void Reflect(double* v, double beta, int len, double* first, int stride, int count)
    {
        if (Parallelism.IsSmall(count, (long)len * count * 4))
        {
            ReflectColumns(v, beta, len, first, stride, count);
            return;
        }
        ReflectInParallel((nint)v, beta, len, (nint)first, stride, count);
    }

    /// <summary>The parallel case of <see cref="Reflect"/>, in its own method so the serial case allocates no closure.</summary>
    private static void ReflectInParallel(nint av, double beta, int len, nint af, int stride, int count)
    {
        Parallelism.For(count, (long)len * count * 4, (c0, c1) =>
            ReflectColumns((double*)av, beta, len, (double*)af + (long)c0 * stride, stride, c1 - c0));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReflectColumns(double* v, double beta, int len, double* first, int stride, int count)
    {
        for (int c = 0; c < count; c++)
        {
            double* col = first + (long)c * stride;
            Simd.Axpy(-beta * Simd.Dot(v, col, len), v, col, len);
        }
    }

    /// <summary>Q = H_0 H_1 … H_{n−1} [I_n; 0]: with <paramref name="j0"/> = 0 and <paramref name="j1"/> = n it starts from [I; 0]
    /// and applies H_j to columns j…n−1 for j = n−1 down to 0; otherwise it applies reflectors j1−1 … j0 to columns j…until−1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FormQ(double* w, int m, int n, double* beta, double* q, int j0, int j1, int until)
    {
        if (j0 == 0 && j1 == n)
        {
            new Span<double>(q, m * n).Clear();
            for (int i = 0; i < n; i++) q[(long)i * m + i] = 1;
        }
        for (int j = j1 - 1; j >= j0; j--)
        {
            if (beta[j] == 0) continue;
            Reflect(w + (long)j * m + j, beta[j], m - j, q + (long)j * m + j, m, until - j);
        }
    }

    /// <summary>
    /// Blocked factorisation and formation of Q. Panel p = reflectors j0…j1−1 (width b): reduce the panel itself unblocked, build
    /// V (rows j0…m−1, v_t from row t on) and the upper-triangular T with H_{j0}⋯H_{j1−1} = I − V T Vᵀ (T_tt = β_t,
    /// T[0:t, t] = −β_t T[0:t, 0:t] Vᵀ[0:t] v_t), then update the trailing columns A ← A − V Tᵀ (Vᵀ A). Q is formed backwards,
    /// panel by panel: Q ← Q − V T (Vᵀ Q) on rows j0…, columns j0….
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Blocked(double[] work, int m, int n, double[] beta, double[] diagonal, Span<double> q)
    {
        int panels = (n + Block - 1) / Block;
        var v = ArrayPool<double>.Shared.Rent(m * Block);
        var t = ArrayPool<double>.Shared.Rent(Block * Block * panels);
        var scratch = ArrayPool<double>.Shared.Rent(Block * n);
        try
        {
            fixed (double* pw = work)
            fixed (double* pb = beta)
            fixed (double* pd = diagonal)
            {
                for (int p = 0; p < panels; p++)
                {
                    int j0 = p * Block, j1 = Math.Min(n, j0 + Block), b = j1 - j0, len = m - j0;
                    Reduce(pw, m, n, pb, pd, j0, j1, j1);
                    BuildPanel(work, m, j0, b, beta, v, t.AsSpan(p * Block * Block, Block * Block));
                    int trailing = n - j1;
                    if (trailing == 0) continue;
                    var a2 = work.AsSpan(j1 * m + j0);
                    OpenBlas.Gemm(true, b, trailing, len, 1.0, v, len, a2, m, 0.0, scratch, b);
                    TriangularTimes(t.AsSpan(p * Block * Block, Block * Block), b, scratch, trailing, transpose: true);
                    OpenBlas.Gemm(false, len, trailing, b, -1.0, v, len, scratch, b, 1.0, a2, m);
                }
            }
            q[..(m * n)].Clear();
            for (int i = 0; i < n; i++) q[i * m + i] = 1;
            for (int p = panels - 1; p >= 0; p--)
            {
                int j0 = p * Block, j1 = Math.Min(n, j0 + Block), b = j1 - j0, len = m - j0, columns = n - j0;
                BuildPanel(work, m, j0, b, beta, v, Span<double>.Empty);
                var sub = q[(j0 * m + j0)..];
                OpenBlas.Gemm(true, b, columns, len, 1.0, v, len, sub, m, 0.0, scratch, b);
                TriangularTimes(t.AsSpan(p * Block * Block, Block * Block), b, scratch, columns, transpose: false);
                OpenBlas.Gemm(false, len, columns, b, -1.0, v, len, scratch, b, 1.0, sub, m);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(v);
            ArrayPool<double>.Shared.Return(t);
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>V (len×b, column-major, ld = len) of reflectors j0…j0+b−1, and when <paramref name="t"/> is not empty its T (b×b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BuildPanel(double[] work, int m, int j0, int b, double[] beta, double[] v, Span<double> t)
    {
        int len = m - j0;
        for (int c = 0; c < b; c++)
        {
            var column = v.AsSpan(c * len, len);
            column[..c].Clear();
            work.AsSpan((j0 + c) * m + j0 + c, len - c).CopyTo(column[c..]);
        }
        if (t.IsEmpty) return;
        t[..(b * b)].Clear();
        Span<double> z = stackalloc double[b];
        for (int c = 0; c < b; c++)
        {
            double bc = beta[j0 + c];
            var vc = v.AsSpan(c * len, len);
            for (int r = 0; r < c; r++)
            {
                double dot = 0;
                var vr = v.AsSpan(r * len, len);
                for (int i = c; i < len; i++) dot += vr[i] * vc[i];
                z[r] = -bc * dot;
            }
            for (int r = 0; r < c; r++)
            {
                double s = 0;
                for (int k = r; k < c; k++) s += t[k * b + r] * z[k];
                t[c * b + r] = s;
            }
            t[c * b + c] = bc;
        }
    }

    /// <summary>W ← T W (or Tᵀ W) for upper-triangular T (b×b) and W (b×cols), both column-major.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TriangularTimes(ReadOnlySpan<double> t, int b, Span<double> w, int cols, bool transpose)
    {
        Span<double> column = stackalloc double[b];
        for (int c = 0; c < cols; c++)
        {
            var wc = w.Slice(c * b, b);
            wc.CopyTo(column);
            for (int r = 0; r < b; r++)
            {
                double s = 0;
                if (transpose) for (int k = 0; k <= r; k++) s += t[r * b + k] * column[k];
                else for (int k = r; k < b; k++) s += t[k * b + r] * column[k];
                wc[r] = s;
            }
        }
    }
}
