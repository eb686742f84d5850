using RlaifTheorems.Catalogue.Statistics;

namespace RlaifTheorems.Properties.Catalogue.Statistics;

/// <summary>
/// Each distribution-free half-width solves its own tail inequality at equality (the bound is neither loose nor short of α), the
/// Kolmogorov–Smirnov statistic equals sup|F_N − F| counted directly from the samples (ties included), and the LAW budget's
/// Bonferroni split adds back to 1e-6 per LAW per run.
/// </summary>
public sealed class ConfidenceBoundTests
{
    public static TheoryData<int, double, double> Shapes() => new()
    {
        { 1, 0.5, 1.0 }, { 10, 1e-6, 2.0 }, { 1000, 0.05, 60.0 }, { 123457, 1e-12, 0.25 },
    };

    /// <summary>Hoeffding: 2·exp(−2Nt²/range²) = α.</summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void HoeffdingsHalfWidthSolvesItsTail(int n, double alpha, double range)
    {
        double t = ConfidenceBound.Hoeffding(n, alpha, range);
        Assert.Equal(alpha, 2 * Math.Exp(-2 * n * t * t / (range * range)), alpha * 1e-10);
        Assert.Equal(ConfidenceBound.Hoeffding(n, alpha, 1.0), ConfidenceBound.Hoeffding(n, alpha));
    }

    /// <summary>Dvoretzky–Kiefer–Wolfowitz–Massart: 2·exp(−2Nε²) = α.</summary>
    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(10, 1e-6)]
    [InlineData(1000, 0.05)]
    [InlineData(123457, 1e-12)]
    public void DkwsHalfWidthSolvesItsTail(int n, double alpha)
    {
        double epsilon = ConfidenceBound.Dkw(n, alpha);
        Assert.Equal(alpha, 2 * Math.Exp(-2 * n * epsilon * epsilon), alpha * 1e-10);
    }

    /// <summary>Bernstein: 2·exp(−Nt²/(2σ² + 2bt/3)) = α, for variances from 0 (where only the range binds) to range².</summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void BernsteinsHalfWidthSolvesItsTail(int n, double alpha, double range)
    {
        foreach (double variance in new[] { 0.0, 0.3 * range * range, range * range })
        {
            double t = ConfidenceBound.Bernstein(n, alpha, variance, range);
            Assert.True(t > 0);
            Assert.Equal(alpha, 2 * Math.Exp(-n * t * t / (2 * variance + 2 * range * t / 3)), alpha * 1e-9);
        }
    }

    /// <summary>sup_x |F_N(x) − F(x)| is reached at a sample, from the right (F_N counts the samples ≤ x) or the left (the samples
    /// &lt; x); counted directly, with ties, against the uniform CDF on [0, 1]. The caller's samples are left unsorted.</summary>
    [Fact]
    public void KolmogorovSmirnovIsTheLargestGapCountedDirectly()
    {
        var random = new Random(5);
        static double Uniform(double x) => Math.Clamp(x, 0, 1);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 1 + random.Next(30);
            var samples = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 1.2 - 0.1, 1)).ToArray();
            var copy = (double[])samples.Clone();
            double expected = samples.Max(x => Math.Max(
                Math.Abs(samples.Count(y => y <= x) / (double)n - Uniform(x)),
                Math.Abs(samples.Count(y => y < x) / (double)n - Uniform(x))));
            Assert.Equal(expected, ConfidenceBound.KolmogorovSmirnov(samples, Uniform), 12);
            Assert.Equal(copy, samples);
        }
    }

    /// <summary>PerCheck(k) spread over LawBudget.Cases cases of k checks each adds back to the per-LAW rate 1e-6.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public void TheLawBudgetAddsBackToItsRate(int checksPerCase)
    {
        Assert.Equal(1e-6, LawBudget.FalseAlarmRate);
        Assert.Equal(LawBudget.FalseAlarmRate, LawBudget.PerCheck(checksPerCase) * LawBudget.Cases * checksPerCase, 1e-20);
        Assert.True(LawBudget.Cases >= 1);
    }
}
