using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Model;

/// <summary>
/// The latent value model (THEORY "Objects"): encoder E, true value direction v, latent value vector m ≠ 0 and
/// default generation direction g ≠ 0. Computes alignment A, agreement, expected value, the activated
/// direction of a constitution, the gap Δ(c), the initial slope s(c) and the RLAIF step.
/// </summary>
public sealed class LatentValueModel
{
    /// <summary>E.</summary>
    public Encoder Encoder { get; }
    /// <summary>v.</summary>
    public ValueDirection Value { get; }
    /// <summary>m ∈ R^d.</summary>
    public Vector<double> Latent { get; }
    /// <summary>g ∈ R^d.</summary>
    public Vector<double> Generation { get; }

    /// <summary>Validates shapes, finiteness and that m and g are directions.</summary>
    /// <exception cref="ModelInputException">A shape mismatch, a non-finite entry, or m = 0 or g = 0.</exception>
    public LatentValueModel(Encoder encoder, ValueDirection value, Vector<double> latent, Vector<double> generation)
    {
        Guard.Throw(Problem(encoder, value, latent, generation));
        Encoder = encoder;
        Value = value;
        Latent = latent.Clone();
        Generation = generation.Clone();
    }

    /// <summary>The model, or false and the <paramref name="problem"/> that the constructor would throw.</summary>
    public static bool TryCreate(Encoder encoder, ValueDirection value, Vector<double> latent, Vector<double> generation,
        [NotNullWhen(true)] out LatentValueModel? model, [NotNullWhen(false)] out ModelInputException? problem)
    {
        problem = Problem(encoder, value, latent, generation);
        model = problem is null ? new LatentValueModel(encoder, value, latent, generation) : null;
        return problem is null;
    }

    private static ModelInputException? Problem(Encoder encoder, ValueDirection value, Vector<double> latent, Vector<double> generation) =>
        Guard.LengthProblem(value.Vector, encoder.WorldDimension, "v", $"v ∈ R^D with D = {encoder.WorldDimension} columns of E")
        ?? Guard.DirectionProblem(latent, "m")
        ?? Guard.LengthProblem(latent, encoder.RepresentationDimension, "m", $"m ∈ R^d with d = {encoder.RepresentationDimension} rows of E")
        ?? Guard.DirectionProblem(generation, "g")
        ?? Guard.LengthProblem(generation, encoder.RepresentationDimension, "g", $"g ∈ R^d with d = {encoder.RepresentationDimension} rows of E");

    /// <summary>d.</summary>
    public int RepresentationDimension => Encoder.RepresentationDimension;

    /// <summary>Encoded value direction w = E v.</summary>
    public Vector<double> EncodedValue => Encoder.Matrix * Value.Vector;

    /// <summary>ρ(E, v) = ‖P_row(E) v‖.</summary>
    public double Quality => Encoder.Quality(Value);

    /// <summary>A(u) = ⟨Eᵀu, v⟩ / ‖Eᵀu‖, with A(u) := 0 when Eᵀu = 0. Range [−1, 1].</summary>
    /// <remarks>Computed as cos∠(Êᵀû, v) with Ê and û = 2^{−j}u scaled by powers of two (exact): A does not depend on either
    /// scale, and Eᵀu itself would over- or underflow at the ends of the double range.</remarks>
    public double Alignment(Vector<double> u) => Cosine(Encoder.NormalisedPullback(PowerOfTwo.Normalised(u).Scaled), Value.Vector);

    /// <summary>Agree(u) = 1 − arccos(A(u))/π, the Gaussian pairwise agreement (Sheppard; THEORY N1).</summary>
    public double Agreement(Vector<double> u) => 1.0 - Math.Acos(Alignment(u)) / Math.PI;

    /// <summary>EV(θ) = E_{z~π_θ}[⟨v, z⟩] = ⟨θ, E v⟩.</summary>
    /// <exception cref="ModelInputException">θ has a non-finite entry, or EV(θ) itself lies beyond the double range.</exception>
    public double ExpectedValue(Vector<double> theta)
    {
        if (!TryExpectedValue(theta, out double value))
            throw new ModelInputException(InputProblem.OutOfRange, nameof(theta), $"gives EV = ⟨θ, Ev⟩ beyond the double range ({(value > 0 ? "above 1.8e308" : "below -1.8e308")})");
        return value;
    }

    /// <summary>EV(θ) = ⟨θ, E v⟩ for a finite θ; false, with <paramref name="value"/> = ±∞ giving its sign, when EV itself lies
    /// beyond the double range. Computed as 2^{k+j}⟨Êᵀθ̂, v⟩ with E = 2^kÊ, θ = 2^jθ̂, so no intermediate product over- or
    /// underflows: only the true value's own size can.</summary>
    /// <exception cref="ModelInputException">θ has a non-finite entry.</exception>
    public bool TryExpectedValue(Vector<double> theta, out double value) => TryExpectedValue(theta, 0, out value);

    /// <summary>EV(2^k·θ), scaled by 2^k only in its one final rounding (θ = d̂ of <see cref="NormalisedActivated"/>, for one).</summary>
    public bool TryExpectedValue(Vector<double> theta, int k, out double value)
    {
        Guard.Finite(theta, nameof(theta));
        var (scaled, j) = PowerOfTwo.Normalised(theta);
        value = Math.ScaleB(Encoder.NormalisedPullback(scaled).DotProduct(Value.Vector), Encoder.Exponent + j + k);
        return double.IsFinite(value);
    }

    /// <summary>d_c = P_c m.</summary>
    /// <remarks>When m ⟂ S_c as far as the stored numbers tell (every coefficient ⟨q_j, m⟩ on the basis Q_c lies within its
    /// rounding-error bound, <see cref="RoundingError.DotProduct"/>), the computed P_c m is rounding noise, not a direction:
    /// d_c = 0 is returned, whose alignment is A(0) := 0 (THEORY "reachable set"). A tiny but certain d_c is kept.</remarks>
    public Vector<double> Activated(Constitution c)
    {
        var (direction, exponent) = NormalisedActivated(c);
        return direction.Map(t => Math.ScaleB(t, exponent));
    }

    /// <summary>d_c = 2^k·d̂ with d̂'s largest |entry| in [1, 2) (d̂ = 0, k = 0 when d_c = 0, as in <see cref="Activated"/>):
    /// P_c applied to m scaled by a power of two, so that d̂ keeps its digits where d_c itself lies among the subnormals.</summary>
    public (Vector<double> Direction, int Exponent) NormalisedActivated(Constitution c)
    {
        CheckDimension(c);
        var (direction, k) = PowerOfTwo.Normalised(Latent);
        for (int j = 0; j < c.Rank; j++)
        {
            double coefficient = RoundingError.DotProduct(c.Basis.Column(j), direction, out double bound);
            // Stryker disable once Equality : equality is reached only at 0 = 0 (every product zero), where P_c m is exactly 0 too.
            if (Math.Abs(coefficient) > bound)
            {
                var (projected, l) = PowerOfTwo.Normalised(c.Project(direction));
                return (projected, k + l);
            }
        }
        return (Vector<double>.Build.Dense(RepresentationDimension), 0);
    }

    /// <summary>Δ(c) = A(d_c) − A(g).</summary>
    public double Gap(Constitution c) => Alignment(Activated(c)) - Alignment(Generation);

    /// <summary>
    /// s(c) = d/dλ A(g + λ d_c) at λ = 0 = (⟨b, v⟩ − A(g)⟨â, b⟩)/‖a‖ with a = Eᵀg, b = Eᵀd_c.
    /// </summary>
    public double InitialSlope(Constitution c)
    {
        // s does not depend on E's scale: a and b are read through Ê, on ĝ = 2^{−j}g and d̂ = 2^{−l}d_c, so s = 2^{l−j}s(ĝ, d̂).
        var (generation, j) = PowerOfTwo.Normalised(Generation);
        var (direction, l) = NormalisedActivated(c);
        var a = Encoder.NormalisedPullback(generation);
        var b = Encoder.NormalisedPullback(direction);
        double na = a.L2Norm();
        return Math.ScaleB((b.DotProduct(Value.Vector) - Cosine(a, Value.Vector) * a.DotProduct(b) / na) / na, l - j);
    }

    /// <summary>The policy after an RLAIF step of strength λ: g + λ d_c (exact for this exponential family).</summary>
    /// <exception cref="ModelInputException">λ is negative or not finite.</exception>
    public Vector<double> RlaifStep(Constitution c, double lambda)
    {
        Guard.NonNegative(lambda, nameof(lambda));
        return Generation + lambda * Activated(c);
    }

    /// <summary>The same model with another latent value vector.</summary>
    public LatentValueModel WithLatent(Vector<double> m) => new(Encoder, Value, m, Generation);

    /// <summary>cos∠(x, y), or 0 when either is zero.</summary>
    public static double Cosine(Vector<double> x, Vector<double> y)
    {
        // Each side rescaled by its own power of two (exact): no overflow for 1e200, no underflow for 1e-200.
        (x, _) = PowerOfTwo.Normalised(x);
        (y, _) = PowerOfTwo.Normalised(y);
        double nx = x.L2Norm(), ny = y.L2Norm();
        if (nx == 0 || ny == 0) return 0.0;
        return Math.Clamp(x.DotProduct(y) / nx / ny, -1.0, 1.0);
    }

    private void CheckDimension(Constitution c)
    {
        if (c.Dimension != RepresentationDimension)
            throw new ModelInputException(InputProblem.ShapeMismatch, "constitution",
                $"lives in R^{c.Dimension} but the representation is R^{RepresentationDimension}");
    }
}
