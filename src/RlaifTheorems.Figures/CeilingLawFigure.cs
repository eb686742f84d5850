using MathNet.Numerics.Distributions;
using RlaifTheorems.Catalogue.Simulation;
using RlaifTheorems.Plotting;
using ScottPlot;

namespace RlaifTheorems.Figures;

/// <summary>
/// T2.4: histograms of ρ² over Gaussian (Haar row space) encoders, sampled exactly as the LAW samples them, against the
/// Beta(d/2, (D − d)/2) density, for several (d, D).
/// </summary>
public static class CeilingLawFigure
{
    /// <summary>Draws <paramref name="samples"/> encoders per shape from <paramref name="seed"/>.</summary>
    public static Plot Draw(IReadOnlyList<(int D, int World)> shapes, int samples, int seed)
    {
        var plot = FigureFile.Titled($"T2.4: ρ² of a Haar-random row space is Beta(d/2, (D−d)/2) ({samples:N0} encoders each)",
            "ρ² = ‖P_row(E) v‖²", "density");
        const int bins = 40;
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var ((d, dWorld), k) in shapes.Select((s, k) => (s, k)))
        {
            var rho2 = HaarCeilings.SquaredCeilings(HaarCeilings.GaussianEncoders(d, dWorld, samples, seed + k), d, dWorld, samples);
            var counts = new double[bins];
            foreach (double x in rho2) counts[Math.Min(bins - 1, (int)(x * bins))]++;
            var color = palette.GetColor(k);
            var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(b => new Bar
            {
                Position = (b + 0.5) / bins, Value = counts[b] * bins / samples, Size = 1.0 / bins,
                FillColor = color.WithAlpha(0.35), LineWidth = 0,
            }).ToList());
            var xs = Enumerable.Range(1, 199).Select(i => i / 200.0).ToArray();
            FigureFile.Line(plot, xs, xs.Select(x => Beta.PDF(d / 2.0, (dWorld - d) / 2.0, x)).ToArray(),
                $"d = {d}, D = {dWorld}: Beta({d}/2, {dWorld - d}/2) density; mean of ρ² {rho2.Average():F3} vs d/D = {(double)d / dWorld:F3}").Color = color;
        }
        plot.Axes.SetLimitsX(0, 1);
        return plot;
    }
}
