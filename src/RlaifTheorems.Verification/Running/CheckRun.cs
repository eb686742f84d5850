using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Verification.Running;

/// <summary>
/// One <c>check</c> run: the selected entries under one <see cref="RunSettings"/>, whole (<see cref="Shard"/> null) or as one
/// shard's chunks (<see cref="Running.Shard.Units"/>). The caller runs <see cref="Units"/> one by one, showing progress and
/// stopping when interrupted, then builds the <see cref="Report"/>.
/// </summary>
public sealed class CheckRun(IReadOnlyList<CatalogueEntry> entries, RunSettings settings, Shard? shard = null)
{
    /// <summary>The selected entries.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; } = entries;

    /// <summary>The run's settings.</summary>
    public RunSettings Settings { get; } = settings;

    /// <summary>The shard, or null for a whole run.</summary>
    public Shard? Shard { get; } = shard;

    /// <summary>What this run computes, in catalogue order.</summary>
    public IReadOnlyList<CheckUnit> Units { get; } = shard is null
        ? entries.Select(e => new CheckUnit(e, null)).ToList()
        : shard.Units(entries, settings).Select(u => new CheckUnit(u.Entry, u.Chunk)).ToList();

    /// <summary>Runs one unit; a whole entry reports its cases to <paramref name="progress"/> after each chunk and stops after the
    /// chunk under way once <paramref name="cancel"/> is signalled.</summary>
    public EntryResult Run(CheckUnit unit, IProgress<int>? progress = null, CancellationToken cancel = default) =>
        unit.Chunk is int chunk ? unit.Entry.RunChunk(Settings, chunk) : unit.Entry.Run(Settings, progress: progress, cancel: cancel);

    /// <summary>The report of the finished <paramref name="results"/>, with the formal column when given.</summary>
    public CheckReport Report(IReadOnlyList<EntryResult> results, double elapsedSeconds, IReadOnlyList<FormalVerdict>? formal, bool interrupted) =>
        new(TheoremCatalogue.SuiteVersion, Settings.Seed, Settings.MaxTest, RunSettings.IsCi, elapsedSeconds, results, Shard?.ToString(), formal)
            { Interrupted = interrupted, Selection = Entries.Select(e => e.Id).ToList() };
}
