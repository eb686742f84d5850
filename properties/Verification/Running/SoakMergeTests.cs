using System.Text.Json.Nodes;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Verification.Running;

/// <summary>
/// <c>check merge</c> of soak reports: the three shards of a seven-round soak of T1.2 and P1.1 (seed 9, one failure of P1.1 in
/// round 2) merge, in any order, to every round with the seed the soak's seed gives it; each way a set of files can fail to be
/// exactly those shards is refused in one line naming it.
/// </summary>
public sealed class SoakMergeTests
{
    private const int Rounds = 7;

    private static string Shard(int index, Action<JsonObject>? edit = null)
    {
        var soak = new SoakRun(TheoremCatalogue.Select(["T1.2", "P1.1"]), Rounds, 100, 9, new Shard(index, 3));
        var results = soak.RoundIndices.Select(k => new SoakRound(k + 1, SoakRun.RoundSeed(9, k), k == 1 ? ["P1.1"] : [])).ToList();
        var report = JsonNode.Parse(JsonFormat.Serialize(soak.Report(results, 2.0, interrupted: false)))!.AsObject();
        edit?.Invoke(report);
        return TempFiles.Write(report.ToJsonString(), "soak");
    }

    private static string Refused(params string[] files)
    {
        Assert.False(SoakMerge.TryMerge(files, out var merged, out var problem));
        Assert.Null(merged);
        Assert.StartsWith("merge: ", problem);
        return problem!;
    }

    [Fact]
    public void TheExactShardsMergeToEveryRoundWithItsSeed()
    {
        Assert.True(SoakMerge.TryMerge([Shard(3), Shard(1), Shard(2)], out var merged, out var problem), problem);
        Assert.Null(problem);
        Assert.Equal(Enumerable.Range(0, Rounds).Select(k => (k + 1, SoakRun.RoundSeed(9, k))), merged!.Results.Select(r => (r.Index, r.Seed)));
        Assert.Equal(["P1.1"], merged.Results[1].Failed);
        Assert.All(merged.Results.Where(r => r.Index != 2), r => Assert.Empty(r.Failed));
        Assert.Equal((9UL, Rounds, 100, 6.0, false), (merged.Seed, merged.Rounds, merged.MaxTest, merged.ElapsedSeconds, merged.Interrupted));
        Assert.Null(merged.Shard);
        Assert.Equal(["T1.2", "P1.1"], merged.Selection);
        Assert.Equal(TheoremCatalogue.SuiteVersion, merged.SuiteVersion);
    }

    [Fact]
    public void OnlySoakReportsAreTakenForSoakReports()
    {
        Assert.True(SoakMerge.IsSoakReport(Shard(1)));
        Assert.False(SoakMerge.IsSoakReport(TempFiles.Write("""{"entries": []}""", "soak")));
        Assert.False(SoakMerge.IsSoakReport(TempFiles.Write("not json", "soak")));
        Assert.False(SoakMerge.IsSoakReport("/no/such/report.json"));
    }

    [Fact]
    public void FilesThatAreNoSoakShardsAreRefused()
    {
        string notJson = TempFiles.Write("not json", "soak");
        Assert.StartsWith($"merge: {notJson} is not a soak report: ", Refused(notJson));
        Assert.StartsWith("merge: /no/such/report.json is not a soak report: ", Refused("/no/such/report.json"));
        string whole = Shard(1, r => r.Remove("shard"));
        Assert.Equal($"merge: {whole} is not the report of a soak's shard", Refused(whole));
        string label = Shard(1, r => r["shard"] = "one");
        Assert.Equal($"merge: {label} is not the report of a soak's shard", Refused(label));
    }

    [Theory]
    [InlineData("suiteVersion")]
    [InlineData("seed")]
    [InlineData("rounds")]
    [InlineData("maxTest")]
    [InlineData("shard")]
    [InlineData("selection")]
    [InlineData("noSelection")]
    public void ShardsOfDifferentSoaksAreRefused(string field)
    {
        string other = Shard(3, r =>
        {
            switch (field)
            {
                case "suiteVersion": r["suiteVersion"] = "0.0.0"; break;
                case "seed": r["seed"] = 10; break;
                case "rounds": r["rounds"] = 8; break;
                case "maxTest": r["maxTest"] = 200; break;
                case "shard": r["shard"] = "3/4"; break;
                case "selection": r["selection"] = new JsonArray("P1.1", "T1.2"); break;
                case "noSelection": r.Remove("selection"); break;
            }
        });
        string first = Shard(1);
        Assert.Equal($"merge: {other} and {first} come from different soaks (suite version, seed, rounds, --max-test, shard count or selection differ)",
            Refused(first, Shard(2), other));
    }

    [Fact]
    public void RoundsThatAreNotTheShardsOwnAreRefused()
    {
        string interrupted = Shard(2, r => r["interrupted"] = true);
        Assert.Equal($"merge: {interrupted} is the report of an interrupted shard; run shard 2/3 again", Refused(Shard(1), interrupted, Shard(3)));
        foreach (var edit in new Action<JsonObject>[]
                 {
                     r => r["results"]!.AsArray().RemoveAt(0),
                     r => r["results"]![0]!["seed"] = 1,
                     r => r["results"]![0]!["index"] = 2,
                     r => r["results"]!.AsArray().Add(r["results"]![0]!.DeepClone()),
                 })
        {
            string altered = Shard(1, edit);
            Assert.Equal($"merge: {altered} does not hold exactly shard 1/3's rounds of the soak, with their seeds", Refused(altered, Shard(2), Shard(3)));
        }
        string stray = Shard(1, r => r["results"]![0]!["failed"] = new JsonArray("T2.1"));
        Assert.Equal($"merge: {stray} records a failure of T2.1, which the soak did not select", Refused(stray, Shard(2), Shard(3)));
        string cut = Shard(3, r => r["results"]![1]!["complete"] = false);
        Assert.Equal($"merge: {cut} records round 6 as cut short, though the shard is not marked interrupted", Refused(Shard(1), Shard(2), cut));
    }

    [Fact]
    public void AMissingOrRepeatedShardIsRefused()
    {
        string one = Shard(1), two = Shard(2), three = Shard(3);
        Assert.Equal("merge: a shard is given twice (1/3, 2/3, 2/3, 3/3)", Refused(one, two, two, three));
        Assert.Equal("merge: shard 3/3 of the soak is missing", Refused(one, two));
        Assert.Equal("merge: shards 1/3, 3/3 of the soak are missing", Refused(two));
    }
}
