namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// One entry of the SPEC's catalogue: its stable ID, status, a name that says what it concludes, the statement in
/// one sentence, and a property that checks it.
/// </summary>
public abstract class CatalogueEntry
{
    /// <summary>Stable SPEC ID (L1, T1.2, P3.1, …).</summary>
    public string Id { get; }
    /// <summary>THEOREM, LAW or PROBE.</summary>
    public EntryKind Kind { get; }
    /// <summary>What the statement concludes, mathlib-style (e.g. CeilingBoundsEveryDirection).</summary>
    public string Name { get; }
    /// <summary>The statement in one sentence; for a PROBE, the plausible claim that is false.</summary>
    public string Statement { get; }
    /// <summary>For a PROBE: the dimensions its counterexample must shrink to (SPEC); null where the SPEC names none.</summary>
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

    /// <summary>Runs the property under <paramref name="settings"/>; with <paramref name="replay"/>, just that one case.</summary>
    public abstract EntryResult Run(RunSettings settings, ReplayData? replay = null);

    /// <summary>Evaluates the property on one case of type <see cref="CaseType"/>.</summary>
    public abstract CaseOutcome Evaluate(object @case);

    /// <summary>The number of cases a run always takes (a LAW, whose false-alarm budget is split over them), or null when
    /// the run's case count applies.</summary>
    public abstract int? FixedCases { get; }
}
