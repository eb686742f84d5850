using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Properties.Lab.Statistics;

/// <summary>The census's interval and multiple-testing rules against values computed by hand from their definitions.</summary>
public sealed class CensusStatisticsTests
{
    /// <summary>Wilson's interval: (k + z²/2)/(n + z²) ± z√(k(n−k)/n + z²/4)/(n + z²), z = 1.959964; values worked by hand.</summary>
    [Theory]
    [InlineData(0, 10, 0.0, 0.27753)]
    [InlineData(5, 10, 0.23659, 0.76341)]
    [InlineData(10, 10, 0.72247, 1.0)]
    [InlineData(83, 100, 0.74452, 0.89106)]
    public void WilsonIntervalMatchesItsFormula(int k, int n, double low, double high)
    {
        var interval = WilsonInterval.Of(k, n)!.Value;
        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void WilsonIntervalOfNothingJudgedIsNull() => Assert.Null(WilsonInterval.Of(0, 0));

    /// <summary>Benjamini–Hochberg at q = 0.05 on m = 6: thresholds 0.0083, 0.0167, 0.025, 0.0333, 0.0417, 0.05. Sorted, the p-values
    /// are 0.001, 0.02, 0.024, 0.045, 0.2, 0.5; the largest i with p₍ᵢ₎ ≤ q i/m is i = 3 (0.024 ≤ 0.025), so the three smallest are
    /// rejected, including 0.02 &gt; 0.0167, which a step-down procedure would keep.</summary>
    [Fact]
    public void BenjaminiHochbergStepsUp()
    {
        double[] p = [0.024, 0.001, 0.2, 0.02, 0.045, 0.5];
        Assert.Equal([true, true, false, true, false, false], FalseDiscovery.Reject(p, 0.05));
        Assert.All(FalseDiscovery.Reject([0.5, 0.9, 0.06], 0.05), r => Assert.False(r));
    }
}
