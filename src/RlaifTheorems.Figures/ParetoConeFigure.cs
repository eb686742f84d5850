using RlaifTheorems.Catalogue.Statistics;
using RlaifTheorems.Kernels;
using RlaifTheorems.Plotting;
using ScottPlot;

namespace RlaifTheorems.Figures;

/// <summary>
/// T5.2: the fraction of uniform directions of R^d in the two-objective Pareto cone against the conflict angle α = ∠(n₁, n₂):
/// the exact line (π − α)/(2π) and Monte Carlo points with their Hoeffding half-widths at false-alarm 1e-6.
/// </summary>
public static class ParetoConeFigure
{
    /// <summary>Draws <paramref name="angles"/> angles in [0, π], <paramref name="samples"/> directions each, in dimension <paramref name="d"/>.</summary>
    public static Plot Draw(int d, int angles, long samples, ulong seed)
    {
        var plot = FigureFile.Titled($"T5.2: the Pareto cone narrows linearly with conflict (d = {d})",
            "conflict angle α = ∠(n₁, n₂) (radians)", "fraction of directions improving both objectives");
        var xs = Enumerable.Range(0, 201).Select(i => Math.PI * i / 200).ToArray();
        FigureFile.Line(plot, xs, xs.Select(a => (Math.PI - a) / (2 * Math.PI)).ToArray(), "exact (π − α)/(2π)");

        var alphas = Enumerable.Range(0, angles).Select(i => Math.PI * i / (angles - 1)).ToArray();
        var fractions = alphas.Select((a, i) =>
        {
            var n1 = new double[d];
            var n2 = new double[d];
            n1[0] = 1;
            n2[0] = Math.Cos(a);
            n2[1] = Math.Sin(a);
            return (double)ParetoFractionKernel.CountInCone(n1, n2, samples, seed + (ulong)i) / samples;
        }).ToArray();
        double halfWidth = ConfidenceBound.Hoeffding((int)samples, 1e-6);
        var points = plot.Add.ScatterPoints(alphas, fractions);
        points.LegendText = $"Monte Carlo, {samples:N0} directions a point (bars: Hoeffding ±{halfWidth:F4})";
        points.MarkerSize = 8;
        plot.Add.ErrorBar(alphas, fractions, Enumerable.Repeat(halfWidth, alphas.Length).ToArray());
        return plot;
    }
}
