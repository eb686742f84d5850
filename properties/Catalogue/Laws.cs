using RlaifTheorems.Catalogue.Statistics;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC LAWs checked by Monte Carlo (T2.4 runs with the ceiling): each states its sample size, estimate, exact value,
/// bound and a false-alarm rate of at most 1e-6 per run.</summary>
public sealed class Laws
{
    [Theory]
    [InlineData("T5.2")]
    [InlineData("N1")]
    [InlineData("N3")]
    [InlineData("S1")]
    public void HoldsWithinItsConfidenceBound(string id)
    {
        var result = CatalogueAssert.Passes(id);
        Assert.Equal(LawBudget.FalseAlarmRate, result.FalseAlarmRate);
        Assert.NotNull(result.Law);
        Assert.True(result.Law!.SampleSize >= 10_000);
        Assert.True(result.Law.Bound > 0);
    }
}
