using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Model;

/// <summary>
/// A non-monotone true value (THEORY N2, "too much of a good thing"): V(z) = −(⟨v, z⟩ − τ)². Under π_θ, ⟨v, z⟩ ~ N(μ, 1) with
/// μ = ⟨θ, Ev⟩, so E[V] = −((μ − τ)² + 1).
/// </summary>
public static class ThresholdValue
{
    /// <summary>E_{z~π_θ}[−(⟨v, z⟩ − τ)²] = −((⟨θ, Ev⟩ − τ)² + 1).</summary>
    /// <exception cref="ModelInputException">τ is not finite.</exception>
    public static double Expected(LatentValueModel model, Vector<double> theta, double tau)
    {
        if (!double.IsFinite(tau)) throw new ModelInputException(InputProblem.NonFiniteEntry, nameof(tau), $"is {tau}; it must be finite");
        double mu = model.ExpectedValue(theta);
        return -((mu - tau) * (mu - tau) + 1);
    }
}
