using System.Diagnostics;
using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Corpus;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Cli;

/// <summary>
/// <c>check --soak N</c>: the selected entries N times, each round under its own master seed, so that a property that fails on
/// one seed in a hundred shows up before a user meets it. Round k's seed is derived from the soak's seed and k (SplitMix64),
/// so a soak is reproducible and each failure prints the plain <c>check</c> command that replays it.
/// </summary>
public static class Soak
{
    /// <summary>One round: its master seed and the IDs that did not pass.</summary>
    public sealed record Round(int Index, ulong Seed, IReadOnlyList<string> Failed);

    /// <summary>The soak's report.</summary>
    public sealed record SoakReport(string SuiteVersion, ulong Seed, int Rounds, int MaxTest, double ElapsedSeconds, IReadOnlyList<Round> Results, bool Interrupted);

    /// <summary>Round k's master seed.</summary>
    public static ulong RoundSeed(ulong seed, int k)
    {
        ulong z = seed + 0x9E3779B97F4A7C15UL * (ulong)(k + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (z ^ (z >> 31)) & long.MaxValue;
    }

    /// <summary>Runs the soak; exit 0 when every round passed, 1 when one failed, 130 when interrupted.</summary>
    public static int Run(IReadOnlyList<CatalogueEntry> entries, int rounds, int maxTest, ulong? seed, string? jsonPath, bool quiet)
    {
        ulong master = seed ?? RunSettings.ForEnvironment(maxTest).Seed;
        Console.Error.WriteLine($"check --soak: {rounds} rounds of {entries.Count} entries, {maxTest} cases each, soak seed {master}");
        var clock = Stopwatch.StartNew();
        var results = new List<Round>();
        using var interrupt = new Interrupt();
        for (int k = 0; k < rounds && !interrupt.Requested; k++)
        {
            var settings = new RunSettings(maxTest, RoundSeed(master, k));
            var failed = new List<string>();
            foreach (var entry in entries)
            {
                if (interrupt.Requested) break;
                var result = entry.Run(settings, cancel: interrupt.Token);
                if (!result.Passed && !result.Interrupted)
                {
                    failed.Add(entry.Id);
                    Console.Error.WriteLine($"soak: round {k + 1} FAILED {entry.Id}: {result.Message}\n  replay: check {entry.Id} --seed {settings.Seed} --max-test {maxTest}");
                }
            }
            results.Add(new Round(k + 1, settings.Seed, failed));
            if (!quiet) Console.Error.WriteLine($"soak: round {k + 1}/{rounds} (seed {settings.Seed}): {entries.Count - failed.Count}/{entries.Count} passed ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        var report = new SoakReport(TheoremCatalogue.SuiteVersion, master, rounds, maxTest, clock.Elapsed.TotalSeconds, results, interrupt.Requested);
        int failures = results.Sum(r => r.Failed.Count);
        Console.WriteLine($"check --soak: {results.Count} rounds, {results.Count(r => r.Failed.Count == 0)} passed every entry, {failures} failures" +
                          $" ({clock.Elapsed.TotalSeconds:F0} s, soak seed {master}{(interrupt.Requested ? "; interrupted" : "")})");
        if (jsonPath is not null)
        {
            try { File.WriteAllText(jsonPath, JsonFormat.Serialize(report)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"check: --json {jsonPath} could not be written ({e.Message}); the report follows");
                Console.WriteLine(JsonSerializer.Serialize(report, JsonFormat.Options));
                return 2;
            }
        }
        return interrupt.Requested ? Interrupt.ExitCode : failures == 0 ? 0 : 1;
    }
}
