using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// The best and worst alignment a constitution can activate, with witness subspaces (THEORY T2.5, T3.1, T3.2).
/// In whitened coordinates u' = M^{1/2} u, A(u) = ⟨û', w'⟩ with w' = M^{-1/2} E v, ‖w'‖ = ρ, and by L1 the
/// activated directions are the open hemisphere ⟨u', m'⟩ &gt; 0 (m' = M^{-1/2} m), plus d_c = 0. So for d ≥ 2:
/// sup A(d_c) = ρ if cos(m', w') &gt; 0, else ρ sin∠(m', w'); inf A(d_c) = −ρ sin∠(m', w') if cos ≥ 0, else −ρ.
/// For d = 1 the only constitution is R¹ and sup = inf = A(m): the formulas above need d ≥ 2.
/// </summary>
public sealed class ReachableAlignment
{
    private readonly LatentValueModel _model;
    private readonly Vector<double> _mHat, _wPrime;
    private readonly Vector<double>? _ceilingDirection;
    private readonly Constitution? _adversarialWitness;

    /// <summary>ρ(E, v).</summary>
    public double Ceiling { get; }
    /// <summary>cos∠(m', w'), or 0 when ρ = 0.</summary>
    public double WhitenedCosine { get; }
    /// <summary>sin∠(m', w') ∈ [0, 1], or 1 when ρ = 0.</summary>
    public double WhitenedSine { get; }
    /// <summary>sup_c A(d_c) (T2.5).</summary>
    public double Supremum { get; }
    /// <summary>inf_c A(d_c) (T3.2).</summary>
    public double Infimum { get; }
    /// <summary>True when <see cref="BestConstitution"/> attains the supremum exactly: its activated direction is a positive
    /// multiple of u* = M⁻¹Ev (or ρ = 0, or d = 1).</summary>
    public bool SupremumAttained { get; }
    /// <summary>True when <see cref="WorstConstitution"/> attains the infimum exactly: its activated direction is a negative
    /// multiple of u* (or ρ = 0, or d = 1).</summary>
    public bool InfimumAttained { get; }

    private readonly Vector<double> _latent;

    /// <summary>Analyses the reachable alignments of <paramref name="model"/>.</summary>
    public ReachableAlignment(LatentValueModel model)
    {
        _model = model;
        var enc = model.Encoder;
        _wPrime = enc.WhitenedValue(model.Value);
        // Only m's direction matters here: m rescaled by its own power of two (exact), and whitening scaled by σ₁, keep every
        // quantity near 1 whatever the scales of m and E (2^{±1000} would otherwise under- or overflow).
        _latent = PowerOfTwo.Normalised(model.Latent).Scaled;
        var mPrime = enc.ScaledWhiten(_latent);
        _mHat = mPrime / mPrime.L2Norm();
        Ceiling = Math.Min(1.0, _wPrime.L2Norm());
        if (Ceiling > 0)
        {
            var wHat = _wPrime / _wPrime.L2Norm();
            WhitenedCosine = Math.Clamp(wHat.DotProduct(_mHat), -1, 1);
            WhitenedSine = Math.Min(1.0, (wHat - WhitenedCosine * _mHat).L2Norm());
        }
        else
        {
            WhitenedCosine = 0;
            WhitenedSine = 1;
        }

        if (model.RepresentationDimension == 1)
        {
            Supremum = Infimum = model.Alignment(_latent);
            SupremumAttained = InfimumAttained = true;
            if (RoundingError.CertainAlignmentSign(enc.NormalisedMatrix, _latent, model.Value.Vector) < 0)
                _adversarialWitness = Constitution.Span(model.Latent);
            return;
        }
        if (Ceiling == 0)
        {
            // Every direction has A = 0 (A(u) ≤ ρ = 0 and A(−u) = −A(u)): both bounds are 0, attained by any constitution.
            SupremumAttained = InfimumAttained = true;
            return;
        }

        // Decided by the witness span(u*), u* = M⁻¹Ev, not by the sign of the rounded whitened cosine: its activated
        // direction is (⟨u*, m⟩/‖u*‖²) u*, a positive multiple of u* (A = ρ, the ceiling attained, T2.2) or a negative one
        // (A = −ρ), or 0 when m ⟂ u* (then u* lies on the boundary of the reachable hemisphere and neither bound is attained).
        // The side is certain only beyond the rounding bound of ⟨u*, m⟩: within it, m is orthogonal to u* as far as the stored
        // numbers tell, u* lies on the boundary, and the bounds are approached by the tilted witness, not attained.
        // The side is certain only beyond the rounding of ⟨u*, m⟩ and the error of u* itself (RoundingError.CertainCeilingSide,
        // on E scaled by a power of two near σ₁ = 1): a computed u* is off by the decomposition's rounding, so ⟨u*, m⟩ of
        // order 1e-17 can be noise even when its own dot product is exact.
        _ceilingDirection = enc.ScaledCeilingDirection(model.Value);
        int side = CertainCeilingSide(enc, model.Value, _ceilingDirection, _latent);
        SupremumAttained = side > 0;
        InfimumAttained = side < 0;
        Supremum = SupremumAttained ? Ceiling : Ceiling * WhitenedSine;
        Infimum = InfimumAttained ? -Ceiling : -Ceiling * WhitenedSine;
        var worst = WorstConstitution(Infimum < 0 ? -Infimum / 2 : 1e-9);
        _adversarialWitness = IsCertainlyAdversarial(worst.Basis.Column(0)) ? worst : null;
    }

    /// <summary>
    /// The sign of ⟨u*, m⟩, u* = M⁻¹Ev (THEORY T2.2), when it is certain from <paramref name="uStar"/>, a computed positive
    /// multiple of u* (<see cref="Encoder.ScaledCeilingDirection"/>), else 0. On Ê = 2^{−k}E (σ₁ near 1; u* keeps its
    /// direction) and y = <paramref name="uStar"/>/σ₁ ≈ û*: exactly û* − y = −(Ê⁺)ᵀ s with s = Êᵀy − v, and (Ê⁺)ᵀ reads only
    /// s's part in row(Ê), with norm 1/σ_d. So |⟨û* − y, m⟩| ≤ ‖m‖(‖Vᵀs̃‖ + γκ‖s̃‖ + ‖s − s̃‖)/σ_d, s̃ the computed s, V the
    /// computed row-space basis (its span within γκ of row(Ê), γ = γ_{4(D+d)} for the decomposition's backward error), and
    /// ‖s − s̃‖ from Êᵀy's rounding; σ_d is taken at half its computed value. A ⟨y, m⟩ beyond that and its own rounding has
    /// a certain sign; one within it (m ⟂ u* up to the decomposition's rounding) gives 0.
    /// </summary>
    private static int CertainCeilingSide(Encoder enc, ValueDirection value, Vector<double> uStar, Vector<double> m)
    {
        int d = enc.RepresentationDimension, dWorld = enc.WorldDimension;
        var e = enc.NormalisedMatrix;
        double largest = enc.NormalisedSingularValues[0], smallest = enc.NormalisedSingularValues[d - 1];
        var y = uStar / largest;
        double inner = RoundingError.DotProduct(y, m, out double bound);
        var v = value.Vector;
        var s = e.TransposeThisAndMultiply(y) - v;
        var sError = e.Map(Math.Abs).TransposeThisAndMultiply(y.Map(Math.Abs)) * RoundingError.Gamma(d + 2) + s.Map(Math.Abs) * RoundingError.Gamma(1);
        var basis = enc.RowSpaceBasis;
        double rowPart = basis.TransposeThisAndMultiply(s).L2Norm() * (1 + RoundingError.Gamma(dWorld + 2))
                         + RoundingError.Gamma(dWorld + 2) * basis.Map(Math.Abs).TransposeThisAndMultiply(s.Map(Math.Abs)).L2Norm();
        double subspace = RoundingError.Gamma(4 * (dWorld + d)) * (largest / smallest) * s.L2Norm();
        bound += m.L2Norm() * (rowPart + subspace + sError.L2Norm()) / (smallest / 2) * (1 + RoundingError.Gamma(8));
        return inner > bound ? 1 : inner < -bound ? -1 : 0;
    }

    /// <summary>
    /// Whether span(q) is certainly adversarial for the stored inputs: its activated direction (⟨q, m⟩/‖q‖²) q is certainly
    /// non-zero and its alignment, sign(⟨q, m⟩)·A(q), certainly negative, each beyond its rounding-error bound. A witness
    /// whose d_c is rounding noise (q ⟂ m up to cancellation) or whose A is within rounding of 0 certifies nothing.
    /// </summary>
    private bool IsCertainlyAdversarial(Vector<double> q)
    {
        double coefficient = RoundingError.DotProduct(q, _latent, out double bound);
        // Stryker disable once Equality : equality with the bound is reached only at 0 = 0, whose sign 0 gives false below too.
        if (Math.Abs(coefficient) <= bound) return false;
        return Math.Sign(coefficient) * RoundingError.CertainAlignmentSign(_model.Encoder.NormalisedMatrix, q, _model.Value.Vector) < 0;
    }

    /// <summary>
    /// A rank-1 constitution with A(d_c) ≥ sup − ε: span(u*) (u* = M^{-1}Ev) when attained, otherwise span(M^{-1/2}u')
    /// with u' the boundary direction of the hemisphere closest to w', tilted by η into the hemisphere.
    /// </summary>
    /// <exception cref="ModelInputException">ε is not finite and positive.</exception>
    public Constitution BestConstitution(double epsilon = 1e-6) => Witness(epsilon, best: true);

    /// <summary>A rank-1 constitution with A(d_c) ≤ inf + ε (T3.2), built as in <see cref="BestConstitution"/>.</summary>
    /// <exception cref="ModelInputException">ε is not finite and positive.</exception>
    public Constitution WorstConstitution(double epsilon = 1e-6) => Witness(epsilon, best: false);

    /// <summary>
    /// T3.1 (ρ &gt; 0): a constitution with A(d_c) &lt; 0 exists exactly when m is not a positive multiple of Ev. Decided by
    /// its witness: true exactly when <see cref="AdversarialWitness"/> exists, i.e. when the worst constitution built for
    /// ε = |inf|/2 is certainly adversarial for the stored inputs (its d_c certainly non-zero and its A certainly negative,
    /// beyond their rounding-error bounds; <see cref="RoundingError"/>). When m is a positive multiple of Ev only up to
    /// rounding, no witness is certain and the answer is false.
    /// </summary>
    public bool AdversarialExists => _adversarialWitness is not null;

    /// <summary>When <see cref="AdversarialExists"/>: a constitution whose activated direction has A(d_c) &lt; 0 (within |inf|/2
    /// of the infimum); otherwise null.</summary>
    public Constitution? AdversarialWitness => _adversarialWitness;

    private Constitution Witness(double epsilon, bool best)
    {
        Guard.Positive(epsilon, nameof(epsilon));
        var enc = _model.Encoder;
        if (_model.RepresentationDimension == 1 || Ceiling == 0)
            return Constitution.Span(_model.Latent);
        if (best ? SupremumAttained : InfimumAttained)
            return Constitution.Span(_ceilingDirection!);

        // Boundary direction t' ⟂ m' closest to ±w', then tilt by η into the open hemisphere ⟨u', m'⟩ > 0.
        // The loss in A is at most ρ(η²/2 + η) ≤ 1.5 ρ η for η ≤ 1.
        // Project twice: once loses orthogonality to m̂' by ε/sin∠(m', w') when m' is nearly (anti)parallel to w'.
        var target = best ? _wPrime : -_wPrime;
        // Stryker disable once Arithmetic : adding the component instead of removing it is undone by the second projection,
        // which removes twice that component; the results differ in rounding only.
        var t = target - target.DotProduct(_mHat) * _mHat;
        t -= t.DotProduct(_mHat) * _mHat;
        // t has norm ρ·sin∠(m', w') up to rounding of order γ·ρ: only below that is it noise and m' parallel to w' as far as the
        // numbers tell (then every direction ⟂ m' is within 2γρ of the bound). A cut like 1e-10·ρ would discard the true
        // direction at angles of 1e-12, where the witness then reached only 35% of the bound (−3.5e-13 against −1e-12).
        // Stryker disable once Equality : ‖t‖ exactly equal to γ·ρ is not reached; at t = 0 both comparisons hold.
        if (t.L2Norm() <= RoundingError.Gamma(4 * t.Count) * Ceiling)
            t = AnyOrthogonal(_mHat);
        t /= t.L2Norm();
        double eta = Math.Min(1.0, epsilon / (2 * Ceiling));
        var uPrime = t + eta * _mHat;
        return Constitution.Span(enc.ScaledWhiten(uPrime));
    }

    /// <summary>A vector orthogonal to the unit vector x (d ≥ 2; its norm is at least √(1 − 1/d)): the standard basis vector least
    /// aligned with x, made orthogonal.</summary>
    private static Vector<double> AnyOrthogonal(Vector<double> x)
    {
        int k = x.AbsoluteMinimumIndex();
        var e = Vector<double>.Build.Dense(x.Count);
        e[k] = 1;
        return e - x[k] * x;
    }
}
