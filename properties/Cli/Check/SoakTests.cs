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
        int code = Program.Main(["check", "--soak", "4", "--max-test", "250", "--seed", seed.ToString(), "--json", json, "--quiet"]);
        Assert.True(code == 0, $"check --soak 4 --max-test 250 --seed {seed} exited {code}: rounds (index, seed, failed) {(File.Exists(json) ? Rounds(json) : "no report")}");
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

    private static string Rounds(string path) =>
        string.Join("; ", System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("index")} {r.GetProperty("seed")} [{string.Join(",", r.GetProperty("failed").EnumerateArray())}]"));

    /// <summary>A soak splits by rounds like a run by chunks: three shards merged give the whole soak's rounds, seeds and
    /// failures; two of the three are refused.</summary>
    [Fact]
    public void SoakShardsMergeToTheWholeSoak()
    {
        string[] run = ["check", "L2", "P1.1", "--soak", "7", "--max-test", "200", "--seed", "11", "--quiet"];
        string whole = TempFiles.Path("soak-whole"), merged = TempFiles.Path("soak-merged");
        Assert.Equal(0, Program.Main([.. run, "--json", whole]));
        var shards = Enumerable.Range(1, 3).Select(i => TempFiles.Path($"soak-{i}")).ToList();
        for (int i = 1; i <= 3; i++) Assert.Equal(0, Program.Main([.. run, "--shard", $"{i}/3", "--json", shards[i - 1]]));
        Assert.Equal(0, Program.Main(["check", "merge", .. shards, "--json", merged]));
        Assert.Equal(Rounds(whole), Rounds(merged));
        Assert.Equal(2, Program.Main(["check", "merge", shards[0], shards[2]]));
        Assert.Equal(2, Program.Main(["check", "merge", shards[0], shards[1], shards[1]]));
    }
}
