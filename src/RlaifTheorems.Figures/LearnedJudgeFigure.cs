using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Simulation;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Plotting;
using ScottPlot;

namespace RlaifTheorems.Figures;

/// <summary>
/// S1: the error |A(d̂_N) − A(d_c)| of the Bradley–Terry judge fitted from N labelled pairs (sampled as the LAW samples them),
/// averaged over repetitions, against N on log–log axes, for models of growing anisotropy, beside the slope −1/2 of the
/// MLE's N^{−1/2} rate.
/// </summary>
public static class LearnedJudgeFigure
{
    /// <summary>Draws each of <paramref name="models"/> (with constitution R^d, so d_c = m) for N in <paramref name="pairCounts"/>.</summary>
    public static Plot Draw(IReadOnlyList<(string Name, LatentValueModel Model)> models, IReadOnlyList<int> pairCounts, int repetitions, int seed)
    {
        var plot = FigureFile.Titled("S1: a judge learned from N pairs approaches A(d_c) at rate N^(−1/2)",
            "log₁₀ N (labelled pairs)", "log₁₀ mean |A(d̂_N) − A(d_c)|");
        var logN = pairCounts.Select(n => Math.Log10(n)).ToArray();
        foreach (var (name, model) in models)
        {
            var dc = model.Latent;
            var truth = dc / (Math.Sqrt(2) * model.Encoder.Pullback(dc).L2Norm());
            double exact = model.Alignment(dc);
            var mean = new double[pairCounts.Count];
            for (int r = 0; r < repetitions; r++)
            {
                var (features, labels) = JudgedPairs.LabelledPairs(model, truth, pairCounts[^1], seed + r);
                for (int j = 0; j < pairCounts.Count; j++)
                {
                    int n = pairCounts[j];
                    var fit = BradleyTerry.Fit(features.SubMatrix(0, model.RepresentationDimension, 0, n), labels.Take(n).ToList());
                    mean[j] += Math.Abs(model.Alignment(fit.Direction) - exact) / repetitions;
                }
            }
            var line = plot.Add.Scatter(logN, mean.Select(Math.Log10).ToArray());
            line.LegendText = $"{name} (condition {model.Encoder.Condition:G3})";
            line.LineWidth = 2;
        }
        double anchor = -1.0;
        var reference = plot.Add.ScatterLine(new[] { logN[0], logN[^1] }, new[] { anchor, anchor - 0.5 * (logN[^1] - logN[0]) });
        reference.LinePattern = LinePattern.Dashed;
        reference.LegendText = "slope −1/2";
        return plot;
    }

    /// <summary>A model with E = diag(1, σ) in R^{2×3}, v = (1, 1, 1)/√3 and m = (1, 0.3). (With m = (1, 1) and σ = 1, d_c = m would
    /// attain the ceiling, where ∇A = 0 and the error falls as 1/N instead: m is kept off it to show the generic rate.)</summary>
    public static LatentValueModel Anisotropic(double sigma) => new(
        Encoder.FromRows(new[] { new[] { 1.0, 0, 0 }, new[] { 0, sigma, 0 } }),
        ValueDirection.Of(new[] { 1.0, 1, 1 }),
        Vector<double>.Build.DenseOfArray(new[] { 1.0, 0.3 }),
        Vector<double>.Build.DenseOfArray(new[] { 1.0, 0 }));
}
