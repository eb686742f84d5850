using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Verification.Reports;

/// <summary>
/// The JSON report of <c>check --json</c>: the run's settings and one <see cref="EntryResult"/> per catalogue entry, each with at
/// least <c>id</c>, <c>kind</c> (theorem|law|probe), <c>verdict</c> (holds|refuted|failed), <c>passed</c>, <c>cases</c>,
/// <c>hypothesisCases</c>, <c>seed</c>, for a LAW its <c>law</c> evidence and <c>falseAlarmRate</c>, and for a refuted PROBE (or a
/// failed THEOREM) the shrunk <c>counterexample</c> as plain numbers with its <c>replay</c> data. A shard's report (<c>shard</c>
/// "i/n") holds one partial result per chunk it ran (<c>chunk</c>, <c>chunks</c>), which <c>check merge</c> combines.
/// <c>formal</c> gives, per entry, the SMT solver's verdict at the cheapest shape of each of its statements (proven, refuted,
/// unknown, not expressible with the reason, or failed), beside the random verdict.
/// </summary>
public sealed record CheckReport(string SuiteVersion, ulong Seed, int MaxTest, bool Ci, double ElapsedSeconds, IReadOnlyList<EntryResult> Entries, string? Shard = null,
    IReadOnlyList<RlaifTheorems.Formal.Proving.FormalVerdict>? Formal = null)
{
    /// <summary>True when the run was interrupted (Ctrl-C, SIGTERM): the entries listed are those that finished, the last possibly
    /// partial (its own <c>interrupted</c> flag says so).</summary>
    public bool Interrupted { get; init; }

    /// <summary>The second formal verdict per entry, from Coq in this run (null when Coq was not asked; see <see cref="CoqSkipped"/>).</summary>
    public IReadOnlyList<CoqVerdict>? Coq { get; init; }

    /// <summary>Why the run has no Coq verdicts, when it has none.</summary>
    public string? CoqSkipped { get; init; }

    /// <summary>The IDs of the entries the run selected, in catalogue order: what a merge checks its shards against.</summary>
    public IReadOnlyList<string>? Selection { get; init; }
}
