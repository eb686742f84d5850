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
            var t = new Table().Title("R1 ceiling: ρ̂ (5-fold ridge, 95% bootstrap interval), in-sample ρ, human noise ceiling");
            foreach (var h in new[] { "encoder", "lexicon", "items", "d", "ρ̂", "95% interval", "in-sample ρ", "noise ceiling", "ρ̂ at k = 1, 8, 64" }) t.AddColumn(h);
            foreach (var c in report.Ceilings)
            {
                string Cv(int k) => c.Capacity.FirstOrDefault(p => p.K == k)?.CrossValidated is double v ? F(v) : "–";
                Row(t, c.Encoder, c.Lexicon, c.Items.ToString(), c.Dimension.ToString(), F(c.Rho), $"[{F(c.Low)}, {F(c.High)}]", F(c.InSample),
                    c.NoiseCeiling is double n ? F(n) : "n/a (one rating per item)", $"{Cv(1)}, {Cv(8)}, {Cv(64)}");
            }
            console.Write(t);
        }
        if (report.Constitutions.Count > 0)
        {
            var t = new Table().Title("R2/R4 constitutions: linear predictions (from A(d_c), Δ, s) against the exact policy over the items");
            foreach (var h in new[] { "encoder", "lexicon", "constitution", "A(d_c)", "A(g)", "Δ", "s", "T1.2 strong: pred/obs", "T1.3 monotone: pred/obs", "T1.4 EV: pred/obs" }) t.AddColumn(h);
            foreach (var c in report.Constitutions)
                Row(t, c.Encoder, c.Lexicon, c.Name, F(c.JudgeAlignment), F(c.GenerationAlignment), F(c.Gap), F(c.InitialSlope),
                    $"{Yes(c.PredictedStrong)}/{Yes(c.ObservedStrong)}", $"{Yes(c.PredictedMonotone)}/{Yes(c.ObservedMonotone)}",
                    $"{(c.PredictedValueRises ? "rises" : "falls")}/{c.ObservedValue}");
            console.Write(t);
        }
        if (report.Census.Count > 0)
        {
            var t = new Table().Title("R4 census: how often each linear-Gaussian prediction held on the items");
            foreach (var h in new[] { "encoder", "lexicon", "family", "n", "T1.2 (sign of Δ)", "T1.3 (monotone)", "T1.4 (EV)" }) t.AddColumn(h);
            foreach (var c in report.Census)
                Row(t, c.Encoder, c.Lexicon, c.Family, c.Constitutions.ToString(), Share(c.StrongHolds, c.Constitutions),
                    Share(c.MonotoneHolds, c.Constitutions), Share(c.ValueHolds, c.Constitutions));
            console.Write(t);
        }
        foreach (var a in report.Adversarial)
        {
            console.MarkupLineInterpolated($"[bold]R3 adversarial ({a.Encoder} × {a.Lexicon}, m = {a.Latent})[/]: A(m) = {F(a.LatentAlignment)}, ρ = {F(a.Ceiling)}, sup = {F(a.Supremum)}, inf = {F(a.Infimum)}, adversarial exists: {Yes(a.AdversarialExists)}, worst witness A(d_c) = {F(a.WitnessAlignment)}");
            console.MarkupLineInterpolated($"  ranked highest: {string.Join(", ", a.Highest.Select(i => $"{i.Name} ({i.Value:+0.0;-0.0;0})"))}");
            console.MarkupLineInterpolated($"  ranked lowest:  {string.Join(", ", a.Lowest.Select(i => $"{i.Name} ({i.Value:+0.0;-0.0;0})"))}");
        }
        foreach (var p in report.Paths)
        {
            int[] at = [0, 10, 20, 40, 60];
            string points = string.Join("; ", at.Where(k => k < p.Strengths.Length).Select(k => $"λ={p.Strengths[k]:0.0}: Â {F(p.ObservedAlignment[k])} (A {F(p.PredictedAlignment[k])}), EV {F(p.ObservedValue[k])} (lin {F(p.PredictedValue[k])})"));
            console.MarkupLineInterpolated($"[bold]R4 path ({p.Encoder} × {p.Lexicon}) {p.Constitution}[/] — {p.Shape}: {points}");
        }
        foreach (var j in report.Judges)
            console.MarkupLineInterpolated($"S1 judge from pairs ({j.Encoder} × {j.Lexicon}, {j.Constitution}): N = {j.Pairs}: A(d̂_N) = {F(j.FittedAlignment)} against A(d_c) = {F(j.TrueAlignment)}{(j.Converged ? "" : " (not converged)")}");
        console.MarkupLineInterpolated($"[grey]seed {report.Seed}; {report.Machine}[/]");
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(Markup.Escape).ToArray());

    private static string Yes(bool b) => b ? "yes" : "no";

    private static string Share(int k, int n) => n == 0 ? "–" : $"{k}/{n} ({100.0 * k / n:0}%)";
}
