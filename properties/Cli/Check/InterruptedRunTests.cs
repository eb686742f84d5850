using System.Text.Json;
using System.Text.RegularExpressions;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Cli.Check;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// An interrupt (here requested at a chosen progress line, as a first Ctrl-C would be) stops a run after the chunk under way:
/// check, its shards, the soak and the deep profile each exit 130, say how far they got, mark the cut-short entry or round,
/// and write a report marked interrupted that holds exactly what finished.
/// </summary>
[Collection("Alone")]
public sealed class InterruptedRunTests
{
    private static JsonElement Report(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    [Fact]
    public void CheckReportsTheFinishedEntriesAndTheCutShortOne()
    {
        string json = TempFiles.Path("interrupted-check");
        using var interrupt = new Interrupt();
        var (code, output, error) = CliRun.Handler(
            () => CheckHandler.Run(["T1.2", "T2.1", "T2.5"], 3000, 5, json, quiet: false, null, formal: false, interrupt: interrupt),
            $"[2/3] T2.1  {TheoremCatalogue.Find("T2.1")!.Name} … ", interrupt.Request);
        Assert.Equal(ExitCodes.Interrupted, code);
        var report = Report(json);
        Assert.True(report.GetProperty("interrupted").GetBoolean());
        var entries = report.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["T1.2", "T2.1"], entries.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal((3000, false), (entries[0].GetProperty("cases").GetInt32(), entries[0].GetProperty("interrupted").GetBoolean()));
        // The second entry ran its first chunk under the request, then stopped.
        Assert.Equal((1000, true), (entries[1].GetProperty("cases").GetInt32(), entries[1].GetProperty("interrupted").GetBoolean()));

        var errors = CliRun.Lines(error);
        Assert.Contains("check: interrupt received; finishing the chunk under way, then writing what has finished (Ctrl-C again to abort)", errors);
        Assert.Contains("check: interrupted; 2 of 3 entries reported, the last after 1000 cases", errors);
        Assert.Contains($"check: report written to {json}", errors);
        Assert.Contains(errors, l => Regex.IsMatch(l, @"(^|… )interrupted \(\d+\.\d s\)$"));
        Assert.DoesNotContain(errors, l => l.StartsWith("[3/3]", StringComparison.Ordinal));
        var lines = CliRun.Lines(output);
        Assert.Equal("holds", CliRun.Row(lines.Single(l => CliRun.Row(l, "T1.2") is not null), "T1.2")![2]);
        Assert.Equal("holds so far (interrupted)", CliRun.Row(lines.Single(l => CliRun.Row(l, "T2.1") is not null), "T2.1")![2]);
        Assert.DoesNotContain(lines, l => CliRun.Row(l, "T2.5") is not null);
        // No summary: an interrupted run passes nothing.
        Assert.DoesNotContain(lines, l => l.StartsWith("check: ", StringComparison.Ordinal));
    }

    [Fact]
    public void AShardReportsItsFinishedChunksWhole()
    {
        string json = TempFiles.Path("interrupted-shard");
        using var interrupt = new Interrupt();
        var (code, output, error) = CliRun.Handler(
            () => CheckHandler.Run(["T1.2"], 5000, 5, json, quiet: false, null, new Shard(1, 2), formal: false, interrupt: interrupt),
            "[2/3]", interrupt.Request);
        Assert.Equal(ExitCodes.Interrupted, code);
        var report = Report(json);
        Assert.True(report.GetProperty("interrupted").GetBoolean());
        var chunks = report.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([0, 2], chunks.Select(c => c.GetProperty("chunk").GetInt32()));
        // A chunk is never cut: the one under way when the interrupt came finished whole.
        Assert.All(chunks, c => Assert.Equal((1000, false), (c.GetProperty("cases").GetInt32(), c.GetProperty("interrupted").GetBoolean())));
        Assert.Contains("check: interrupted; 2 of 3 chunks reported", CliRun.Lines(error));
        var lines = CliRun.Lines(output);
        Assert.Equal(["holds", "holds"], new[] { "T1.2#0", "T1.2#2" }.Select(id => CliRun.Row(lines.Single(l => CliRun.Row(l, id) is not null), id)![2]));
    }

    [Fact]
    public void ASoakCountsTheCutShortRoundAsNoPass()
    {
        string json = TempFiles.Path("interrupted-soak");
        using var interrupt = new Interrupt();
        // The request comes a fifth of a second into the first round, whose first entry has a million cases to run: the round
        // stops after that entry's chunk under way.
        var (code, output, error) = CliRun.Handler(
            () => SoakHandler.Run(["T1.2", "T2.1"], 3, 1_000_000, 7, json, quiet: false, interrupt: interrupt),
            "soak seed 7\n", () => Task.Delay(200).ContinueWith(_ => interrupt.Request()));
        Assert.Equal(ExitCodes.Interrupted, code);
        var report = Report(json);
        Assert.True(report.GetProperty("interrupted").GetBoolean());
        var round = Assert.Single(report.GetProperty("results").EnumerateArray());
        Assert.False(round.GetProperty("complete").GetBoolean());
        ulong seed = SoakRun.RoundSeed(7, 0);
        Assert.Contains(CliRun.Lines(error), l => Regex.IsMatch(l, $@"^soak: round 1/3 \(seed {seed}\) cut short by the interrupt, 0 failed before the stop \(\d+ s\)$"));
        Assert.Contains(CliRun.Lines(output), l => l.StartsWith("check --soak: 1 rounds (the last cut short), 0 passed every entry, 0 failures (", StringComparison.Ordinal)
                                               && l.EndsWith(" s, soak seed 7; interrupted)", StringComparison.Ordinal));
    }

    [Fact]
    public void ASoakInterruptedBetweenRoundsKeepsItsWholeRounds()
    {
        string json = TempFiles.Path("interrupted-soak-between");
        using var interrupt = new Interrupt();
        ulong seed = SoakRun.RoundSeed(7, 0);
        var (code, output, _) = CliRun.Handler(
            () => SoakHandler.Run(["T2.4"], 3, 200, 7, json, quiet: false, interrupt: interrupt),
            $"soak: round 1/3 (seed {seed}): 1/1 passed", interrupt.Request);
        Assert.Equal(ExitCodes.Interrupted, code);
        var round = Assert.Single(Report(json).GetProperty("results").EnumerateArray());
        Assert.True(round.GetProperty("complete").GetBoolean());
        Assert.Contains(CliRun.Lines(output), l => l.StartsWith("check --soak: 1 rounds, 1 passed every entry, 0 failures (", StringComparison.Ordinal)
                                               && l.EndsWith("; interrupted)", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDeepProfileReportsTheDimensionsThatFinished()
    {
        string json = TempFiles.Path("interrupted-deep");
        using var interrupt = new Interrupt();
        var (code, output, _) = CliRun.Handler(
            () => DeepHandler.Run(["T1.2", "T2.4"], 2, 3, json, quiet: false, [8, 16], interrupt),
            "  T1.2  d =   16 … ", interrupt.Request);
        Assert.Equal(ExitCodes.Interrupted, code);
        var report = Report(json);
        Assert.True(report.GetProperty("interrupted").GetBoolean());
        Assert.Equal(["T1.2@8", "T1.2@16"], report.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("id").GetString()}@{r.GetProperty("dimension").GetInt32()}"));
        int cases = report.GetProperty("results").EnumerateArray().Sum(r => r.GetProperty("cases").GetInt32());
        Assert.Contains($"check --deep: 1 of 1 THEOREMs hold at every d that ran ({cases} cases, seed 3; interrupted)", CliRun.Lines(output));
    }
}
