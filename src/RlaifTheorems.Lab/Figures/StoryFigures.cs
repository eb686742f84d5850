using RlaifTheorems.Lab.Studies;
using RlaifTheorems.Plotting;
using ScottPlot;

namespace RlaifTheorems.Lab.Figures;

/// <summary>R5's figures (PNG and SVG): ρ̂ against layer, each score's A(c) and Δ with intervals, the exact policy's EV against KL
/// beside the linear-Gaussian prediction, and the mean value of steered stories against α.</summary>
public static class StoryFigures
{
    /// <summary>Writes every R5 figure into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(StoryStudyResult r, string folder) =>
        [.. Layers(r, folder), .. Scores(r, folder), .. Paths(r, folder), .. Steering(r, folder), .. Training(r, folder)];

    private static IReadOnlyList<string> Layers(StoryStudyResult r, string folder)
    {
        var plot = FigureFile.Titled($"R5 ceiling by layer ({Path.GetFileNameWithoutExtension(r.Model)}): ρ̂ of {r.Lexicon} valence from the residual stream", "layer (0: embedding)", "ρ̂ (5-fold ridge, 95% interval)");
        var xs = r.Layers.Select(l => (double)l.Layer).ToArray();
        Band(plot, xs, r.Layers.Select(l => l.Stories.Rho).ToArray(), r.Layers.Select(l => l.Stories.Low).ToArray(), r.Layers.Select(l => l.Stories.High).ToArray(), $"own stories (n = {r.Valued})");
        var words = r.Layers.Where(l => l.Words is not null).ToArray();
        if (words.Length > 0)
            Band(plot, words.Select(l => (double)l.Layer).ToArray(), words.Select(l => l.Words!.Rho).ToArray(), words.Select(l => l.Words!.Low).ToArray(),
                words.Select(l => l.Words!.High).ToArray(), $"rated words (n = {words[0].Words!.Items})");
        plot.Axes.SetLimitsY(0, 1);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs.Select(x => new Tick(x, x.ToString("0"))).ToArray());
        return FigureFile.Save(plot, folder, "lm-ceiling-by-layer", Alignment.LowerRight);
    }

    private static void Band(Plot plot, double[] xs, double[] ys, double[] low, double[] high, string legend)
    {
        var line = FigureFile.Line(plot, xs, ys, legend);
        line.MarkerSize = 6;
        for (int i = 0; i < xs.Length; i++)
        {
            var interval = plot.Add.Line(xs[i], low[i], xs[i], high[i]);
            interval.Color = line.Color;
            interval.LineWidth = 1.5f;
        }
    }

    private static IReadOnlyList<string> Scores(StoryStudyResult r, string folder)
    {
        var plot = FigureFile.Titled($"R5 judging its own stories: A(c) and Δ, 95% intervals (A(g) = {r.GenerationAlignment.Value:0.000})", "", "correlation with V");
        var bars = new List<Bar>();
        for (int i = 0; i < r.Scores.Count; i++)
        {
            var s = r.Scores[i];
            bars.Add(new Bar { Position = 3 * i, Value = s.Alignment.Value, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = 3 * i + 1, Value = s.Gap.Value, FillColor = Colors.Orange });
        }
        plot.Add.Bars(bars);
        // Percentile intervals are not symmetric: each is drawn from its own low to its own high, over the bars.
        for (int i = 0; i < r.Scores.Count; i++)
            foreach (var (x, e) in new[] { (3.0 * i, r.Scores[i].Alignment), (3.0 * i + 1, r.Scores[i].Gap) })
            {
                var interval = plot.Add.Line(x, e.Low, x, e.High);
                interval.Color = Colors.Black;
                interval.LineWidth = 2;
            }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "A(c)", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Δ", FillColor = Colors.Orange });
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(r.Scores.Select((s, i) => new Tick(3 * i + 0.5, s.Name)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 170;
        plot.Add.HorizontalLine(0).Color = Colors.Black;
        return FigureFile.Save(plot, folder, "lm-constitutions", Alignment.UpperRight);
    }

    private static IReadOnlyList<string> Paths(StoryStudyResult r, string folder)
    {
        var plot = FigureFile.Titled("R5 exact RLAIF on the sample: EV against KL (dashed: linear-Gaussian)", "KL(π_λ ‖ sample) (nats)", $"expected {r.Lexicon} valence");
        foreach (var s in r.Scores.Where(s => s.Kind != JudgeKind.Control))
        {
            var observed = FigureFile.Line(plot, s.Path.Divergence, s.Path.ExpectedValue, s.Name);
            var predicted = plot.Add.ScatterLine(s.Path.Divergence, s.Path.PredictedExpectedValue);
            predicted.Color = observed.Color;
            predicted.LinePattern = LinePattern.Dashed;
        }
        return FigureFile.Save(plot, folder, "lm-path-value", Alignment.UpperLeft);
    }

    private static IReadOnlyList<string> Training(StoryStudyResult r, string folder)
    {
        if (r.Training.Count == 0) return [];
        var plot = FigureFile.Titled("R5 RLAIF by training: EV against KL (points: trained; solid: exact tilt)", "KL(π ‖ π₀) (nats)", $"expected {r.Lexicon} valence");
        foreach (var t in r.Training)
        {
            var points = t.Checkpoints.Where(c => c.MeanValue is not null).ToArray();
            var trained = plot.Add.ScatterLine(points.Select(c => c.Divergence.Value).ToArray(), points.Select(c => c.MeanValue!.Value).ToArray());
            trained.LegendText = $"{t.Name} (trained)";
            trained.MarkerSize = 8;
            trained.LineWidth = 1;
            foreach (var c in points)
            {
                var interval = plot.Add.Line(c.Divergence.Value, c.MeanValue!.Low, c.Divergence.Value, c.MeanValue.High);
                interval.Color = trained.Color;
            }
            var exact = plot.Add.ScatterLine(t.ExactDivergence, t.ExactValue);
            exact.Color = trained.Color;
            exact.LineWidth = 2;
            exact.MarkerSize = 0;
            var predicted = plot.Add.ScatterLine(t.ExactDivergence, t.PredictedValue);
            predicted.Color = trained.Color;
            predicted.LinePattern = LinePattern.Dashed;
            predicted.MarkerSize = 0;
        }
        return FigureFile.Save(plot, folder, "lm-training", Alignment.UpperLeft);
    }

    private static IReadOnlyList<string> Steering(StoryStudyResult r, string folder)
    {
        var plot = FigureFile.Titled($"R5 steering at layer {r.SteeringLayer} along the value readout: mean V of fresh stories (95% interval)", "α (units of the typical residual norm)", $"mean {r.Lexicon} valence");
        var points = r.Steering.Where(s => s.MeanValue is not null).ToArray();
        if (points.Length > 0)
            Band(plot, points.Select(s => s.Alpha).ToArray(), points.Select(s => s.MeanValue!.Value).ToArray(), points.Select(s => s.MeanValue!.Low).ToArray(),
                points.Select(s => s.MeanValue!.High).ToArray(), "steered stories");
        return FigureFile.Save(plot, folder, "lm-steering", Alignment.UpperLeft);
    }
}
