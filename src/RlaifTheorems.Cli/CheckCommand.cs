using System.Diagnostics;
using RlaifTheorems.Catalogue.Corpus;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using Spectre.Console;

namespace RlaifTheorems.Cli;

/// <summary>
/// <c>check</c>: runs the catalogue (optionally filtered by ID prefix), shows progress on standard error, prints a
/// table, optionally writes a JSON report, and exits 1 if any THEOREM or LAW fails or any PROBE is not refuted.
/// </summary>
public static class CheckCommand
{
    /// <summary>Runs the selected entries; with <paramref name="counterexampleDirectory"/>, writes each refuted PROBE's shrunk
    /// counterexample there as <c>&lt;ID&gt;.json</c>. Returns the process exit code.</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int maxTest, ulong? seed, string? jsonPath, bool quiet, string? counterexampleDirectory)
    {
        var entries = TheoremCatalogue.Select(prefixes);
        if (entries.Count == 0)
        {
            Console.Error.WriteLine($"check: no catalogue entry starts with {string.Join(" or ", prefixes)}; IDs are {string.Join(", ", TheoremCatalogue.All.Select(e => e.Id))}");
            return 2;
        }
        var settings = RunSettings.ForEnvironment(maxTest, seed);
        Console.Error.WriteLine($"check: {entries.Count} entries, {settings.MaxTest} cases each (LAWs use their own), seed {settings.Seed}{(RunSettings.IsCi ? " (CI profile)" : "")}");
        var clock = Stopwatch.StartNew();
        var results = new List<EntryResult>();
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            if (!quiet) Console.Error.Write($"[{i + 1}/{entries.Count}] {entry.Id,-5} {entry.Name} … ");
            var result = entry.Run(settings);
            results.Add(result);
            if (!quiet) Console.Error.WriteLine($"{result.Verdict.ToString().ToLowerInvariant()} ({result.ElapsedMs / 1000:F1} s)");
        }
        clock.Stop();

        PrintTable(results);
        int failed = results.Count(r => !r.Passed);
        foreach (var r in results.Where(r => !r.Passed))
            Console.WriteLine($"FAILED {r.Id}: {r.Message}\n  replay: check {r.Id} --seed {settings.Seed} --max-test {settings.MaxTest}" +
                              (r.Counterexample is null ? "" : $"\n  shrunk case: {r.Counterexample}"));
        Console.WriteLine($"check: {results.Count - failed} passed, {failed} failed");
        Console.WriteLine($"({clock.Elapsed.TotalSeconds:F1} s, seed {settings.Seed}; replay with --seed {settings.Seed} --max-test {settings.MaxTest})");

        if (counterexampleDirectory is not null)
        {
            Directory.CreateDirectory(counterexampleDirectory);
            foreach (var r in results.Where(r => r.Kind == EntryKind.Probe && r.Verdict == Verdict.Refuted))
            {
                string path = Path.Combine(counterexampleDirectory, r.Id + ".json");
                CounterexampleFile.From(r, TheoremCatalogue.SuiteVersion).Write(path);
                Console.Error.WriteLine($"check: wrote {path} ({r.ShrunkDimensions}, violation {r.Violation:G4})");
            }
        }

        if (jsonPath is not null)
        {
            var report = new CheckReport(TheoremCatalogue.SuiteVersion, settings.Seed, settings.MaxTest, RunSettings.IsCi, clock.Elapsed.TotalSeconds, results);
            File.WriteAllText(jsonPath, JsonFormat.Serialize(report));
            Console.Error.WriteLine($"check: report written to {jsonPath}");
        }
        return failed == 0 ? 0 : 1;
    }

    private static void PrintTable(IReadOnlyList<EntryResult> results)
    {
        if (Console.IsOutputRedirected)
        {
            // Piped or in CI: plain text, wide enough that no cell wraps.
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
            AnsiConsole.Profile.Width = 160;
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("ID", "status", "verdict", "cases", "hypothesis", "min slack", "time (s)", "name");
        foreach (var r in results)
            table.AddRow(
                Markup.Escape(r.Id),
                r.Kind.ToString().ToUpperInvariant(),
                r.Passed ? $"[green]{r.Verdict.ToString().ToLowerInvariant()}[/]" : $"[red]{r.Verdict.ToString().ToLowerInvariant()}[/]",
                r.Cases.ToString(),
                r.HypothesisCases.ToString(),
                r.Kind == EntryKind.Probe ? (r.Violation is { } v ? $"violation {v:G3}" : "-") : r.MinSlack?.ToString("G3") ?? "-",
                (r.ElapsedMs / 1000).ToString("F2"),
                Markup.Escape(r.Name));
        AnsiConsole.Write(table);
    }
}
