using System.Globalization;
using RlaifTheorems.Lab.Studies;

namespace RlaifTheorems.Cli.Lab;

/// <summary>A table of the lab's report as text cells: printed on the terminal (<see cref="LabTables"/>) and written as Markdown
/// (<see cref="LabMarkdown"/>) from the same cells, so the two never disagree.</summary>
public sealed record LabReportTable(string Title, string[] Header, List<string[]> Rows);

/// <summary>The lab report's tables, one per study: R1, the built-in constitutions (R2/R4), the census (R4), R3 and S1.</summary>
public static class LabReportTables
{
    /// <summary>Every table the report has rows for.</summary>
    public static List<LabReportTable> Of(LabReport report)
    {
        var tables = new List<LabReportTable>();
        if (report.Ceilings.Count > 0)
            tables.Add(new("R1 ceiling: ρ̂ (5-fold ridge) with 95% bootstrap intervals (predictions fixed; refitted: ρ̂ ± 1.96 se, resamples in parentheses), in-sample ρ, human noise ceiling",
                ["encoder", "lexicon", "items", "d", "ρ̂", "fixed", "refitted", "in-sample ρ", "noise ceiling", "ρ̂ at k = 1, 8, 64"],
                report.Ceilings.Select(c =>
                {
                    string Cv(int k) => c.Capacity.FirstOrDefault(p => p.K == k)?.CrossValidated is double v ? F(v) : "–";
                    return new[]
                    {
                        c.Encoder, c.Lexicon, c.Items.ToString(), c.Dimension.ToString(), F(c.Rho), $"[{F(c.Low)}, {F(c.High)}]",
                        c.RefitLow is double rl && c.RefitHigh is double rh ? $"[{F(rl)}, {F(rh)}] ({c.RefitResamples})" : "not run", F(c.InSample),
                        c.NoiseCeiling is double n ? F(n) : "n/a (one rating per item)", $"{Cv(1)}, {Cv(8)}, {Cv(64)}",
                    };
                }).ToList()));
        var builtIn = report.Constitutions.Where(c => c.Family is "built-in" or "supplied").ToList();
        if (builtIn.Count > 0)
            tables.Add(new("R2/R4 built-in and supplied constitutions, own words held out: estimates with 95% bootstrap intervals (* sign decided at FDR 5% over the run); " +
                    "predicted/observed on the grid to λ_max, in parentheses where not judged",
                ["encoder", "lexicon", "constitution", "held out", "A(d_c)", "Δ", "s", "λ_max", "T1.2 strong", "T1.3 monotone", "T1.4 EV"],
                builtIn.Select(c =>
                {
                    var j = c.Items;
                    return new[]
                    {
                        c.Encoder, c.Lexicon, c.Name, c.HeldOut.Count.ToString(), Estimate(c.Estimates.JudgeAlignment, c.JudgeAlignmentDecided),
                        Estimate(c.Estimates.Gap, c.GapDecided), Estimate(c.Estimates.Slope, c.SlopeDecided), F(j.MaxStrength),
                        Judged(j.StrongJudged, $"{Yes(j.PredictedStrong)}/{Yes(j.ObservedStrong)}"),
                        Judged(j.MonotoneJudged, $"{Yes(j.PredictedMonotone)}/{Yes(j.ObservedMonotone)}"),
                        Judged(j.ValueJudged, $"{j.PredictedValue}/{j.ObservedValue}"),
                    };
                }).ToList()));
        if (report.Census.Count > 0)
            tables.Add(new("R4 census: held/judged, rate and 95% Wilson interval (percent); on the items without the constitution's words, on those whose " +
                    "prediction's sign is decided (FDR 5% over the run), and on the three controls",
                ["encoder", "lexicon", "family", "n", "theorem", "items", "decided", "with own words", "matched Gaussian", "permuted values"],
                report.Census.SelectMany(c => new[] { ("T1.2 sign of Δ", c.Strong), ("T1.3 monotone", c.Monotone), ("T1.4 EV", c.Value) }
                    .Select(t => new[]
                    {
                        c.Encoder, c.Lexicon, c.Family, c.Constitutions.ToString(), t.Item1, Share(t.Item2.Items), Share(t.Item2.Decided),
                        Share(t.Item2.WithWords), Share(t.Item2.Gaussian), Share(t.Item2.Permuted),
                    })).ToList()));
        if (report.Adversarial.Count > 0)
            tables.Add(new("R3 adversarial from the mean representation m: reachable bounds in sample with 95% refitting intervals (estimate ± 1.96·se, resamples in " +
                    "parentheses), the worst witness in sample and out of fold (95% bootstrap interval, scores fixed), and what it ranks highest and lowest",
                ["encoder", "lexicon", "A(m)", "ρ", "sup", "inf", "adversarial", "witness", "out of fold", "ranked highest", "ranked lowest"],
                report.Adversarial.Select(a => new[]
                {
                    a.Encoder, a.Lexicon, WithInterval(a.LatentAlignment, a.Spread?.LatentAlignment), WithInterval(a.Ceiling, a.Spread?.Ceiling) + Resamples(a.Spread),
                    WithInterval(a.Supremum, a.Spread?.Supremum), WithInterval(a.Infimum, a.Spread?.Infimum), Yes(a.AdversarialExists), F(a.WitnessAlignment),
                    a.OutOfFold is { } o ? $"{F(o.Alignment)} [{F(o.Low)}, {F(o.High)}]" : "–",
                    string.Join(", ", a.Highest.Take(5).Select(i => i.Name)), string.Join(", ", a.Lowest.Take(5).Select(i => i.Name)),
                }).ToList()));
        if (report.Judges.Count > 0)
            tables.Add(new("S1 on items: the judge fitted by Bradley–Terry from N judged pairs",
                ["encoder", "lexicon", "constitution", "N", "A(d̂_N)", "A(d_c)", "converged", "pairs", "mean over replications with a certified MLE [95%], sd"],
                report.Judges.Select(j => new[]
                {
                    j.Encoder, j.Lexicon, j.Constitution, j.Pairs.ToString(), j.FittedAlignment is double fitted ? F(fitted) : "– (no MLE)", F(j.TrueAlignment), Yes(j.Converged), j.Separation,
                    j.Replications is { } r ? Replicated(r) : "–",
                }).ToList()));
        return tables;
    }

    /// <summary>Three decimals, invariant culture.</summary>
    public static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Yes(bool b) => b ? "yes" : "no";

    private static string Replicated(JudgeReplications r) =>
        (r.Mean is double mean && r.Low is double low && r.High is double high && r.StandardDeviation is double sd
            ? $"{F(mean)} [{F(low)}, {F(high)}], sd {F(sd)} " : "– ") +
        (r.Certified == r.Count ? $"({r.Count})" : $"({r.Certified} of {r.Count} with a certified MLE; {r.Separated} separated, {r.Undecided} undecided)");

    private static string WithInterval(double estimate, RefitInterval? interval) =>
        interval is null ? F(estimate) : $"{F(estimate)} [{F(interval.Low)}, {F(interval.High)}]";

    private static string Resamples(ReachableSpread? spread) =>
        spread is null ? "" : spread.Skipped > 0 ? $" ({spread.Resamples}, {spread.Skipped} skipped)" : $" ({spread.Resamples})";

    private static string Share(CensusRate r) => r.Judged == 0 ? "–" :
        string.Create(CultureInfo.InvariantCulture, $"{r.Held}/{r.Judged} {100.0 * r.Held / r.Judged:0}% [{100 * r.Low:0}, {100 * r.High:0}]");

    private static string Estimate(SignEstimate e, bool decided) =>
        $"{F(e.Estimate)}{(decided ? "*" : "")} " + (e.Low is double low && e.High is double high ? $"[{F(low)}, {F(high)}]" : "[–]");

    private static string Judged(bool judged, string text) => judged ? text : $"({text})";
}
