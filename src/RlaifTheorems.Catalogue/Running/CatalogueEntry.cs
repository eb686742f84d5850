namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// One entry of the THEORY's catalogue: its stable ID, status, a name that says what it concludes, the statement in
/// one sentence, and a property that checks it.
/// </summary>
public abstract class CatalogueEntry
{
    /// <summary>Stable THEORY ID (L1, T1.2, P3.1, …).</summary>
    public string Id { get; }
    /// <summary>THEOREM, LAW or PROBE.</summary>
    public EntryKind Kind { get; }
    /// <summary>What the statement concludes, mathlib-style (e.g. CeilingBoundsEveryDirection).</summary>
    public string Name { get; }
    /// <summary>The statement in one sentence; for a PROBE, the plausible claim that is false.</summary>
    public string Statement { get; }
    /// <summary>For a PROBE: the dimensions its counterexample must shrink to (THEORY); null where the THEORY names none.</summary>
    public Dimensions? ShrinksTo { get; }

    /// <summary>Creates the entry.</summary>
    protected CatalogueEntry(string id, EntryKind kind, string name, string statement, Dimensions? shrinksTo)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Statement = statement;
        ShrinksTo = shrinksTo;
    }

    /// <summary>The type of the entry's cases (for reading a counterexample back from JSON).</summary>
    public abstract Type CaseType { get; }

    /// <summary>
    /// Cases per chunk: a run of N cases is ⌈N / ChunkSize⌉ chunks, chunk j with a seed of its own (derived from the master
    /// seed, the ID and j), so a run can be split across machines (<c>check --shard i/n</c>) without changing a single case.
    /// A LAW, whose false-alarm budget is split over its fixed cases, is one chunk.
    /// </summary>
    public const int ChunkSize = RunSettings.DefaultMaxTest;

    /// <summary>How many chunks a run under <paramref name="settings"/> has.</summary>
    public int ChunkCount(RunSettings settings) => FixedCases is not null ? 1 : (settings.MaxTest + ChunkSize - 1) / ChunkSize;

    /// <summary>How many cases chunk <paramref name="chunk"/> of a run under <paramref name="settings"/> runs (all of them
    /// unless a failure or a PROBE's refutation stops it early).</summary>
    public int ChunkCases(RunSettings settings, int chunk) => FixedCases ?? Math.Min(ChunkSize, settings.MaxTest - chunk * ChunkSize);

    /// <summary>The FsCheck seed and (odd) gamma of chunk <paramref name="chunk"/> under <paramref name="settings"/>: those of the key
    /// ID for chunk 0 (a run of one chunk is seeded as the entry itself) and ID#j for chunk j (<see cref="RunSettings.SeedsFor"/>).</summary>
    public (ulong Seed, ulong Gamma) ChunkSeeds(RunSettings settings, int chunk) => settings.SeedsFor(chunk == 0 ? Id : $"{Id}#{chunk}");

    /// <summary>Runs chunk <paramref name="chunk"/> of a run under <paramref name="settings"/>, a partial result that
    /// <see cref="EntryResult.Combine"/> folds with the others; with <paramref name="replay"/>, just that one case.</summary>
    public abstract EntryResult RunChunk(RunSettings settings, int chunk, ReplayData? replay = null);

    /// <summary>Runs the property under <paramref name="settings"/>: its chunks in order until one decides the entry (a
    /// THEOREM or LAW fails, a PROBE is refuted); with <paramref name="replay"/>, just that one case. After each chunk
    /// <paramref name="progress"/> receives the cases run so far. When <paramref name="cancel"/> is signalled the chunk under
    /// way finishes and the run stops there: the result covers the finished chunks and is marked <see cref="EntryResult.Interrupted"/>.</summary>
    public EntryResult Run(RunSettings settings, ReplayData? replay = null, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        if (replay is not null) return EntryResult.Combine(new[] { RunChunk(settings, 0, replay) });
        var chunks = new List<EntryResult>();
        int total = ChunkCount(settings), cases = 0;
        for (int j = 0; j < total; j++)
        {
            if (j > 0 && cancel.IsCancellationRequested) break;
            chunks.Add(RunChunk(settings, j));
            cases += chunks[^1].Cases;
            progress?.Report(cases);
            if (chunks[^1].DecidesEntry) break;
        }
        if (chunks.Count == total || chunks[^1].DecidesEntry) return EntryResult.Combine(chunks);
        var partial = EntryResult.Combine(chunks.Select(c => c with { Chunks = chunks.Count }));
        return partial with
        {
            Chunks = total, Interrupted = true,
            Message = $"interrupted after {partial.Cases} of {settings.MaxTest} cases{(partial.Message is null ? "" : ": " + partial.Message)}",
        };
    }

    /// <summary>Evaluates the property on one case of type <see cref="CaseType"/>.</summary>
    public abstract CaseOutcome Evaluate(object @case);

    /// <summary>The number of cases a run always takes (a LAW, whose false-alarm budget is split over them), or null when
    /// the run's case count applies.</summary>
    public abstract int? FixedCases { get; }
}
