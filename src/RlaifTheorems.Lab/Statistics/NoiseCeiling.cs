namespace RlaifTheorems.Lab.Statistics;

/// <summary>
/// The human noise ceiling of R1: raters are split at random into two halves, the correlation r of the two halves' mean
/// ratings over items is stepped up to the full panel by Spearman–Brown, R = 2r/(1 + r), averaged over random splits; no
/// readout can correlate with the panel mean better than √R (the correlation of the mean with its own noiseless part).
/// </summary>
public static class NoiseCeiling
{
    /// <summary>√R, with R the mean Spearman–Brown reliability over <paramref name="splits"/> seeded random half-splits; null when
    /// the items have fewer than two ratings each.</summary>
    public static double? Estimate(IReadOnlyList<double[]> ratings, int splits, int seed)
    {
        int raters = ratings.Count == 0 ? 0 : ratings.Min(r => r.Length);
        if (raters < 2) return null;
        var random = new Random(seed);
        var order = Enumerable.Range(0, raters).ToArray();
        var a = new double[ratings.Count];
        var b = new double[ratings.Count];
        double total = 0;
        for (int s = 0; s < splits; s++)
        {
            random.Shuffle(order);
            int half = raters / 2;
            for (int i = 0; i < ratings.Count; i++)
            {
                double sa = 0, sb = 0;
                // Stryker disable once Boolean : swapping the two halves leaves their correlation unchanged.
                for (int k = 0; k < raters; k++) { if (k < half) sa += ratings[i][order[k]]; else sb += ratings[i][order[k]]; }
                // Stryker disable once Arithmetic : any positive scale of a half leaves its correlation with the other unchanged.
                a[i] = sa / half;
                // Stryker disable once Arithmetic : any positive scale of a half leaves its correlation with the other unchanged.
                b[i] = sb / (raters - half);
            }
            double r = Correlation.Pearson(a, b);
            total += 2 * r / (1 + r);
        }
        return Math.Sqrt(Math.Clamp(total / splits, 0, 1));
    }
}
