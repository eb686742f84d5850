using System.Diagnostics;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Cli.Check;

/// <summary><c>check --soak N</c>: runs <see cref="SoakRun"/> with progress per round and a replay command per failure.</summary>
public static class SoakHandler
{
    /// <summary>Runs the soak; exit 0 when every round passed, 1 when one failed, 2 on bad usage, 130 when
    /// <paramref name="interrupt"/> (by default Ctrl-C or SIGTERM) is requested.</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int rounds, int maxTest, ulong? seed, string? jsonPath, bool quiet, Shard? shard = null, Interrupt? interrupt = null)
    {
        if (!EntrySelection.TrySelect(prefixes, out var entries, out var unknown)) return Say.Usage("check", unknown!);
        if (shard is not null && jsonPath is null) return Say.Usage("check", "a soak's shard writes a partial report for check merge: give --json FILE");
        if (shard is not null && seed is null && !RunSettings.IsCi) return Say.Usage("check", "a soak's shards must share one soak seed: give --seed S");
        if (ReportOutput.Check("check", jsonPath) is int bad) return bad;
        var soak = new SoakRun(entries, rounds, maxTest, seed ?? RunSettings.ForEnvironment(maxTest).Seed, shard);
        Console.Error.WriteLine($"check --soak: {rounds} rounds of {entries.Count} entries, {maxTest} cases each, soak seed {soak.Seed}{(shard is null ? "" : $", shard {shard}")}");
        var clock = Stopwatch.StartNew();
        var results = new List<SoakRound>();
        // Stryker disable once Conditional : a listener made although an interrupt is given is never read (the given one decides)
        // and is disposed with the run; only a signal could reach it, and the command line always passes none.
        using var listening = interrupt is null ? new Interrupt() : null;
        interrupt ??= listening!;
        foreach (int k in soak.RoundIndices)
        {
            if (interrupt.Requested) break;
            var round = soak.RunRound(k, interrupt.Token, (entry, result) =>
                Console.Error.WriteLine($"soak: round {k + 1} FAILED {entry.Id}: {result.Message}\n  replay: check {entry.Id} --seed {soak.RoundSettings(k).Seed} --max-test {maxTest}"));
            results.Add(round);
            if (!quiet) Console.Error.WriteLine(!round.Complete
                ? $"soak: round {k + 1}/{rounds} (seed {round.Seed}) cut short by the interrupt, {round.Failed.Count} failed before the stop ({clock.Elapsed.TotalSeconds:F0} s)"
                : $"soak: round {k + 1}/{rounds} (seed {round.Seed}): {entries.Count - round.Failed.Count}/{entries.Count} passed ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        var report = soak.Report(results, clock.Elapsed.TotalSeconds, interrupt.Requested);
        int failures = results.Sum(r => r.Failed.Count);
        int cut = results.Count(r => !r.Complete);
        Console.WriteLine($"check --soak: {results.Count} rounds{(cut > 0 ? " (the last cut short)" : "")}, {results.Count(r => r.Complete && r.Failed.Count == 0)} passed every entry, {failures} failures" +
                          $" ({clock.Elapsed.TotalSeconds:F0} s, soak seed {soak.Seed}{(interrupt.Requested ? "; interrupted" : "")})");
        if (jsonPath is not null && !ReportOutput.Write("check", jsonPath, report)) return ExitCodes.Usage;
        return interrupt.Requested ? ExitCodes.Interrupted : failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
