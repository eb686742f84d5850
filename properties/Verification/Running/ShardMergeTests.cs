using System.Text.Json.Nodes;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Verification.Running;

/// <summary>
/// Each reason <c>check merge</c> refuses, one at a time, on the three shard reports of one run (T1.2 and P1.1 at 2,500 cases,
/// seed 5): the line names the file and what is wrong, and the unchanged reports merge.
/// </summary>
public sealed class ShardMergeTests
{
    private static readonly Lazy<string[]> Shards = new(() =>
    {
        var entries = TheoremCatalogue.Select(["T1.2", "P1.1"]);
        return Enumerable.Range(1, 3).Select(i =>
        {
            var run = new CheckRun(entries, new RunSettings(2500, 5), new Shard(i, 3));
            return JsonFormat.Serialize(run.Report(run.Units.Select(u => run.Run(u)).ToList(), 1.5, null, interrupted: false));
        }).ToArray();
    });

    private static string Write(string text) => TempFiles.Write(text, "merge");

    private static string Edited(int shard, Action<JsonObject> edit)
    {
        var report = JsonNode.Parse(Shards.Value[shard])!.AsObject();
        edit(report);
        return Write(report.ToJsonString());
    }

    private static string Refused(params string[] files)
    {
        Assert.False(ShardMerge.TryMerge(files, out var merged, out var problem));
        Assert.Null(merged);
        Assert.StartsWith("merge: ", problem);
        Assert.DoesNotContain('\n', problem!);
        return problem!;
    }

    private static string[] Exact() => Shards.Value.Select(Write).ToArray();

    [Fact]
    public void TheExactShardsMergeInAnyOrder()
    {
        var files = Exact();
        Assert.True(ShardMerge.TryMerge(files.Reverse().ToArray(), out var merged, out var problem), problem);
        Assert.Null(problem);
        Assert.Equal(["T1.2", "P1.1"], merged!.Entries.Select(e => e.Id));
        Assert.Equal(4.5, merged.ElapsedSeconds, 12);
        Assert.Equal((5UL, 2500), (merged.Seed, merged.MaxTest));
        Assert.Null(merged.Shard);
        Assert.Equal(["T1.2", "P1.1"], merged.Selection);
    }

    [Fact]
    public void FilesThatAreNoShardReportsAreRefused()
    {
        string directory = Path.GetDirectoryName(Write("{}"))!;
        Assert.Equal($"merge: {directory} is a directory, not a report", Refused(directory));
        Assert.Equal("merge: /no/such/report.json does not exist", Refused("/no/such/report.json"));
        string notJson = Write("not json");
        Assert.StartsWith($"merge: {notJson} is not a check report: ", Refused(notJson));
        string empty = Write("null");
        Assert.Equal($"merge: {empty} is not a check report: empty report", Refused(empty));
        string whole = Edited(0, r => r.Remove("shard"));
        Assert.Equal($"merge: {whole} is the report of a whole run, not of a shard", Refused(whole));
        string label = Edited(0, r => r["shard"] = "first");
        Assert.Equal($"merge: {label} names its shard 'first', not i/n", Refused(label));
    }

    [Theory]
    [InlineData("suiteVersion")]
    [InlineData("seed")]
    [InlineData("maxTest")]
    [InlineData("shard")]
    [InlineData("selection")]
    [InlineData("noSelection")]
    public void ShardsOfDifferentRunsAreRefused(string field)
    {
        var files = Exact();
        files[2] = Edited(2, r =>
        {
            switch (field)
            {
                case "suiteVersion": r["suiteVersion"] = "0.0.0"; break;
                case "seed": r["seed"] = 6; break;
                case "maxTest": r["maxTest"] = 2000; break;
                case "shard": r["shard"] = "3/4"; break;
                case "selection": r["selection"] = new JsonArray("P1.1", "T1.2"); break;
                case "noSelection": r.Remove("selection"); break;
            }
        });
        Assert.Equal($"merge: {files[2]} and {files[0]} come from different runs (suite version, seed, --max-test, shard count or entry selection differ)", Refused(files));
    }

    [Fact]
    public void AnInterruptedMissingOrRepeatedShardIsRefused()
    {
        var files = Exact();
        string interrupted = Edited(1, r => r["interrupted"] = true);
        Assert.Equal($"merge: {interrupted} is the report of an interrupted shard; run shard 2/3 again", Refused(files[0], interrupted, files[2]));
        Assert.Equal("merge: shard 2/3 of the run is missing", Refused(files[0], files[2]));
        Assert.Equal("merge: shards 1/3, 3/3 of the run are missing", Refused(files[1]));
        Assert.Equal("merge: a shard is given twice (1/3, 2/3, 1/3, 3/3)", Refused(files[0], files[1], files[0], files[2]));
    }

    [Fact]
    public void ChunksThatAreNotTheShardsOwnAreRefused()
    {
        var files = Exact();
        string unknown = Edited(0, r => r["selection"] = new JsonArray("T1.2", "Z9"));
        var others = new[] { 1, 2 }.Select(i => Edited(i, r => r["selection"] = new JsonArray("T1.2", "Z9"))).ToArray();
        Assert.Equal("merge: the run selected Z9, which is not a catalogue entry of this suite", Refused(unknown, others[0], others[1]));
        string dropped = Edited(0, r => r["entries"]!.AsArray().RemoveAt(0));
        Assert.StartsWith($"merge: {dropped} does not hold exactly shard 1/3's chunks of the run (", Refused(dropped, files[1], files[2]));
        string repeated = Edited(0, r => r["entries"]!.AsArray().Add(r["entries"]![0]!.DeepClone()));
        Assert.StartsWith($"merge: {repeated} does not hold exactly shard 1/3's chunks of the run (", Refused(repeated, files[1], files[2]));
        string inflated = Edited(0, r => r["entries"]![0]!["cases"] = 999_999);
        Assert.StartsWith($"merge: {inflated}: T1.2 chunk 0 reports 999999 cases", Refused(inflated, files[1], files[2]));
    }
}
