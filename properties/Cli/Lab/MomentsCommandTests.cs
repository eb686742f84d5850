using System.Text.Json;
using RlaifTheorems.Cli;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Properties.Lab.Studies;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Properties.Cli.Lab;

/// <summary>
/// The lab's moment pass sharded as a run is: <c>lab moments --shard i/4</c> on four row ranges of one .npy, merged by
/// <c>lab merge</c>, equals the unsharded pass (to 1e-12 of the covariance's scale), and its merged per-fold moments give the
/// one-pass cross-validated ρ̂; a missing or repeated shard, or one dealt into folds by another seed, is refused.
/// </summary>
public sealed class MomentsCommandTests
{
    [Fact]
    public void FourShardsMergedEqualTheWholePass()
    {
        var g = GaussianItems.Draw(1001, 6, 9, 17);
        string npy = TempFiles.Path("acts") + ".npy", csv = TempFiles.Path("values") + ".csv";
        NpyArray.Write(npy, g.Items.Representations, 1001, 6, NpyElement.Float32, fortranOrder: false);
        File.WriteAllLines(csv, g.Items.Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        string whole = TempFiles.Path("moments-whole"), merged = TempFiles.Path("moments-merged");
        Assert.Equal(0, Program.Main(["lab", "moments", "--activations", npy, "--values", csv, "--json", whole]));
        var shards = Enumerable.Range(1, 4).Select(i => TempFiles.Path($"moments-{i}")).ToList();
        for (int i = 1; i <= 4; i++)
            Assert.Equal(0, Program.Main(["lab", "moments", "--activations", npy, "--values", csv, "--shard", $"{i}/4", "--json", shards[i - 1]]));
        Assert.Equal(0, Program.Main(["lab", "merge", .. shards, "--json", merged]));
        var one = JsonSerializer.Deserialize<MomentShard>(File.ReadAllText(whole), JsonFormat.Options)!.Moments;
        var combined = JsonSerializer.Deserialize<Moments>(File.ReadAllText(merged), JsonFormat.Options)!;
        Assert.Equal(one.Count, combined.Count);
        double scale = one.Covariance.Max(Math.Abs);
        for (int k = 0; k < one.Covariance.Length; k++) Assert.Equal(one.Covariance[k], combined.Covariance[k], 1e-12 * scale);
        for (int j = 0; j < 6; j++)
        {
            Assert.Equal(one.Mean[j], combined.Mean[j], 1e-12);
            Assert.Equal(one.CrossCovariance[j], combined.CrossCovariance[j], 1e-12 * scale);
        }
        Assert.Equal(one.ValueVariance, combined.ValueVariance, 1e-12 * one.ValueVariance);
        Assert.Equal(2, Program.Main(["lab", "merge", shards[0], shards[1], shards[3]]));
        Assert.Equal(2, Program.Main(["lab", "merge", shards[0], shards[1], shards[2], shards[2]]));

        // The cross-validated ρ̂ from the merged per-fold moments is the one-pass ρ̂ (same seed, same folds), to 1e-9.
        var parts = shards.Select(f => JsonSerializer.Deserialize<MomentShard>(File.ReadAllText(f), JsonFormat.Options)!).ToList();
        double fromMoments = RlaifTheorems.Lab.Statistics.CrossValidatedCeiling.FromFoldMoments(MomentShard.MergeFolds(parts));
        using var array = NpyArray.Open(npy);
        using var items = new NpyItemSource(array, RlaifTheorems.Lab.Data.ValuesFile.Read(csv), "acts");
        var pass = RlaifTheorems.Lab.Studies.CeilingStudy.Run(items, "acts", "values", null, 1, 10);
        Assert.Equal(pass.Rho, fromMoments, 1e-9);
        string otherSeed = TempFiles.Path("moments-seed");
        Assert.Equal(0, Program.Main(["lab", "moments", "--activations", npy, "--values", csv, "--shard", "4/4", "--seed", "2", "--json", otherSeed]));
        Assert.Equal(2, Program.Main(["lab", "merge", shards[0], shards[1], shards[2], otherSeed]));
    }
}
