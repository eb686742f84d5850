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
    /// <exception cref="ModelInputException">τ is not finite, or E[V] lies beyond the double range (|μ − τ| above about 1.3e154;
    /// <see cref="ExpectedChange"/> compares such values).</exception>
    public static double Expected(LatentValueModel model, Vector<double> theta, double tau)
    {
        if (!double.IsFinite(tau)) throw new ModelInputException(InputProblem.NonFiniteEntry, nameof(tau), $"is {tau}; it must be finite");
        double mu = model.ExpectedValue(theta);
        double value = -((mu - tau) * (mu - tau) + 1);
        if (!double.IsFinite(value))
            throw new ModelInputException(InputProblem.OutOfRange, nameof(tau), $"gives E[V] = −((μ − τ)² + 1) beyond the double range (μ = {mu:G4}, τ = {tau:G4})");
        return value;
    }

    /// <summary>
    /// E[V](θ₀ + λu) − E[V](θ₀) = −f₁f₂ with f₁ = λs, the shift of μ (s = ⟨u, Ev⟩), and f₂ = 2(μ₀ − τ) + λs (μ₀ = ⟨θ₀, Ev⟩): formed
    /// from its factors, never as the difference of two expectations (which rounding against τ² would erase), and returned as
    /// (c, k) with the change equal to c·2^k and c = 0 or 1 ≤ |c| &lt; 4, so that nothing overflows or underflows however large
    /// or small τ, λ and the model's entries are. Each factor is as accurate as its terms; f₂ loses digits only near the
    /// strength where μ returns to the far side of τ (λs ≈ 2(τ − μ₀)).
    /// </summary>
    /// <exception cref="ModelInputException">τ or λ is not finite, or ⟨θ₀, Ev⟩ or ⟨u, Ev⟩ lies beyond the double range.</exception>
    public static (double Scaled, int Exponent) ExpectedChange(LatentValueModel model, Vector<double> start, Vector<double> step, double lambda, double tau)
    {
        if (!double.IsFinite(tau)) throw new ModelInputException(InputProblem.NonFiniteEntry, nameof(tau), $"is {tau}; it must be finite");
        if (!double.IsFinite(lambda)) throw new ModelInputException(InputProblem.NonFiniteEntry, nameof(lambda), $"is {lambda}; it must be finite");
        bool slopeInRange = model.TryExpectedValue(step, out double slope), startInRange = model.TryExpectedValue(start, out double mu0);
        if (!slopeInRange || !startInRange)
            throw new ModelInputException(InputProblem.OutOfRange, nameof(start), "gives ⟨θ, Ev⟩ beyond the double range");
        var (lambdaMantissa, lambdaExponent) = Split(lambda);
        var (slopeMantissa, slopeExponent) = Split(slope);
        var (shift, shiftExponent) = Split(lambdaMantissa * slopeMantissa, lambdaExponent + slopeExponent);
        int k = Math.Max(shift == 0 ? int.MinValue : shiftExponent, PowerOfTwo.ExponentOf([mu0, tau]) + 1);
        var (sum, sumExponent) = Split(2 * (Math.ScaleB(mu0, -k) - Math.ScaleB(tau, -k)) + (shift == 0 ? 0 : Math.ScaleB(shift, shiftExponent - k)), k);
        return shift == 0 || sum == 0 ? (0, 0) : (-shift * sum, shiftExponent + sumExponent);
    }

    /// <summary>x·2^e as (m, e′) with 1 ≤ |m| &lt; 2 (or m = 0), for a finite x.</summary>
    private static (double Mantissa, int Exponent) Split(double x, int exponent = 0)
    {
        if (x == 0) return (0, 0);
        int k = Math.ILogB(x);
        return (Math.ScaleB(x, -k), exponent + k);
    }
}
