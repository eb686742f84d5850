using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Corpus;
using RlaifTheorems.Catalogue.Running;
using Spectre.Console;

namespace RlaifTheorems.Cli;

/// <summary><c>check --deep</c>: the deep profile (<see cref="DeepProfile"/>), every THEOREM over latent value models at
/// d = 64 … 1024; an entry passes when no case fails and some case met its hypothesis.</summary>
public static class DeepCommand
{
    /// <summary>Runs the profile; exit 0 when every entry passed, 1 otherwise, 130 when interrupted.</summary>
    public static int Run(IReadOnlyList<CatalogueEntry> selected, int casesPerDimension, ulong? seed, string? jsonPath, bool quiet)
    {
        var entries = DeepProfile.Entries(selected).ToList();
        if (entries.Count == 0)
        {
            Console.Error.WriteLine("check --deep: none of the selected entries is a THEOREM over latent value models");
            return 2;
        }
        var settings = RunSettings.ForEnvironment(casesPerDimension, seed);
        Console.Error.WriteLine($"check --deep: {entries.Count} THEOREMs × d ∈ {{{string.Join(", ", DeepProfile.Dimensions)}}}, {casesPerDimension} cases each, seed {settings.Seed}");
        var results = new List<DeepProfile.Result>();
        using var interrupt = new Interrupt();
        foreach (var entry in entries)
            foreach (int d in DeepProfile.Dimensions)
            {
                if (interrupt.Requested) break;
                if (!quiet) Console.Error.Write($"  {entry.Id,-5} d = {d,4} … ");
                var r = DeepProfile.Run(entry, d, casesPerDimension, settings);
                results.Add(r);
                if (!quiet) Console.Error.WriteLine($"{(r.Passed ? "holds" : r.Message!.StartsWith("vacuous") ? "no case met the hypothesis" : "FAILED")} ({r.HypothesisCases}/{r.Cases} met the hypothesis, {r.Seconds:F1} s)");
            }
        // An entry fails on a failing case; a (entry, d) with no case meeting the hypothesis counts only if no d had one.
        var byEntry = results.GroupBy(r => r.Id).Select(g => (Id: g.Key, Failed: g.Any(r => !r.Passed && !r.Message!.StartsWith("vacuous")) || g.Sum(r => r.HypothesisCases) == 0)).ToList();
        var table = new Table().Border(TableBorder.Simple).AddColumns("ID", "d", "cases", "hypothesis", "verdict", "time (s)");
        foreach (var r in results)
            table.AddRow(r.Id, r.Dimension.ToString(), r.Cases.ToString(), r.HypothesisCases.ToString(),
                Markup.Escape(r.Passed ? "holds" : r.Message!.StartsWith("vacuous") ? "no hypothesis case" : "FAILED: " + r.Message), r.Seconds.ToString("F1"));
        AnsiConsole.Write(table);
        foreach (var r in results.Where(r => !r.Passed && !r.Message!.StartsWith("vacuous")))
            Console.WriteLine($"FAILED {r.Id} at d = {r.Dimension}: {r.Message}");
        Console.WriteLine($"check --deep: {byEntry.Count(e => !e.Failed)} of {byEntry.Count} THEOREMs hold at every d ({results.Sum(r => r.Cases)} cases, seed {settings.Seed}{(interrupt.Requested ? "; interrupted" : "")})");
        if (jsonPath is not null) File.WriteAllText(jsonPath, JsonFormat.Serialize(new { settings.Seed, CasesPerDimension = casesPerDimension, DeepProfile.Dimensions, Results = results }));
        return interrupt.Requested ? Interrupt.ExitCode : byEntry.Any(e => e.Failed) ? 1 : 0;
    }
}
