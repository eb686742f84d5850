using RlaifTheorems.Verification.Running;
using RlaifTheorems.Cli;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>The short soak: the whole catalogue under fresh seeds each run (a different one every day the tests run outside CI),
/// so a property that fails on a few seeds in a hundred has a chance to show up here and not first at a user's.</summary>
public sealed class SoakTests
{
    [Fact]
    public void WholeCatalogueHoldsUnderFourSeeds()
    {
        ulong seed = RlaifTheorems.Catalogue.Running.RunSettings.IsCi ? 2026_12_01UL : (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        string json = TempFiles.Path("soak");
        Assert.Equal(0, Program.Main(["check", "--soak", "4", "--max-test", "250", "--seed", seed.ToString(), "--json", json, "--quiet"]));
        Assert.Contains("\"rounds\": 4", File.ReadAllText(json));
    }

    [Fact]
    public void RoundSeedsAreDistinctAndReproducible()
    {
        var seeds = Enumerable.Range(0, 1000).Select(k => SoakRun.RoundSeed(42, k)).ToList();
        Assert.Equal(1000, seeds.Distinct().Count());
        Assert.Equal(seeds, Enumerable.Range(0, 1000).Select(k => SoakRun.RoundSeed(42, k)));
        Assert.All(seeds, s => Assert.True(s > 0 && s <= long.MaxValue));
    }
}
