using System.Globalization;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Lab.Studies;
using Spectre.Console;

namespace RlaifTheorems.Cli.Lab;

/// <summary>The lab's tables and lines on standard output, one block per study.</summary>
public static class LabTables
{
    /// <summary>Prints every study of <paramref name="report"/>.</summary>
    public static void Print(LabReport report)
    {
        var console = Tables.Console(200);
        string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        if (report.Ceilings.Count > 0)
        {
            var t = new Table().Title("R1 ceiling: ρ̂ (5-fold ridge) with 95% bootstrap intervals (predictions fixed; refitted: ρ̂ ± 1.96 se), in-sample ρ, human noise ceiling");
            foreach (var h in new[] { "encoder", "lexicon", "items", "d", "ρ̂", "fixed", "refitted", "in-sample ρ", "noise ceiling", "ρ̂ at k = 1, 8, 64" }) t.AddColumn(h);
            foreach (var c in report.Ceilings)
            {
                string Cv(int k) => c.Capacity.FirstOrDefault(p => p.K == k)?.CrossValidated is double v ? F(v) : "–";
                Row(t, c.Encoder, c.Lexicon, c.Items.ToString(), c.Dimension.ToString(), F(c.Rho), $"[{F(c.Low)}, {F(c.High)}]",
                    c.RefitLow is double rl && c.RefitHigh is double rh ? $"[{F(rl)}, {F(rh)}] ({c.RefitResamples})" : "not run", F(c.InSample),
                    c.NoiseCeiling is double n ? F(n) : "n/a (one rating per item)", $"{Cv(1)}, {Cv(8)}, {Cv(64)}");
            }
            console.Write(t);
        }
        var builtIn = report.Constitutions.Where(c => c.Family == "built-in").ToList();
        if (builtIn.Count > 0)
        {
            var t = new Table().Title("R2/R4 built-in constitutions, own words held out: estimates with 95% bootstrap intervals (* sign decided at FDR 5%); " +
                "predicted/observed on the grid to λ_max, in parentheses where not judged");
            foreach (var h in new[] { "encoder", "lexicon", "constitution", "held out", "A(d_c)", "Δ", "s", "λ_max", "T1.2 strong", "T1.3 monotone", "T1.4 EV" }) t.AddColumn(h);
            foreach (var c in builtIn)
            {
                var j = c.Items;
                Row(t, c.Encoder, c.Lexicon, c.Name, c.HeldOut.Count.ToString(), Estimate(c.Estimates.JudgeAlignment, c.JudgeAlignmentDecided),
                    Estimate(c.Estimates.Gap, c.GapDecided), Estimate(c.Estimates.Slope, c.SlopeDecided), F(j.MaxStrength),
                    Judged(j.StrongJudged, $"{Yes(j.PredictedStrong)}/{Yes(j.ObservedStrong)}"),
                    Judged(j.MonotoneJudged, $"{Yes(j.PredictedMonotone)}/{Yes(j.ObservedMonotone)}"),
                    Judged(j.ValueJudged, $"{j.PredictedValue}/{j.ObservedValue}"));
            }
            console.Write(t);
        }
        if (report.Census.Count > 0)
        {
            var t = new Table().Title("R4 census: held/judged, rate and 95% Wilson interval; on the items without the constitution's words, on those whose " +
                "prediction's sign is decided (FDR 5% over the run), and on the three controls");
            foreach (var h in new[] { "encoder", "lexicon", "family", "n", "theorem", "items", "decided", "with own words", "matched Gaussian", "permuted values" }) t.AddColumn(h);
            foreach (var c in report.Census)
                foreach (var (name, th) in new[] { ("T1.2 sign of Δ", c.Strong), ("T1.3 monotone", c.Monotone), ("T1.4 EV", c.Value) })
                    Row(t, c.Encoder, c.Lexicon, c.Family, c.Constitutions.ToString(), name, Share(th.Items), Share(th.Decided), Share(th.WithWords),
                        Share(th.Gaussian), Share(th.Permuted));
            console.Write(t);
        }
        foreach (var a in report.Adversarial)
        {
            console.MarkupLineInterpolated($"[bold]R3 adversarial ({a.Encoder} × {a.Lexicon}, m = {a.Latent})[/]: A(m) = {F(a.LatentAlignment)}, ρ = {F(a.Ceiling)}, sup = {F(a.Supremum)}, inf = {F(a.Infimum)}, adversarial exists: {Yes(a.AdversarialExists)}, worst witness A(d_c) = {F(a.WitnessAlignment)} in sample, {(a.OutOfFoldWitnessAlignment is double o ? F(o) : "–")} out of fold");
            console.MarkupLineInterpolated($"  ranked highest: {string.Join(", ", a.Highest.Select(i => $"{i.Name} ({i.Value:+0.0;-0.0;0})"))}");
            console.MarkupLineInterpolated($"  ranked lowest:  {string.Join(", ", a.Lowest.Select(i => $"{i.Name} ({i.Value:+0.0;-0.0;0})"))}");
        }
        foreach (var p in report.Paths)
        {
            int[] at = [0, 10, 20, 30, 40];
            string points = string.Join("; ", at.Where(k => k < p.Strengths.Length).Select(k => $"λ={p.Strengths[k]:0.00}: Â {F(p.ObservedAlignment[k])} (A {F(p.PredictedAlignment[k])}), EV {F(p.ObservedValue[k])} (lin {F(p.PredictedValue[k])})"));
            console.MarkupLineInterpolated($"[bold]R4 path ({p.Encoder} × {p.Lexicon}) {p.Constitution}[/] — {p.Shape}: {points}");
        }
        foreach (var j in report.Judges)
            console.MarkupLineInterpolated($"S1 judge from pairs ({j.Encoder} × {j.Lexicon}, {j.Constitution}): N = {j.Pairs}: A(d̂_N) = {F(j.FittedAlignment)} against A(d_c) = {F(j.TrueAlignment)}{(j.Converged ? "" : " (not converged)")}");
        console.MarkupLineInterpolated($"[grey]seed {report.Seed}; {report.Machine}[/]");
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(Markup.Escape).ToArray());

    private static string Yes(bool b) => b ? "yes" : "no";

    private static string Share(CensusRate r) => r.Judged == 0 ? "–" :
        $"{r.Held}/{r.Judged} {100.0 * r.Held / r.Judged:0}% [{100 * r.Low:0}, {100 * r.High:0}]";

    private static string Estimate(SignEstimate e, bool decided) =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Estimate:0.000}{(decided ? "*" : "")} ") +
        (e.Low is double low && e.High is double high ? string.Create(CultureInfo.InvariantCulture, $"[{low:0.000}, {high:0.000}]") : "[–]");

    private static string Judged(bool judged, string text) => judged ? text : $"({text})";
}
