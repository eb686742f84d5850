namespace RlaifTheorems.Lab.Statistics;

/// <summary>Pearson correlation and its bootstrap interval over items.</summary>
public static class Correlation
{
    /// <summary>corr(x, y) over the indices <paramref name="index"/> (all when null); 0 when either has no variance.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<int> index = default)
    {
        int n = index.IsEmpty ? x.Length : index.Length;
        double mx = 0, my = 0;
        for (int k = 0; k < n; k++) { int i = index.IsEmpty ? k : index[k]; mx += x[i]; my += y[i]; }
        mx /= n; my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int k = 0; k < n; k++)
        {
            int i = index.IsEmpty ? k : index[k];
            double a = x[i] - mx, b = y[i] - my;
            sxy += a * b; sxx += a * a; syy += b * b;
        }
        return sxx > 0 && syy > 0 ? Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1) : 0;
    }

    /// <summary>The 95% percentile bootstrap interval of corr(x, y): <paramref name="resamples"/> resamples of the items with
    /// replacement, seeded.</summary>
    public static (double Low, double High) BootstrapInterval(double[] x, double[] y, int resamples, int seed, IProgress<int>? progress = null)
    {
        var random = new Random(seed);
        var estimates = new double[resamples];
        var index = new int[x.Length];
        for (int b = 0; b < resamples; b++)
        {
            for (int k = 0; k < index.Length; k++) index[k] = random.Next(x.Length);
            estimates[b] = Pearson(x, y, index);
            if ((b + 1) % 50 == 0) progress?.Report(b + 1);
        }
        Array.Sort(estimates);
        return (estimates[(int)Math.Floor(0.025 * (resamples - 1))], estimates[(int)Math.Ceiling(0.975 * (resamples - 1))]);
    }
}
