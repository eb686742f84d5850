using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Plotting;
using ScottPlot;

namespace RlaifTheorems.Figures;

/// <summary>
/// The RLAIF path λ ↦ A(g + λ d_c) (T1.2, T1.3), evaluated directly on a grid, with the closed forms drawn over it: A(g),
/// the limit A(d_c) (T1.1), the crossing strength Λ* and the path's minimum and maximum. The markers of the closed forms
/// lie on the directly evaluated curve.
/// </summary>
public static class PathFigure
{
    /// <summary>Draws the path of <paramref name="c"/> in <paramref name="model"/> over λ ∈ [0, <paramref name="until"/>].</summary>
    public static Plot Draw(LatentValueModel model, Constitution c, string title, double until)
    {
        var path = new RlaifPath(model, c);
        var plot = FigureFile.Titled(title, "RLAIF strength λ", "alignment A(g + λ d_c)");
        var lambdas = Enumerable.Range(0, 801).Select(i => until * i / 800.0).ToArray();
        FigureFile.Line(plot, lambdas, lambdas.Select(path.AlignmentAt).ToArray(), "A(g + λ d_c), evaluated");

        var start = plot.Add.HorizontalLine(path.StartAlignment);
        start.LinePattern = LinePattern.Dashed;
        start.LegendText = $"A(g) = {path.StartAlignment:F3}";
        var limit = plot.Add.HorizontalLine(path.LimitAlignment);
        limit.LinePattern = LinePattern.Dotted;
        limit.LegendText = $"A(d_c) = {path.LimitAlignment:F3} (the limit, T1.1)";
        if (path.CrossingStrength is > 0 and var crossing && crossing <= until)
        {
            var line = plot.Add.VerticalLine(crossing);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = $"Λ* = {crossing:F2} (closed form, T1.2)";
        }
        foreach (var (e, name) in new[] { (path.Minimum, "minimum"), (path.Maximum, "maximum") })
        {
            if (e.AtLimit || e.Strength <= 0 || e.Strength > until) continue;
            var marker = plot.Add.Marker(e.Strength, e.Alignment, MarkerShape.FilledCircle, 10);
            marker.LegendText = $"closed-form {name} {e.Alignment:F3} at λ = {e.Strength:F2} (T1.3)";
        }
        return plot;
    }
}
