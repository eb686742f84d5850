using System.Runtime.CompilerServices;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Orthonormal bases of many tiny spanning sets at once (e.g. 100,000 bases of 16×4): basis b occupies [b·m·r, (b+1)·m·r) in
/// column-major order. Each is orthonormalised by modified Gram–Schmidt applied twice ("twice is enough", Giraud–Langou–Rozložník
/// 2005); a column whose residual falls below <see cref="Tolerance.RankThreshold"/> times the basis's largest original column norm
/// lies in the span of the earlier ones and is set to zero, so the non-zero columns are orthonormal and span the set. Bases are processed in parallel; nothing is allocated per basis.
/// </summary>
public static unsafe class BatchedOrthonormalisation
{
    /// <summary>Writes the orthonormalised bases into <paramref name="q"/> and returns the number of bases with full rank r.</summary>
    /// <exception cref="ModelInputException">Sizes disagree with the spans' lengths.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Orthonormalise(ReadOnlySpan<double> bases, int m, int r, int count, Span<double> q)
    {
        Guard.Columns(bases, m * r, count, "bases");
        Guard.Output(q, (long)m * r * count, "Q");
        if (count == 0) return 0;
        bases[..(m * r * count)].CopyTo(q);
        int full = 0;
        fixed (double* pq = q)
        {
            nint aq = (nint)pq;
            Parallelism.For(count, 4L * m * r * r * count, (b0, b1) =>
            {
                int local = 0;
                for (int b = b0; b < b1; b++)
                    if (One((double*)aq + (long)b * m * r, m, r)) local++;
                Interlocked.Add(ref full, local);
            });
        }
        return full;
    }

    /// <summary>Orthonormalises one basis in place (m×r at <paramref name="a"/>); true when no column was dependent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool One(double* a, int m, int r)
    {
        bool fullRank = true;
        double largest = 0;
        for (int c = 0; c < r; c++) largest = Math.Max(largest, Simd.Dot(a + c * m, a + c * m, m));
        largest = Math.Sqrt(largest);
        for (int c = 0; c < r; c++)
        {
            double* col = a + c * m;
            for (int pass = 0; pass < 2; pass++)
                for (int p = 0; p < c; p++)
                {
                    double* prev = a + p * m;
                    Simd.Axpy(-Simd.Dot(prev, col, m), prev, col, m);
                }
            double norm = Math.Sqrt(Simd.Dot(col, col, m));
            if (norm <= Tolerance.RankThreshold * largest || norm == 0)
            {
                new Span<double>(col, m).Clear();
                fullRank = false;
            }
            else Simd.Scale(1 / norm, col, m);
        }
        return fullRank;
    }
}
