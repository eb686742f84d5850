namespace RlaifTheorems.Lab.Geometry;

/// <summary>
/// The sufficient statistics of items (h_i, y_i), i = 1…n, under the uniform distribution over them (population moments,
/// divisor n): the mean μ = E h, the covariance Σ = Cov(h) (the metric M of THEORY R1), the cross-covariance
/// c = Cov(h, y) (the encoded value direction w), the mean and variance of y. Matrices are d×d row-major.
/// </summary>
public sealed record Moments(long Count, double[] Mean, double[] Covariance, double[] CrossCovariance, double MeanValue, double ValueVariance)
{
    /// <summary>d.</summary>
    public int Dimension => Mean.Length;

    /// <summary>
    /// The moments of the union of disjoint item sets from each set's moments (Chan, Golub and LeVeque's pairwise update): with
    /// n = n_a + n_b and δ = μ_b − μ_a, μ = μ_a + δ·n_b/n and n·Σ = n_a·Σ_a + n_b·Σ_b + (n_a n_b/n)·δδᵀ, likewise for the
    /// cross-covariance (δ_h δ_y) and Var y. So shards of a large activation set (files, or row ranges of one) are passed
    /// separately, on other machines if need be, and their moments merged equal one pass's up to rounding.
    /// </summary>
    /// <exception cref="ArgumentException">No parts, or parts of different dimensions.</exception>
    public static Moments Merge(IReadOnlyList<Moments> parts)
    {
        if (parts.Count == 0) throw new ArgumentException("no moments to merge", nameof(parts));
        int d = parts[0].Dimension;
        if (parts.Any(p => p.Dimension != d)) throw new ArgumentException("moments of different dimensions", nameof(parts));
        var merged = parts[0];
        foreach (var b in parts.Skip(1))
        {
            var a = merged;
            long n = a.Count + b.Count;
            double wa = (double)a.Count / n, wb = (double)b.Count / n, cross = (double)a.Count * b.Count / ((double)n * n);
            var delta = b.Mean.Zip(a.Mean, (x, y) => x - y).ToArray();
            double deltaY = b.MeanValue - a.MeanValue;
            var covariance = new double[(long)d * d];
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    covariance[(long)i * d + j] = wa * a.Covariance[(long)i * d + j] + wb * b.Covariance[(long)i * d + j] + cross * delta[i] * delta[j];
            merged = new Moments(n,
                a.Mean.Zip(delta, (m, x) => m + x * wb).ToArray(),
                covariance,
                Enumerable.Range(0, d).Select(i => wa * a.CrossCovariance[i] + wb * b.CrossCovariance[i] + cross * delta[i] * deltaY).ToArray(),
                a.MeanValue + deltaY * wb,
                wa * a.ValueVariance + wb * b.ValueVariance + cross * deltaY * deltaY);
        }
        return merged;
    }
}
