using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Properties.Lab.Statistics;

/// <summary>
/// Pearson's correlation against MathNet's, over all items or a resample's indices; its invariances (affine maps, the sign of
/// a flip) and the no-variance convention; and the bootstrap interval as ordered resample correlations, reporting progress.
/// </summary>
public sealed class CorrelationTests
{
    private static (double[] X, double[] Y) Pairs(int n, int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 4 - 1).ToArray();
        return (x, x.Select(a => 0.6 * a + random.NextDouble()).ToArray());
    }

    [Fact]
    public void PearsonIsTheSampleCorrelation()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var (x, y) = Pairs(3 + seed * 7, seed);
            double r = Correlation.Pearson(x, y);
            Assert.Equal(MathNet.Numerics.Statistics.Correlation.Pearson(x, y), r, 12);
            Assert.Equal(-r, Correlation.Pearson(x.Select(a => -3 * a + 5).ToArray(), y), 12);
            Assert.Equal(r, Correlation.Pearson(y, x.Select(a => 1e-3 * a - 7).ToArray()), 12);
            var index = Enumerable.Range(0, x.Length).Where(i => i % 3 != 1).Concat([0, 0]).ToArray();
            Assert.Equal(MathNet.Numerics.Statistics.Correlation.Pearson(index.Select(i => x[i]), index.Select(i => y[i])),
                Correlation.Pearson(x, y, index), 12);
        }
        Assert.Equal(1.0, Correlation.Pearson([1.0, 2, 4], [1.0, 2, 4]));
        Assert.Equal(-1.0, Correlation.Pearson([1.0, 2, 4], [-1.0, -2, -4]));
        Assert.Equal(0.0, Correlation.Pearson([1.0, 1, 1], [1.0, 2, 4]));
        Assert.Equal(0.0, Correlation.Pearson([1.0, 2, 4], [3.0, 3, 3]));
    }

    /// <summary>The interval's ends are Pearson's correlations of two of the resamples (System.Random(seed), n draws each), the
    /// 2.5% and 97.5% order statistics rounded outwards; it lies in [−1, 1], contains the sample correlation here (n = 400, r ≈ 0.7),
    /// and narrows as n grows. Progress arrives every 50 resamples.</summary>
    [Fact]
    public void TheBootstrapIntervalOrdersResampleCorrelations()
    {
        var (x, y) = Pairs(400, 1);
        var reports = new List<int>();
        var (low, high) = Correlation.BootstrapInterval(x, y, 200, 5, new SynchronousProgress(reports));
        var random = new Random(5);
        var estimates = Enumerable.Range(0, 200).Select(_ =>
        {
            var index = Enumerable.Range(0, x.Length).Select(_ => random.Next(x.Length)).ToArray();
            return Correlation.Pearson(x, y, index);
        }).Order().ToArray();
        Assert.Equal((estimates[4], estimates[195]), (low, high));
        Assert.InRange(Correlation.Pearson(x, y), low, high);
        Assert.Equal([50, 100, 150, 200], reports);
        var (x2, y2) = Pairs(4000, 1);
        var wide = Correlation.BootstrapInterval(x2, y2, 200, 5);
        Assert.True(wide.High - wide.Low < (high - low) / 2);
    }

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
