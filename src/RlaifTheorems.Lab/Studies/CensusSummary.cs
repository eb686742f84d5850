using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>The census over a run (THEORY R4): Benjamini–Hochberg at q = 0.05 over the sign tests of A(d_c), Δ and s(c) of every
/// constitution of the run together, then each family's rates with Wilson intervals, on the items, on the decided predictions and
/// on the three controls.</summary>
public static class CensusSummary
{
    /// <summary>The false-discovery rate.</summary>
    public const double FalseDiscoveryRate = 0.05;

    /// <summary>The results with their decided flags set by one Benjamini–Hochberg procedure over all of them.</summary>
    public static List<ConstitutionResult> Decide(IReadOnlyList<ConstitutionResult> results)
    {
        var p = results.SelectMany(r => new[] { r.Estimates.JudgeAlignment.P, r.Estimates.Gap.P, r.Estimates.Slope.P }).ToArray();
        var rejected = FalseDiscovery.Reject(p, FalseDiscoveryRate);
        return results.Select((r, k) => r with
        {
            JudgeAlignmentDecided = rejected[3 * k],
            GapDecided = rejected[3 * k + 1],
            SlopeDecided = rejected[3 * k + 2],
        }).ToList();
    }

    /// <summary>One row per encoder, lexicon and family, in the order the results first name them.</summary>
    public static List<CensusResult> Rows(IReadOnlyList<ConstitutionResult> decided) =>
        decided.GroupBy(r => (r.Encoder, r.Lexicon, r.Family)).Select(g =>
        {
            var rows = g.ToList();
            return new CensusResult(g.Key.Encoder, g.Key.Lexicon, g.Key.Family, rows.Count,
                Theorem(rows, j => j.StrongHolds, r => r.StrongDecided),
                Theorem(rows, j => j.MonotoneHolds, r => r.MonotoneDecided),
                Theorem(rows, j => j.ValueHolds, r => r.ValueDecided));
        }).ToList();

    private static TheoremCensus Theorem(List<ConstitutionResult> rows, Func<CensusJudgment, bool?> holds, Func<ConstitutionResult, bool> decided) => new(
        Rate(rows.Select(r => holds(r.Items))),
        Rate(rows.Where(decided).Select(r => holds(r.Items))),
        Rate(rows.Select(r => holds(r.WithWords ?? r.Items))),
        Rate(rows.Select(r => r.Gaussian is null ? null : holds(r.Gaussian))),
        Rate(rows.Select(r => r.Permuted is null ? null : holds(r.Permuted))));

    /// <summary>Held of judged (null verdicts are not judged) with the Wilson interval.</summary>
    public static CensusRate Rate(IEnumerable<bool?> verdicts)
    {
        int held = 0, judged = 0;
        foreach (var v in verdicts)
            if (v is bool b) { judged++; if (b) held++; }
        var interval = WilsonInterval.Of(held, judged);
        return new CensusRate(held, judged, interval?.Low, interval?.High);
    }
}
