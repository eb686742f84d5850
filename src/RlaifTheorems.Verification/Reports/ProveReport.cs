using RlaifTheorems.Formal.Proving;

namespace RlaifTheorems.Verification.Reports;

/// <summary>The report of <c>prove</c>: the suite's version, the per-query budget, every entry's verdict with its queries, and the
/// second verdict from the Coq development (null when Coq was not run, with the reason in <paramref name="CoqSkipped"/>).</summary>
public sealed record ProveReport(string SuiteVersion, int PerQuerySeconds, IReadOnlyList<FormalVerdict> Entries, IReadOnlyList<CoqVerdict>? Coq = null,
    string? CoqSkipped = null)
{
    /// <summary>Per entry, the clauses no query covers: z3's verdict is about the encoded parts only.</summary>
    public IReadOnlyDictionary<string, string[]>? NotEncoded { get; init; }
}
