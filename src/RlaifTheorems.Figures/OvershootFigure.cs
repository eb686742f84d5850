using RlaifTheorems.Core.Model;
using RlaifTheorems.Plotting;
using ScottPlot;

namespace RlaifTheorems.Figures;

/// <summary>
/// N2: along the RLAIF path, the expected value of the non-monotone value V(z) = −(⟨v, z⟩ − τ)² against the linear value
/// ⟨v, z⟩ that the theory assumes: the gap Δ(c) is positive and the linear value rises, yet the non-monotone one overshoots.
/// </summary>
public static class OvershootFigure
{
    /// <summary>Draws λ ∈ [0, <paramref name="until"/>] for <paramref name="c"/> and threshold <paramref name="tau"/>.</summary>
    public static Plot Draw(LatentValueModel model, Constitution c, double tau, double until)
    {
        var plot = FigureFile.Titled($"N2: RLAIF overshoots a non-monotone value (Δ(c) = {model.Gap(c):F2} > 0, τ = {tau:G3})",
            "RLAIF strength λ", "expected value under the policy g + λ d_c");
        var lambdas = Enumerable.Range(0, 401).Select(i => until * i / 400.0).ToArray();
        FigureFile.Line(plot, lambdas, lambdas.Select(l => model.ExpectedValue(model.RlaifStep(c, l))).ToArray(), "linear value E[⟨v, z⟩] (rises: T1.4)");
        FigureFile.Line(plot, lambdas, lambdas.Select(l => ThresholdValue.Expected(model, model.RlaifStep(c, l), tau)).ToArray(), "non-monotone value E[−(⟨v, z⟩ − τ)²] (falls)");
        return plot;
    }
}
