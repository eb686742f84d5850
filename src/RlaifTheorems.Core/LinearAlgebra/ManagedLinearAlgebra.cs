using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.LinearAlgebra;

/// <summary>
/// The reference <see cref="IBatchedLinearAlgebra"/>: each operation as its formula, column by column, in plain loops. The
/// vectorised kernels are tested against it.
/// </summary>
public sealed class ManagedLinearAlgebra : IBatchedLinearAlgebra
{
    /// <inheritdoc/>
    public void Project(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y) => Run(q, d, k, x, n, y, ablate: false);

    /// <inheritdoc/>
    public void Ablate(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y) => Run(q, d, k, x, n, y, ablate: true);

    private static void Run(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y, bool ablate)
    {
        Guard.Columns(q, d, k, "Q");
        Guard.Columns(x, d, n, "X");
        Guard.Output(y, (long)d * n, "Y");
        var coefficients = new double[k];
        var column = new double[d];
        for (int j = 0; j < n; j++)
        {
            x.Slice(j * d, d).CopyTo(column);
            for (int c = 0; c < k; c++) coefficients[c] = Dot(q.Slice(c * d, d), column);
            var yj = y.Slice(j * d, d);
            for (int i = 0; i < d; i++)
            {
                double p = 0;
                for (int c = 0; c < k; c++) p += q[c * d + i] * coefficients[c];
                yj[i] = ablate ? column[i] - p : p;
            }
        }
    }

    /// <inheritdoc/>
    public void Multiply(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> b, int n, Span<double> c)
    {
        Guard.Columns(a, m, k, "A");
        Guard.Columns(b, k, n, "B");
        Guard.Output(c, (long)m * n, "C");
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++)
            {
                double s = 0;
                for (int t = 0; t < k; t++) s += a[t * m + i] * b[j * k + t];
                c[j * m + i] = s;
            }
    }

    /// <inheritdoc/>
    public void Cosines(ReadOnlySpan<double> x, int d, int n, ReadOnlySpan<double> w, Span<double> result)
    {
        Guard.Columns(x, d, n, "X");
        Guard.Columns(w, d, 1, "w");
        Guard.Output(result, n, "result");
        double wNorm = Math.Sqrt(Dot(w[..d], w[..d]));
        for (int j = 0; j < n; j++)
        {
            var xj = x.Slice(j * d, d);
            double denominator = Math.Sqrt(Dot(xj, xj)) * wNorm;
            result[j] = denominator == 0 ? 0 : Math.Clamp(Dot(xj, w[..d]) / denominator, -1, 1);
        }
    }

    /// <inheritdoc/>
    public int Orthonormalise(ReadOnlySpan<double> bases, int m, int r, int count, Span<double> q)
    {
        Guard.Columns(bases, m * r, count, "bases");
        Guard.Output(q, (long)m * r * count, "Q");
        bases[..(m * r * count)].CopyTo(q);
        int full = 0;
        for (int b = 0; b < count; b++)
            if (OrthonormaliseOne(q.Slice(b * m * r, m * r), m, r)) full++;
        return full;
    }

    private static bool OrthonormaliseOne(Span<double> a, int m, int r)
    {
        bool fullRank = true;
        double largest = 0;
        for (int c = 0; c < r; c++) largest = Math.Max(largest, Dot(a.Slice(c * m, m), a.Slice(c * m, m)));
        largest = Math.Sqrt(largest);
        for (int c = 0; c < r; c++)
        {
            var column = a.Slice(c * m, m);
            for (int pass = 0; pass < 2; pass++)
                for (int p = 0; p < c; p++)
                {
                    var previous = a.Slice(p * m, m);
                    double t = Dot(previous, column);
                    for (int i = 0; i < m; i++) column[i] -= t * previous[i];
                }
            double norm = Math.Sqrt(Dot(column, column));
            if (norm <= Tolerance.RankThreshold * largest || norm == 0)
            {
                column.Clear();
                fullRank = false;
            }
            else
                for (int i = 0; i < m; i++) column[i] /= norm;
        }
        return fullRank;
    }

    /// <inheritdoc/>
    public bool TryThinSvd(double[] a, int m, int n, out double[] u, out double[] s, out double[] vt)
    {
        u = s = vt = [];
        return false;
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * y[i];
        return s;
    }
}
