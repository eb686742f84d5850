using RlaifTheorems.Plotting;
using RlaifTheorems.Lab.Studies;
using ScottPlot;

namespace RlaifTheorems.Lab.Figures;

/// <summary>The lab's figures (PNG and SVG): capacity curves with the noise ceiling (R1), the constitutions' alignments and gaps
/// (R2), and the RLAIF paths on items against the linear-Gaussian prediction (R4).</summary>
public static class LabFigures
{
    /// <summary>Writes every figure the report has data for into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(LabReport report, string folder)
    {
        var files = new List<string>();
        foreach (var lexicon in report.Ceilings.Select(c => c.Lexicon).Distinct())
            files.AddRange(Capacity(report.Ceilings.Where(c => c.Lexicon == lexicon).ToList(), folder, $"lab-capacity-{lexicon}"));
        var builtIn = report.Constitutions.Where(c => c.Family == "built-in").ToList();
        var first = builtIn.Select(c => (c.Encoder, c.Lexicon)).FirstOrDefault();
        if (first.Encoder is not null)
            files.AddRange(Constitutions(builtIn.Where(c => c.Encoder == first.Encoder && c.Lexicon == first.Lexicon).ToList(), folder));
        var paths = report.Paths.Where(p => p.Encoder == report.Paths.FirstOrDefault()?.Encoder && p.Lexicon == report.Paths.FirstOrDefault()?.Lexicon).ToList();
        if (paths.Count > 0) files.AddRange(Paths(paths, folder));
        return files;
    }

    private static IReadOnlyList<string> Capacity(List<CeilingResult> ceilings, string folder, string name)
    {
        var plot = FigureFile.Titled($"R1 capacity on {ceilings[0].Lexicon}: ρ over the top k principal directions", "k (principal directions, log scale)", "ρ (cross-validated; dashed: in sample)");
        foreach (var c in ceilings)
        {
            var cv = c.Capacity.Where(p => p.CrossValidated is not null).ToArray();
            var line = FigureFile.Line(plot, cv.Select(p => Math.Log2(p.K)).ToArray(), cv.Select(p => p.CrossValidated!.Value).ToArray(), $"{c.Encoder} (ρ̂ = {c.Rho:F3})");
            line.MarkerSize = 6;
            var inSample = plot.Add.ScatterLine(c.Capacity.Select(p => Math.Log2(p.K)).ToArray(), c.Capacity.Select(p => p.InSample).ToArray());
            inSample.Color = line.Color;
            inSample.LinePattern = LinePattern.Dashed;
        }
        if (ceilings.FirstOrDefault(c => c.NoiseCeiling is not null)?.NoiseCeiling is double noise)
        {
            var ceiling = plot.Add.HorizontalLine(noise);
            ceiling.LegendText = $"human noise ceiling √R = {noise:F3}";
            ceiling.LineWidth = 2;
            ceiling.Color = Colors.Black;
        }
        int top = ceilings.Max(c => c.Dimension);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, (int)Math.Log2(top) + 1).Select(e => new Tick(e, (1 << e).ToString())).ToArray());
        plot.Axes.SetLimitsY(0, 1);
        return FigureFile.Save(plot, folder, name, Alignment.LowerRight);
    }

    private static IReadOnlyList<string> Constitutions(List<ConstitutionResult> rows, string folder)
    {
        var plot = FigureFile.Titled($"R2 constitutions ({rows[0].Encoder} × {rows[0].Lexicon}): A(d_c) and the gap Δ = A(d_c) − A(g)", "", "alignment");
        var bars = new List<Bar>();
        for (int i = 0; i < rows.Count; i++)
        {
            bars.Add(new Bar { Position = 3 * i, Value = rows[i].Items.JudgeAlignment, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = 3 * i + 1, Value = rows[i].Items.Gap, FillColor = Colors.Orange });
        }
        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "A(d_c)", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Δ", FillColor = Colors.Orange });
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(rows.Select((r, i) => new Tick(3 * i + 0.5, r.Name)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 170;
        plot.Add.HorizontalLine(0).Color = Colors.Black;
        double low = Math.Min(0, rows.Min(r => Math.Min(r.Items.JudgeAlignment, r.Items.Gap))), high = rows.Max(r => Math.Max(r.Items.JudgeAlignment, r.Items.Gap));
        plot.Axes.SetLimitsY(low - 0.05, high + 0.3 * (high - low));
        return FigureFile.Save(plot, folder, "lab-constitutions", Alignment.UpperRight);
    }

    private static IReadOnlyList<string> Paths(List<PathResult> paths, string folder)
    {
        var alignment = FigureFile.Titled($"R4 RLAIF on items ({paths[0].Encoder} × {paths[0].Lexicon}): realised Â(λ) against the linear A(λ)", "λ (judge standard deviations; the grid ends where the judge alone keeps √n items)", "alignment");
        var value = FigureFile.Titled($"R4 RLAIF on items ({paths[0].Encoder} × {paths[0].Lexicon}): EV(λ) against the linear prediction", "λ (judge standard deviations; the grid ends where the judge alone keeps √n items)", "expected true value");
        foreach (var p in paths)
        {
            var observed = FigureFile.Line(alignment, p.Strengths, p.ObservedAlignment, $"{p.Constitution}: items");
            var predicted = FigureFile.Line(alignment, p.Strengths, p.PredictedAlignment, "  linear-Gaussian A(λ)");
            predicted.Color = observed.Color;
            predicted.LinePattern = LinePattern.Dashed;
            var ev = FigureFile.Line(value, p.Strengths, p.ObservedValue, $"{p.Constitution}: items");
            var evPredicted = FigureFile.Line(value, p.Strengths, p.PredictedValue, "  linear-Gaussian ȳ + ⟨θ, c⟩");
            evPredicted.Color = ev.Color;
            evPredicted.LinePattern = LinePattern.Dashed;
        }
        return [.. FigureFile.Save(alignment, folder, "lab-path-alignment", Alignment.UpperLeft), .. FigureFile.Save(value, folder, "lab-path-value", Alignment.UpperLeft)];
    }
}
