using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Statistics;

namespace RlaifTheorems.Properties.Catalogue.Statistics;

/// <summary>
/// The readout correlation corr(f, V) = E[fV]/sd(f) (V with mean 0 and variance 1 known; THEORY N3, N4): its estimate is the
/// plug-in value computed directly, and its lower confidence bound lies below the estimate, closes on it as N grows, and covers
/// the true correlation in at least 1 − 3α of independent runs.
/// </summary>
public sealed class ReadoutCorrelationTests
{
    /// <summary>f = tanh(X + shift), V = rX + √(1 − r²)Y with X, Y independent standard normals.</summary>
    private static (ReadoutCorrelation Statistics, double[] F, double[] V) Draw(double r, int n, int seed, double shift = 0)
    {
        var stream = new GaussianStream(seed);
        var statistics = new ReadoutCorrelation();
        var (f, v) = (new double[n], new double[n]);
        for (int i = 0; i < n; i++)
        {
            double x = stream.Next(), y = stream.Next();
            (f[i], v[i]) = (Math.Tanh(x + shift), r * x + Math.Sqrt(1 - r * r) * y);
            statistics.Add(f[i], v[i]);
        }
        return (statistics, f, v);
    }

    [Theory]
    [InlineData(0.8, 1)]
    [InlineData(-0.5, 2)]
    [InlineData(0.0, 3)]
    public void TheEstimateIsThePlugInCorrelation(double r, int seed)
    {
        var (statistics, f, v) = Draw(r, 997, seed);
        double mean = f.Average(), sd = Math.Sqrt(f.Select(x => (x - mean) * (x - mean)).Average());
        double expected = f.Zip(v, (a, b) => a * b).Average() / sd;
        Assert.Equal(997, statistics.Count);
        Assert.Equal(expected, statistics.Estimate, 1e-12);
    }

    [Fact]
    public void AConstantReadoutHasCorrelationZero()
    {
        var statistics = new ReadoutCorrelation();
        for (int i = 0; i < 10; i++) statistics.Add(0.5, i % 2 == 0 ? 1 : -3);
        Assert.Equal(0, statistics.Estimate);
    }

    /// <summary>The bound lies in [−1, estimate] (each half-width only widens the variance and lowers E[fV]), and at α = 10⁻³ it
    /// closes on the estimate at the rate 1/√N: the gap at N = 400,000 is below a third of the gap at N = 4,000 (a tenth
    /// expected).</summary>
    [Theory]
    [InlineData(0.8)]
    [InlineData(0.1)]
    [InlineData(-0.6)]
    public void TheLowerBoundLiesBelowTheEstimateAndClosesOnIt(double r)
    {
        double Gap(int n)
        {
            var (statistics, _, _) = Draw(r, n, 11);
            double bound = statistics.LowerBound(1e-3, 60.0);
            Assert.InRange(bound, -1, statistics.Estimate);
            return statistics.Estimate - bound;
        }
        double small = Gap(4_000), large = Gap(400_000);
        Assert.True(large < small / 3, $"gap {small:G4} at N = 4,000, {large:G4} at N = 400,000");
    }

    /// <summary>Coverage: with α = 0.05 the bound holds with probability ≥ 1 − 3α = 0.85; in 200 runs of N = 2,000 it lies above
    /// the true correlation (r·E[X tanh X]/sd(tanh X), E and sd from 2,000,000 draws) at most 60 times (30 expected at worst).</summary>
    [Fact]
    public void TheLowerBoundCoversTheTrueCorrelation()
    {
        const double r = 0.7;
        var (truth, _, _) = Draw(r, 2_000_000, 99);
        int above = 0;
        for (int run = 0; run < 200; run++)
            if (Draw(r, 2_000, 1_000 + run).Statistics.LowerBound(0.05, 60.0) > truth.Estimate) above++;
        Assert.True(above <= 60, $"{above} of 200 bounds above the true correlation {truth.Estimate:G4}");
    }

    /// <summary>
    /// The bound is the smallest correlation the three intervals allow: E[fV]/√(E[f²] − E[f]²) minimised over the corners of the box
    /// E[fV] ∈ mean(fV) ± t_fv (Bernstein), E[f²] ∈ mean(f²) ± t_f² and |E[f]| ∈ [max(0, |mean(f)| − t_f), |mean(f)| + t_f]
    /// (Hoeffding); a corner with no variance and E[fV] ≤ 0 allows −1, and the bound never goes below −1. The ratio is monotone in each
    /// coordinate, so its minimum over the box is at a corner. Checked from N = 20 (wide intervals, the −1 floor) to N = 20,000, for
    /// readouts centred at 0 and shifted (|E[f]| above its half-width, so the box's |E[f]| range starts above 0).
    /// </summary>
    [Fact]
    public void TheLowerBoundIsTheSmallestCorrelationTheIntervalsAllow()
    {
        int floors = 0, positive = 0, negative = 0;
        foreach (int n in new[] { 20, 200, 2_000, 20_000 })
            foreach (double r in new[] { -0.95, -0.5, 0.3, 0.95 })
            foreach (double shift in new[] { 0.0, 1.0 })
            {
                var (statistics, f, v) = Draw(r, n, n + (int)(100 * r), shift);
                const double alpha = 0.01, range = 6.0;
                double tFv = ConfidenceBound.Bernstein(n, alpha, 1.0, range), tF = ConfidenceBound.Hoeffding(n, alpha, 2.0), tF2 = ConfidenceBound.Hoeffding(n, alpha, 1.0);
                double fv = f.Zip(v, (a, b) => a * b).Average(), f2 = f.Average(x => x * x), mean = Math.Abs(f.Average());
                double expected = double.PositiveInfinity;
                foreach (double numerator in new[] { fv - tFv, fv + tFv })
                    foreach (double square in new[] { f2 - tF2, f2 + tF2 })
                        foreach (double centre in new[] { Math.Max(0, mean - tF), mean + tF })
                        {
                            double variance = square - centre * centre;
                            double ratio = variance > 0 ? numerator / Math.Sqrt(variance) : numerator > 0 ? double.PositiveInfinity : -1;
                            expected = Math.Min(expected, ratio);
                        }
                expected = Math.Max(-1, expected);
                double bound = statistics.LowerBound(alpha, range);
                Assert.Equal(expected, bound, 1e-12);
                if (bound == -1) floors++; else if (bound > 0) positive++; else negative++;
            }
        Assert.True(floors > 0 && positive > 0 && negative > 0, $"{floors} at −1, {positive} positive, {negative} negative");
    }
}
