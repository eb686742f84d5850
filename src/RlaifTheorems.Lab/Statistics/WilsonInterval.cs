namespace RlaifTheorems.Lab.Statistics;

/// <summary>The Wilson score interval for a binomial proportion k/n: centre (k + z²/2)/(n + z²), half-width
/// z √(k(n − k)/n + z²/4)/(n + z²), z the normal quantile of the coverage (1.959964 for 95%).</summary>
public static class WilsonInterval
{
    /// <summary>The 95% interval for <paramref name="k"/> successes of <paramref name="n"/>; null when n = 0.</summary>
    public static (double Low, double High)? Of(int k, int n)
    {
        if (n <= 0) return null;
        if (k < 0 || k > n) throw new ArgumentOutOfRangeException(nameof(k), $"{k} successes of {n}");
        const double z = 1.959963984540054;
        double centre = (k + z * z / 2) / (n + z * z);
        double half = z * Math.Sqrt((double)k * (n - k) / n + z * z / 4) / (n + z * z);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
