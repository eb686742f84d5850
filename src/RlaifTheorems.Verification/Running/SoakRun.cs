using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Verification.Running;

/// <summary>One soak round: its master seed, the IDs that did not pass, and whether every selected entry ran to its budget
/// (false for the round an interrupt cut short).</summary>
public sealed record SoakRound(int Index, ulong Seed, IReadOnlyList<string> Failed)
{
    /// <summary>Whether every selected entry ran to its budget in this round.</summary>
    public bool Complete { get; init; } = true;
}

/// <summary>The report of <c>check --soak</c>: every round run (a shard's own rounds when <see cref="Shard"/> is set), the
/// entries selected, and whether the soak was interrupted.</summary>
public sealed record SoakReport(string SuiteVersion, ulong Seed, int Rounds, int MaxTest, double ElapsedSeconds, IReadOnlyList<SoakRound> Results, bool Interrupted)
{
    /// <summary>The shard "i/n" this report holds (rounds k with k mod n = i − 1, k from 0), or null for a whole soak.</summary>
    public string? Shard { get; init; }

    /// <summary>The IDs of the selected entries, in catalogue order.</summary>
    public IReadOnlyList<string>? Selection { get; init; }
}

/// <summary>
/// <c>check --soak N</c>: the selected entries N times, each round under its own master seed, so that a property that fails on
/// one seed in a hundred shows up before a user meets it. Round k's seed is the k-th SplitMix64 output from the soak's seed,
/// so a soak is reproducible and each failure replays with a plain <c>check</c> under that seed.
/// </summary>
public sealed class SoakRun(IReadOnlyList<CatalogueEntry> entries, int rounds, int maxTest, ulong seed, Shard? shard = null)
{
    /// <summary>The shard of the soak this run covers, or null for all of it.</summary>
    public Shard? Shard { get; } = shard;

    /// <summary>The rounds this run covers (k from 0): all, or a shard's, every n-th.</summary>
    public IEnumerable<int> RoundIndices => Enumerable.Range(0, Rounds).Where(k => Shard is null || k % Shard.Count == Shard.Index - 1);

    /// <summary>The selected entries.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; } = entries;

    /// <summary>How many rounds.</summary>
    public int Rounds { get; } = rounds;

    /// <summary>The soak's seed.</summary>
    public ulong Seed { get; } = seed;

    /// <summary>Round k's master seed (k from 0).</summary>
    public static ulong RoundSeed(ulong seed, int k) => SplitMix64.At(seed, k) & long.MaxValue;

    /// <summary>Round k's settings.</summary>
    public RunSettings RoundSettings(int k) => new(maxTest, RoundSeed(Seed, k));

    /// <summary>Runs round k; <paramref name="failed"/> hears of each entry that did not pass, with its result. Stops after the
    /// chunk under way once <paramref name="cancel"/> is signalled (an interrupted entry is not a failure).</summary>
    public SoakRound RunRound(int k, CancellationToken cancel, Action<CatalogueEntry, EntryResult>? failed = null)
    {
        var settings = RoundSettings(k);
        var ids = new List<string>();
        int whole = 0;
        foreach (var entry in Entries)
        {
            if (cancel.IsCancellationRequested) break;
            var result = entry.Run(settings, cancel: cancel);
            if (!result.Interrupted) whole++;
            if (result.Passed || result.Interrupted) continue;
            ids.Add(entry.Id);
            failed?.Invoke(entry, result);
        }
        return new SoakRound(k + 1, settings.Seed, ids) { Complete = whole == Entries.Count };
    }

    /// <summary>The report of the finished <paramref name="results"/>.</summary>
    public SoakReport Report(IReadOnlyList<SoakRound> results, double elapsedSeconds, bool interrupted) =>
        new(TheoremCatalogue.SuiteVersion, Seed, Rounds, maxTest, elapsedSeconds, results, interrupted)
            { Shard = Shard?.ToString(), Selection = Entries.Select(e => e.Id).ToList() };
}
