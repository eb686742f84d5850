using System.Globalization;
using System.Text.Json;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Figures;
using RlaifTheorems.Lab.Studies;
using Spectre.Console;

namespace RlaifTheorems.Cli;

/// <summary><c>lab</c>: the theory on real representations and human value ratings (THEORY R1–R4): tables on standard output,
/// optionally a JSON report and figures.</summary>
public static class LabCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The study names accepted on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, LabStudy> StudyNames = new Dictionary<string, LabStudy>
    {
        ["ceiling"] = LabStudy.Ceiling, ["constitutions"] = LabStudy.Constitutions, ["adversarial"] = LabStudy.Adversarial,
        ["path"] = LabStudy.Path, ["all"] = LabStudy.All,
    };

    /// <summary>Runs the lab; returns the exit code (0 measured, 2 bad usage or data).</summary>
    public static int Run(string[] studies, LabOptions options, string? json, string? figures, string? cacheFolder, bool quiet)
    {
        var chosen = LabStudy.None;
        foreach (var s in studies.Length == 0 ? ["all"] : studies)
            if (StudyNames.TryGetValue(s, out var study)) chosen |= study;
            else return Fail($"unknown study '{s}' (known: {string.Join(", ", StudyNames.Keys)})");
        if (json is not null && OutputFile.Problem(json, "--json") is { } problem) return Fail(problem);
        if (figures is not null && File.Exists(figures)) return Fail($"--figures {figures} is a file, not a folder");
        if (options.Activations is not null && (chosen & LabStudy.Path) != 0 && studies.Length > 0 && !studies.Contains("all"))
            return Fail("the path study needs constitutions built from texts; with --activations run ceiling, constitutions or adversarial");
        LabReport report;
        try
        {
            report = new LabRun(options with { Studies = chosen }, new LabCache(cacheFolder), new LabProgress(quiet)).Run();
        }
        catch (Exception e) when (e is LabDataException or NpyFormatException or ModelInputException or IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"lab: internal error ({e.GetType().Name}): {e.Message.Split('\n')[0]}");
            return 1;
        }
        Print(report);
        string text = JsonSerializer.Serialize(report, Json);
        if (json is not null)
        {
            try { File.WriteAllText(json, text); Console.Error.WriteLine($"lab: report written to {json}"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"lab: could not write {json} ({e.Message}); the report follows on standard output");
                Console.WriteLine(text);
            }
        }
        if (figures is not null)
            foreach (var file in LabFigures.WriteAll(report, figures)) Console.Error.WriteLine($"lab: figure {file}");
        return 0;
    }

    private static void Print(LabReport report)
    {
        // Redirected (a file, a pipe, CI): plain text, wide enough that no table wraps.
        var console = Console.IsOutputRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(Console.Out) })
            : AnsiConsole.Console;
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
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

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"lab: {message}");
        return 2;
    }
}
