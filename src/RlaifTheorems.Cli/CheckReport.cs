using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Cli;

/// <summary>The JSON report of <c>check --json</c>: the run's settings and one <see cref="ReportEntry"/> per catalogue entry.</summary>
public sealed record CheckReport(string SuiteVersion, ulong Seed, int MaxTest, bool Ci, double ElapsedSeconds, IReadOnlyList<ReportEntry> Entries);

/// <summary>
/// One entry of the report: <c>id</c>, <c>kind</c> (theorem|law|probe), <c>verdict</c> (holds|refuted|failed), <c>cases</c>,
/// <c>hypothesisCases</c>, <c>seed</c>, for a LAW its <c>law</c> evidence (sample size, estimate, exact value, bound) and
/// <c>falseAlarmRate</c>, and for a refuted PROBE (or a failed THEOREM) the shrunk <c>counterexample</c>.
/// </summary>
public sealed record ReportEntry(
    string Id, string Name, EntryKind Kind, string Statement, Verdict Verdict, bool Passed,
    int Cases, int HypothesisCases, double? MinSlack, string? Tightest, LawEvidence? Law, double? FalseAlarmRate, ulong Seed, ulong Gamma, double ElapsedMs,
    string? Message, object? Counterexample, double? Violation, int Shrinks, Dimensions? ShrunkDimensions, ReplayData? Replay)
{
    /// <summary>The report entry of a result.</summary>
    public static ReportEntry From(EntryResult r) => new(
        r.Id, r.Name, r.Kind, r.Statement, r.Verdict, r.Passed, r.Cases, r.HypothesisCases, r.MinSlack, r.Tightest, r.Evidence, r.FalseAlarmRate, r.Seed, r.Gamma,
        Math.Round(r.ElapsedMs, 1), r.Message, r.Counterexample, r.Violation, r.Shrinks, r.ShrunkDimensions, r.Replay);
}
