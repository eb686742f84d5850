using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>An estimate with its 95% percentile bootstrap interval, bootstrap standard error and the two-sided p-value of its sign,
/// p = 2Φ(−|estimate|/se) (1 when the estimate is 0; 0 when se = 0 and the estimate is not). Interval and se are null, and p is 1,
/// when fewer than two resamples had variance in s, t and y.</summary>
public sealed record SignEstimate(double Estimate, double? Low, double? High, double? StandardError, double P);

/// <summary>A constitution's A(d_c), Δ and s(c) with their bootstrap intervals.</summary>
public sealed record PlaneEstimates(SignEstimate JudgeAlignment, SignEstimate Gap, SignEstimate Slope);

/// <summary>
/// The census's bootstrap (THEORY R4): resample b takes item <see cref="Bootstrap.Draw"/>(seed, b, k, n) as its k-th draw, a
/// fixed hash of (seed, b, k), so every constitution shares one seeded stream of uniforms whatever its n, and no state is kept. Each resample
/// recomputes A(d_c) = corr(t, y), Δ = A(d_c) − corr(s, y) and s(c) = A(d_c) − corr(s, t)·corr(s, y) from its own moments.
/// </summary>
public static class PlaneBootstrap
{
    /// <summary>The estimates over <paramref name="resamples"/> resamples of <paramref name="items"/>.</summary>
    public static PlaneEstimates Estimate(PlaneItems items, int resamples, int seed)
    {
        var a = new double[resamples];
        var gap = new double[resamples];
        var slope = new double[resamples];
        Parallel.For(0, resamples, b =>
        {
            (a[b], gap[b], slope[b]) = Resample(items, seed, b);
        });
        return new PlaneEstimates(Summarise(items.JudgeAlignment, a), Summarise(items.Gap, gap), Summarise(items.Slope, slope));
    }

    private static (double A, double Gap, double Slope) Resample(PlaneItems items, int seed, int b)
    {
        var s = items.Generation;
        var t = items.Judge;
        var y = items.Values;
        int n = items.Count;
        double ms = 0, mt = 0, my = 0;
        var draws = new int[n];
        for (int k = 0; k < n; k++)
        {
            int i = draws[k] = Bootstrap.Draw(seed, b, k, n);
            ms += s[i]; mt += t[i]; my += y[i];
        }
        ms /= n; mt /= n; my /= n;
        double ss = 0, tt = 0, yy = 0, st = 0, sy = 0, ty = 0;
        foreach (int i in draws)
        {
            double ds = s[i] - ms, dt = t[i] - mt, dy = y[i] - my;
            ss += ds * ds; tt += dt * dt; yy += dy * dy; st += ds * dt; sy += ds * dy; ty += dt * dy;
        }
        if (!(ss > 0 && tt > 0 && yy > 0)) return (double.NaN, double.NaN, double.NaN);
        double aS = sy / Math.Sqrt(ss * yy), aT = ty / Math.Sqrt(tt * yy), r = st / Math.Sqrt(ss * tt);
        return (aT, aT - aS, aT - r * aS);
    }

    private static SignEstimate Summarise(double estimate, double[] resamples)
    {
        var valid = resamples.Where(double.IsFinite).ToArray();
        if (valid.Length < 2) return new SignEstimate(estimate, null, null, null, 1);
        var (low, high) = Bootstrap.Percentile(valid, 0.95);
        double mean = valid.Average(), se = Math.Sqrt(valid.Sum(x => (x - mean) * (x - mean)) / (valid.Length - 1));
        double p = estimate == 0 ? 1 : se > 0 ? 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(estimate) / se) : 0;
        return new SignEstimate(estimate, low, high, se, p);
    }
}
