using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;
using Spectre.Console;

namespace RlaifTheorems.Cli.Check;

/// <summary><c>check --deep</c>: the deep profile (<see cref="DeepProfile"/>), every THEOREM over latent value models at
/// d = 64 … 1024 or the dimensions asked for; an entry passes when no case fails and some case met its hypothesis.</summary>
public static class DeepHandler
{
    /// <summary>Runs the profile; exit 0 when every entry passed, 1 otherwise, 2 on bad usage, 130 when <paramref name="interrupt"/>
    /// (by default Ctrl-C or SIGTERM) is requested.</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int casesPerDimension, ulong? seed, string? jsonPath, bool quiet, IReadOnlyList<int> dimensions, Interrupt? interrupt = null)
    {
        if (!EntrySelection.TrySelect(prefixes, out var selected, out var unknown)) return Say.Usage("check", unknown!);
        if (ReportOutput.Check("check", jsonPath) is int bad) return bad;
        var entries = DeepProfile.Entries(selected).ToList();
        if (entries.Count == 0) return Say.Usage("check --deep", "none of the selected entries is a THEOREM over latent value models");
        var settings = RunSettings.ForEnvironment(casesPerDimension, seed);
        Console.Error.WriteLine($"check --deep: {entries.Count} THEOREMs × d ∈ {{{string.Join(", ", dimensions)}}}, {casesPerDimension} cases each, seed {settings.Seed}");
        var results = new List<DeepProfile.Result>();
        // Stryker disable once Conditional : a listener made although an interrupt is given is never read (the given one decides)
        // and is disposed with the run; only a signal could reach it, and the command line always passes none.
        using var listening = interrupt is null ? new Interrupt() : null;
        interrupt ??= listening!;
        foreach (var entry in entries)
            foreach (int d in dimensions)
            {
                if (interrupt.Requested) break;
                if (!quiet) Console.Error.Write($"  {entry.Id,-5} d = {d,4} … ");
                var r = DeepProfile.Run(entry, d, casesPerDimension, settings);
                results.Add(r);
                if (!quiet) Console.Error.WriteLine($"{(r.Passed ? "holds" : r.Vacuous ? "no case met the hypothesis" : "FAILED")} ({r.HypothesisCases}/{r.Cases} met the hypothesis, {r.Seconds:F1} s)");
            }
        var report = new DeepReport(settings.Seed, casesPerDimension, dimensions, results) { Interrupted = interrupt.Requested };
        var byEntry = report.ByEntry();
        var table = new Table().Border(TableBorder.Simple).AddColumns("ID", "d", "cases", "hypothesis", "verdict", "time (s)");
        foreach (var r in results)
            table.AddRow(r.Id, r.Dimension.ToString(), r.Cases.ToString(), r.HypothesisCases.ToString(),
                Markup.Escape(r.Passed ? "holds" : r.Vacuous ? "no hypothesis case" : "FAILED: " + r.Message), r.Seconds.ToString("F1"));
        Tables.Write(table, 160);
        foreach (var r in results.Where(r => !r.Passed && !r.Vacuous))
            Console.WriteLine($"FAILED {r.Id} at d = {r.Dimension}: {r.Message}");
        Console.WriteLine($"check --deep: {byEntry.Count(e => !e.Failed)} of {byEntry.Count} THEOREMs hold at every d{(interrupt.Requested ? " that ran" : "")} ({results.Sum(r => r.Cases)} cases, seed {settings.Seed}{(interrupt.Requested ? "; interrupted" : "")})");
        if (jsonPath is not null && !ReportOutput.Write("check", jsonPath, report)) return ExitCodes.Usage;
        return interrupt.Requested ? ExitCodes.Interrupted : byEntry.Any(e => e.Failed) ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
