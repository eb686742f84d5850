using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Properties.Lab.Statistics;

/// <summary>
/// The bootstrap's resamples and percentile intervals against their definitions: n draws with replacement from 0…n − 1,
/// reproducible from the seed and different across seeds, uniform (χ² over 200,000 draws), and the percentile interval's order
/// statistics rounded outwards.
/// </summary>
public sealed class BootstrapTests
{
    [Fact]
    public void IndicesAreSeededDrawsWithReplacement()
    {
        var sets = Bootstrap.Indices(7, 50, 3);
        Assert.Equal(50, sets.Length);
        Assert.All(sets, s => { Assert.Equal(7, s.Length); Assert.All(s, i => Assert.InRange(i, 0, 6)); });
        Assert.Equal(sets, Bootstrap.Indices(7, 50, 3));
        Assert.NotEqual(sets, Bootstrap.Indices(7, 50, 4));
        // With replacement: some resample repeats an item (the chance that none of 50 does is (7!/7⁷)^50 ≈ 10⁻⁸⁰).
        Assert.Contains(sets, s => s.Distinct().Count() < 7);
    }

    [Fact]
    public void DrawsAreTheStatelessStreamAndUniform()
    {
        const int n = 10;
        var counts = new int[n];
        for (int b = 0; b < 2000; b++)
        {
            var draws = Bootstrap.Draws(17, b, 100);
            for (int k = 0; k < 100; k++)
            {
                Assert.Equal(Bootstrap.Draw(17, b, k, 100), draws[k]);
                int d = Bootstrap.Draw(17, b, k, n);
                Assert.InRange(d, 0, n - 1);
                counts[d]++;
            }
        }
        // χ² with 9 degrees of freedom: P(χ² > 33.7) = 10⁻⁴.
        double expected = 200_000.0 / n, chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 < 33.7, $"χ² = {chi2:G4} over {string.Join(", ", counts)}");
        // Seed, resample and position each change the stream.
        var first = Bootstrap.Draws(17, 0, 1000);
        Assert.NotEqual(first, Bootstrap.Draws(18, 0, 1000));
        Assert.NotEqual(first, Bootstrap.Draws(17, 1, 1000));
        Assert.NotEqual(first.Take(500), first.Skip(500));
        Assert.Equal(Bootstrap.Draw(-5, 3, 2, 1000), Bootstrap.Draw(-5, 3, 2, 1000));
    }

    /// <summary>Over 0, 1, …, 100 (shuffled) the 50% interval is the 25th and 75th order statistics exactly; over 11 values the 95%
    /// positions 0.25 and 9.75 round outwards to 0 and 10. The caller's array is left as it was.</summary>
    [Fact]
    public void PercentileTakesOrderStatisticsRoundedOutwards()
    {
        var values = Enumerable.Range(0, 101).Select(i => (double)i).OrderBy(i => (i * 37) % 101).ToArray();
        var copy = (double[])values.Clone();
        Assert.Equal((25.0, 75.0), Bootstrap.Percentile(values, 0.5));
        Assert.Equal(copy, values);
        Assert.Equal((0.0, 10.0), Bootstrap.Percentile(Enumerable.Range(0, 11).Select(i => (double)i).Reverse().ToArray(), 0.95));
        Assert.Equal((2.0, 8.0), Bootstrap.Percentile(Enumerable.Range(0, 11).Select(i => (double)i).ToArray(), 0.6));
    }

    [Fact]
    public void EstimatesApplyTheStatisticToEachResampleInOrder()
    {
        var sets = Bootstrap.Indices(5, 40, 9);
        Assert.Equal(sets.Select(s => (double)s.Sum()).ToArray(), Bootstrap.Estimates(sets, s => s.Sum()));
    }
}
