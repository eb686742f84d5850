using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Kernels;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Properties.Lab.Geometry;

/// <summary>
/// The one-pass moments (the Gram matrix by OpenBLAS's dsyrk on its upper triangle where present, mirrored; else a managed
/// loop) equal a plain two-pass computation of the mean, covariance and cross-covariance, in every fold and for all folds,
/// over chunks of several sizes.
/// </summary>
public sealed class MomentAccumulatorTests
{
    [Theory]
    [InlineData(700, 1, 1, 64)]
    [InlineData(900, 97, 3, 128)]
    [InlineData(400, 300, 2, 400)]
    [InlineData(50, 5, 1, 7)]
    public void OnePassMomentsEqualTwoPassMoments(int n, int d, int folds, int chunk)
    {
        var random = new Random(n + d);
        var rows = Enumerable.Range(0, n * d).Select(_ => 3 + random.NextDouble()).ToArray();
        var values = Enumerable.Range(0, n).Select(i => rows[i * d] - 2 * random.NextDouble()).ToArray();
        var fold = Enumerable.Range(0, n).Select(i => i % folds).ToArray();
        var accumulator = new MomentAccumulator(d, folds);
        for (int start = 0; start < n; start += chunk)
        {
            int count = Math.Min(chunk, n - start);
            accumulator.Add(rows.AsSpan(start * d, count * d), values.AsSpan(start, count), count, fold.AsSpan(start, count));
        }
        for (int excluded = -1; excluded < (folds > 1 ? folds : 0); excluded++)
        {
            var members = Enumerable.Range(0, n).Where(i => fold[i] != excluded).ToArray();
            var moments = excluded < 0 ? accumulator.Total() : accumulator.Excluding(excluded);
            int m = members.Length;
            var mean = Enumerable.Range(0, d).Select(j => members.Average(i => rows[i * d + j])).ToArray();
            double meanY = members.Average(i => values[i]);
            for (int a = 0; a < d; a++)
            {
                Assert.Equal(mean[a], moments.Mean[a], 1e-12);
                double cross = members.Sum(i => (rows[i * d + a] - mean[a]) * (values[i] - meanY)) / m;
                Assert.Equal(cross, moments.CrossCovariance[a], 1e-11);
                for (int b = 0; b < d; b += Math.Max(1, d / 17))
                {
                    double cov = members.Sum(i => (rows[i * d + a] - mean[a]) * (rows[i * d + b] - mean[b])) / m;
                    Assert.Equal(cov, moments.Covariance[(long)a * d + b], 1e-11);
                    Assert.Equal(moments.Covariance[(long)a * d + b], moments.Covariance[(long)b * d + a]);
                }
            }
        }
        // The large shapes above take the dsyrk path wherever the system has OpenBLAS.
        Assert.True(!OpenBlas.IsAvailable || OpenBlas.HasSyrk);
    }
}

/// <summary>
/// Moments are sufficient statistics: four shards of one item set (uneven row ranges, as on four machines), each passed on
/// its own and merged (<see cref="Moments.Merge"/>), equal one pass over all items — mean, covariance, cross-covariance,
/// mean and variance of the values to 1e-12 of their scale — and so does everything computed from them (the in-sample ρ,
/// R3's bounds).
/// </summary>
public sealed class MomentMergeTests
{
    [Theory]
    [InlineData(2000, 12)]
    [InlineData(400, 300)]
    public void FourShardsMergedEqualOnePass(int n, int d)
    {
        var g = RlaifTheorems.Properties.Lab.Studies.GaussianItems.Draw(n, d, d + 3, n + d);
        int[] cuts = [0, n / 7, n / 2, n / 2 + 1, n];
        var parts = new List<Moments>();
        for (int s = 0; s < 4; s++)
        {
            var accumulator = new MomentAccumulator(d);
            int start = cuts[s], count = cuts[s + 1] - cuts[s];
            accumulator.Add(g.Items.Representations.AsSpan(start * d, count * d), g.Items.Values.AsSpan(start, count), count);
            parts.Add(accumulator.Total());
        }
        var merged = Moments.Merge(parts);
        var one = ItemPasses.Moments(g.Items).Total();
        Assert.Equal(one.Count, merged.Count);
        double scale = one.Covariance.Max(Math.Abs);
        for (int j = 0; j < d; j++)
        {
            Assert.Equal(one.Mean[j], merged.Mean[j], 1e-12);
            Assert.Equal(one.CrossCovariance[j], merged.CrossCovariance[j], 1e-12 * scale);
        }
        for (long k = 0; k < one.Covariance.LongLength; k++) Assert.Equal(one.Covariance[k], merged.Covariance[k], 1e-12 * scale);
        Assert.Equal(one.MeanValue, merged.MeanValue, 1e-12);
        Assert.Equal(one.ValueVariance, merged.ValueVariance, 1e-12 * one.ValueVariance);
        var a = new EmpiricalGeometry(one);
        var b = new EmpiricalGeometry(merged);
        Assert.Equal(a.InSampleCeiling(a.Rank), b.InSampleCeiling(b.Rank), 1e-9);
    }
}
