using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Verification.Running;

/// <summary>
/// <c>check merge</c> combines only the exact shards of one run: for any subset or repetition of a run's shard reports, with
/// any of the corruptions below applied (a holding chunk's slack, any chunk's other fields), the merge either equals the single run (verdicts, counts, tightest case,
/// counterexample) or refuses in one line. The run: L2, T1.2, P1.1 and T2.4 at 2,500 cases (three chunks each but the LAW's
/// one) in three shards.
/// </summary>
public sealed class ShardMergeProperties(ITestOutputHelper output)
{
    private const int Shards = 3;
    private static readonly string[] Selection = ["L2", "T1.2", "P1.1", "T2.4"];
    private static readonly RunSettings Settings = new(2500, 5);

    /// <summary>The single run's report and the three shards' reports, as JSON text.</summary>
    private static readonly Lazy<(CheckReport Single, string[] Shards)> Run = new(() =>
    {
        var entries = TheoremCatalogue.Select(Selection);
        var whole = new CheckRun(entries, Settings);
        var single = whole.Report(whole.Units.Select(u => whole.Run(u)).ToList(), 0, null, interrupted: false);
        var shards = Enumerable.Range(1, Shards).Select(i =>
        {
            var run = new CheckRun(entries, Settings, new Shard(i, Shards));
            return JsonFormat.Serialize(run.Report(run.Units.Select(u => run.Run(u)).ToList(), 0, null, interrupted: false));
        }).ToArray();
        return (single, shards);
    });

    /// <summary>The corruptions a report may suffer, each applied to one chunk or one report.</summary>
    public enum Corruption
    {
        None, DropChunk, RepeatChunk, CasesInflated, HypothesisAboveCases, SlackBeyondTolerance, VerdictFlipped, ChunkIndexMoved,
        ChunkSeedChanged, Interrupted, SeedChanged, BudgetChanged, ShardCountChanged, SelectionShrunk, ShardLabelRemoved, KindChanged,
    }

    /// <summary>Which shard files are given (indices into the three, repeats allowed) and what is done to one of them.</summary>
    public sealed record Attempt(int[] Files, Corruption Corruption, int Target, int Chunk);

    private static Gen<Attempt> Attempts =>
        from count in Gen.Choose(1, 4)
        from files in Gen.ArrayOf(Gen.Choose(0, Shards - 1), count)
        from complete in Gen.Elements(true, false)
        from corruption in Gen.Elements(Enum.GetValues<Corruption>())
        from target in Gen.Choose(0, Shards - 1)
        from chunk in Gen.Choose(0, 20)
        select new Attempt(complete ? [0, 1, 2] : files, corruption, target, chunk);

    private static string Corrupt(string json, Corruption corruption, int chunk)
    {
        var report = JsonNode.Parse(json)!.AsObject();
        var entries = report["entries"]!.AsArray();
        // A tampered tightest slack is one of a holding chunk: a refuted PROBE's slack over its generated cases is a number
        // only a new run could check (its counterexample, which the report shows, is checked).
        var candidates = corruption == Corruption.SlackBeyondTolerance
            ? entries.Where(e => e!["verdict"]!.GetValue<string>() == "holds").ToList() : entries.ToList();
        var entry = candidates[chunk % candidates.Count]!.AsObject();
        switch (corruption)
        {
            case Corruption.DropChunk: entries.RemoveAt(chunk % entries.Count); break;
            case Corruption.RepeatChunk: entries.Add(entry.DeepClone()); break;
            case Corruption.CasesInflated: entry["cases"] = 999_999; break;
            case Corruption.HypothesisAboveCases: entry["hypothesisCases"] = entry["cases"]!.GetValue<int>() + 1; break;
            case Corruption.SlackBeyondTolerance: entry["minSlack"] = -2 * ((entry["tightestTolerance"]?.GetValue<double>() ?? 0) + 5); break;
            case Corruption.VerdictFlipped: entry["verdict"] = entry["verdict"]!.GetValue<string>() == "holds" ? "failed" : "holds"; break;
            case Corruption.ChunkIndexMoved: entry["chunk"] = (entry["chunk"]?.GetValue<int>() ?? 0) + 1; break;
            case Corruption.ChunkSeedChanged: entry["seed"] = entry["seed"]!.GetValue<ulong>() + 1; break;
            case Corruption.Interrupted: report["interrupted"] = true; break;
            case Corruption.SeedChanged: report["seed"] = 6; break;
            case Corruption.BudgetChanged: report["maxTest"] = 2000; break;
            case Corruption.ShardCountChanged: report["shard"] = report["shard"]!.GetValue<string>().Split('/')[0] + $"/{Shards + 1}"; break;
            case Corruption.SelectionShrunk: report["selection"]!.AsArray().RemoveAt(0); break;
            case Corruption.ShardLabelRemoved: report.Remove("shard"); break;
            case Corruption.KindChanged: entry["kind"] = entry["kind"]!.GetValue<string>() == "probe" ? "theorem" : "probe"; break;
        }
        return report.ToJsonString();
    }

    private static IEnumerable<string> Comparable(CheckReport report) =>
        report.Entries.Select(e => string.Join(" | ", e.Id, e.Verdict, e.Cases, e.HypothesisCases, e.MinSlack?.ToString("R"), e.Tightest,
            e.Counterexample is null ? "-" : JsonSerializer.Serialize(e.Counterexample, JsonFormat.Options), e.Violation?.ToString("R")));

    [Fact]
    public void MergeEqualsTheSingleRunOrRefuses()
    {
        var (single, shards) = Run.Value;
        int accepted = 0, refused = 0, corruptedOrIncomplete = 0;
        var property = Prop.ForAll(Arb.From(Attempts), attempt =>
        {
            var files = attempt.Files.Select((s, k) =>
            {
                string text = k == Array.IndexOf(attempt.Files, attempt.Target) ? Corrupt(shards[s], attempt.Corruption, attempt.Chunk) : shards[s];
                return TempFiles.Write(text, "merge");
            }).ToList();
            bool exact = attempt.Corruption == Corruption.None && attempt.Files.Order().SequenceEqual([0, 1, 2]);
            if (!exact) corruptedOrIncomplete++;
            bool merged = ShardMerge.TryMerge(files, out var report, out var problem);
            if (merged) accepted++; else refused++;
            // Exactly the shards of the run merge, to the single run; anything else is refused, or changes nothing the
            // report says (a corruption of a chunk the merge does not use, such as a PROBE's chunk after its refutation).
            return exact
                ? (merged && Comparable(report!).SequenceEqual(Comparable(single))).Label($"the exact shards: {problem}")
                : (!merged || Comparable(report!).SequenceEqual(Comparable(single))).Label($"{attempt.Corruption} of shard {attempt.Target + 1}, chunk {attempt.Chunk}, files [{string.Join(", ", attempt.Files)}] merged into another report: " +
                    (merged ? string.Join("; ", Comparable(report!).Except(Comparable(single))) : ""));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(20261205UL, 1UL), property);
        output.WriteLine($"{accepted} merged, {refused} refused; {corruptedOrIncomplete} attempts were incomplete or corrupted");
        Assert.True(accepted > 0 && refused > 0);
    }

    [Fact]
    public void EveryMergedFieldIsTheSingleRunsField()
    {
        var (single, shards) = Run.Value;
        var files = shards.Select(text => TempFiles.Write(text, "merge")).ToList();
        Assert.True(ShardMerge.TryMerge(files, out var merged, out var problem), problem);
        var mine = Reports.JsonFields.Of(JsonFormat.Serialize(merged!));
        var theirs = Reports.JsonFields.Of(JsonFormat.Serialize(single));
        // Times are the shards' own: the run's is the sum of the shards', an entry's the sum of its chunks' (every chunk counts
        // here: no entry but the PROBE is decided early, and its refuting chunk is its first).
        var chunks = shards.SelectMany(text => JsonSerializer.Deserialize<CheckReport>(text, JsonFormat.Options)!.Entries).ToList();
        Assert.Equal(shards.Sum(text => JsonSerializer.Deserialize<CheckReport>(text, JsonFormat.Options)!.ElapsedSeconds), mine["elapsedSeconds"].GetDouble(), 9);
        for (int e = 0; e < single.Entries.Count; e++)
        {
            var used = chunks.Where(c => c.Id == single.Entries[e].Id).OrderBy(c => c.Chunk).ToList();
            if (used.FirstOrDefault(c => c.DecidesEntry) is { } decider) used = used.TakeWhile(c => c != decider).Append(decider).ToList();
            Assert.Equal(Math.Round(used.Sum(c => c.ElapsedMs), 1), mine[$"entries/{e}/elapsedMs"].GetDouble(), 9);
            mine.Remove($"entries/{e}/elapsedMs");
            theirs.Remove($"entries/{e}/elapsedMs");
        }
        mine.Remove("elapsedSeconds");
        theirs.Remove("elapsedSeconds");
        Assert.Equal(theirs.Keys.Order(), mine.Keys.Order());
        foreach (var (path, value) in theirs)
            Assert.True(value.GetRawText() == mine[path].GetRawText(), $"{path}: merged {mine[path]}, single run {value}");
    }

    [Fact]
    public void OneShardOfADefaultRunIsRefused()
    {
        // At the default budget every entry is one chunk: the missing shard drops whole entries, not chunks.
        var entries = TheoremCatalogue.Select(["L2", "T1.2", "P1.1", "T2.1"]);
        var run = new CheckRun(entries, new RunSettings(RunSettings.DefaultMaxTest, 5), new Shard(1, 2));
        string file = TempFiles.Write(JsonFormat.Serialize(run.Report(run.Units.Select(u => run.Run(u)).ToList(), 0, null, false)), "merge");
        Assert.False(ShardMerge.TryMerge([file], out _, out var problem));
        Assert.Contains("shard 2/2 of the run is missing", problem);
    }
}
