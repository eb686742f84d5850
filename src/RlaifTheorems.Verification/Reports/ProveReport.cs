using RlaifTheorems.Formal.Proving;

namespace RlaifTheorems.Verification.Reports;

/// <summary>The report of <c>prove</c>: the suite's version, the per-query budget and every entry's verdict with its queries.</summary>
public sealed record ProveReport(string SuiteVersion, int PerQuerySeconds, IReadOnlyList<FormalVerdict> Entries);
