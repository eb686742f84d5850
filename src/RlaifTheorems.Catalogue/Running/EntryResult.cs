namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// The result of one catalogue entry, as printed by <c>check</c> and written to its JSON report.
/// <see cref="MinSlack"/> is null when no case met the hypothesis, and <see cref="Tightest"/> names the part and case it came from;
/// <see cref="Law"/> is a LAW's evidence (sample size, estimate, exact value, bound) for its tightest check; <see cref="Counterexample"/> is the shrunk case
/// (plain numbers) of a refuted PROBE or a failed THEOREM.
/// </summary>
public sealed record EntryResult(
    string Id,
    string Name,
    EntryKind Kind,
    string Statement,
    Verdict Verdict,
    int Cases,
    int HypothesisCases,
    double? MinSlack,
    string? Tightest,
    LawEvidence? Law,
    double? FalseAlarmRate,
    ulong Seed,
    ulong Gamma,
    double ElapsedMs,
    string? Message,
    object? Counterexample,
    double? Violation,
    int Shrinks,
    Dimensions? ShrunkDimensions,
    ReplayData? Replay)
{
    /// <summary>True when the verdict is the one the entry's kind asks for (THEOREM/LAW hold, PROBE refuted).</summary>
    public bool Passed => Kind == EntryKind.Probe ? Verdict == Verdict.Refuted : Verdict == Verdict.Holds;
}
