using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// Closed forms for alignment along the RLAIF path λ ↦ A(g + λ d_c), λ ∈ [0, ∞) (THEORY T1.1–T1.3).
/// With a = Eᵀg, b = Eᵀd_c, e₁ = â and e₂ the unit part of b orthogonal to a, the pulled-back policy
/// a + λb has angle φ(λ) ∈ [0, θ) from e₁, θ = ∠(a, b) &lt; π, and
/// A = r cos(φ − ψ), where r e^{iψ} is the projection of v onto span(e₁, e₂).
/// Hence the path's maximum is r at φ = ψ, its minimum −r at φ = ψ + π (when inside the arc), the only
/// return to A(g) is at φ = 2ψ, and φ maps back to λ = ‖a‖ sin φ / (‖b‖ sin(θ − φ)).
/// </summary>
public sealed class RlaifPath
{
    private readonly double _normA, _normB, _theta, _r;
    // â = 2^{−j}Êᵀg and b̂ = 2^{−k}Êᵀd_c (max-abs entry in [1, 2)), v, and ‖v‖: the direct evaluation of A along the path.
    private readonly double[] _start, _step, _value;
    private readonly int _startExponent, _stepExponent, _scaleExponent;
    private readonly double _valueNorm;
    // s·‖Eᵀg‖/‖Eᵀd_c‖ = p₂ sin θ: the scale-1 slope.
    private readonly double _scaleFreeSlope;

    /// <summary>A(g).</summary>
    public double StartAlignment { get; }
    /// <summary>A(d_c) = lim_{λ→∞} A(g + λ d_c) (T1.1).</summary>
    public double LimitAlignment { get; }
    /// <summary>Δ(c) = A(d_c) − A(g).</summary>
    public double Gap => LimitAlignment - StartAlignment;
    /// <summary>s(c) = d/dλ A(g + λ d_c) at 0 = r sin ψ · ‖b_⊥‖/‖a‖ = ⟨v, e₂⟩‖b_⊥‖/‖a‖.</summary>
    public double InitialSlope { get; }
    /// <summary>θ = ∠(Eᵀg, Eᵀd_c) ∈ [0, π): the arc the path direction sweeps.</summary>
    public double Arc => _theta;
    /// <summary>
    /// Λ* (T1.2): the last λ &gt; 0 with A(g + λ d_c) = A(g), or 0 when the path never returns to A(g) at a finite λ.
    /// Null when Δ(c) = 0 (as computed): the path then returns to A(g) only in the limit λ → ∞ (or is flat, when v ⟂ the plane
    /// of Eᵀg and Eᵀd_c), and no finite strength separates the two signs, so the THEORY defines no Λ*.
    /// </summary>
    public double? CrossingStrength { get; }
    /// <summary>min of A over λ ∈ [0, ∞] and where (T1.3).</summary>
    public PathExtremum Minimum { get; }
    /// <summary>max of A over λ ∈ [0, ∞] and where (T1.3).</summary>
    public PathExtremum Maximum { get; }

    /// <summary>
    /// Whether A(g + λ d_c) &gt; A(g) for every λ &gt; 0. T1.3: exactly when Δ ≥ 0 and s ≥ 0, not both zero (at Δ = 0 with
    /// s &gt; 0 the path improves at every finite λ and returns to A(g) only in the limit).
    /// </summary>
    public bool ImprovesMonotonically { get; }

    /// <summary>When <see cref="ImprovesMonotonically"/> is false: a strength λ &gt; 0 with A(g + λ d_c) ≤ A(g), checked by direct
    /// evaluation (the decision is this witness), or, where the dip is smaller than A's rounding, the closed-form minimum that
    /// s &lt; 0 beyond the tolerance of a scale-1 quantity (s·‖Eᵀg‖/‖Eᵀd_c‖) places below A(g) (T1.3).</summary>
    public double? NonImprovementWitness { get; }

    /// <summary>Analyses the path of constitution <paramref name="c"/> in <paramref name="model"/>.</summary>
    /// <exception cref="ModelInputException">d_c = 0 (the policy does not move), or Eᵀd_c is a negative multiple
    /// of Eᵀg (the path passes through the zero policy).</exception>
    public RlaifPath(LatentValueModel model, Constitution c) : this(model, Plane.Of(model, c, out var problem) ?? throw problem!)
    {
    }

    /// <summary>The path, or false and the <paramref name="problem"/> that the constructor would throw.</summary>
    public static bool TryCreate(LatentValueModel model, Constitution c, [NotNullWhen(true)] out RlaifPath? path,
        [NotNullWhen(false)] out ModelInputException? problem)
    {
        var plane = Plane.Of(model, c, out problem);
        path = plane is null ? null : new RlaifPath(model, plane);
        return plane is not null;
    }

    /// <summary>a = Eᵀg and b = Eᵀd_c in the orthonormal frame e₁ = â, e₂ (b = b₁e₁ + b⊥, b₂ = ‖b⊥‖); parallel when b₂ is
    /// below the rank threshold of ‖b‖.</summary>
    private sealed record Plane(Vector<double> A, Vector<double> B, Vector<double> E1, Vector<double> BPerp, double NormA, double NormB,
        double B1, double B2, bool Parallel, int GenerationExponent, int ActivatedExponent, Vector<double> NormalisedActivated)
    {
        /// <summary>The plane of the path, or null and why the path is undefined.</summary>
        public static Plane? Of(LatentValueModel model, Constitution c, out ModelInputException? problem)
        {
            // Through Ê = 2^{−k}E and ĝ = 2^{−j}g, d̂ = 2^{−l}d_c (largest entries in [1, 2)): the path's angles do not depend on the
            // scales, and Eᵀg would over- or underflow, or lose its digits among the subnormals. a = Êᵀĝ and b = Êᵀd̂ here; the true
            // Eᵀg and Eᵀd_c are 2^{k+j}a and 2^{k+l}b.
            var (generation, j) = PowerOfTwo.Normalised(model.Generation);
            var (direction, l) = model.NormalisedActivated(c);
            var a = model.Encoder.NormalisedPullback(generation);
            var b = model.Encoder.NormalisedPullback(direction);
            double normA = a.L2Norm(), normB = b.L2Norm();
            problem = null;
            if (normB == 0)
            {
                problem = new ModelInputException(InputProblem.ZeroDirection, "d_c", "the constitution activates nothing (P_c m = 0), so RLAIF does not move the policy");
                return null;
            }
            var e1 = a / normA;
            double b1 = b.DotProduct(e1);
            var bPerp = b - b1 * e1;
            double b2 = bPerp.L2Norm();
            // Stryker disable once Equality : b₂ equal to the cut exactly (a non-zero rounded norm equal to 1e-10‖b‖) is not reached.
            bool parallel = b2 <= Tolerance.RankThreshold * normB;
            // Stryker disable once Equality : on a parallel path b₁ = ±‖b‖ ≠ 0 (b ≠ 0 and b₂ ≈ 0), so b₁ < 0 and b₁ ≤ 0 agree.
            if (parallel && b1 < 0)
            {
                problem = new ModelInputException(InputProblem.OutOfRange, "d_c",
                    "Eᵀd_c is a negative multiple of Eᵀg: the path passes through the zero policy and A jumps (excluded by T1.3)");
                return null;
            }
            return new Plane(a, b, e1, bPerp, normA, normB, b1, b2, parallel, j, l, direction);
        }
    }

    private RlaifPath(LatentValueModel model, Plane plane)
    {
        var v = model.Value.Vector;
        (_start, _startExponent) = Scaled(plane.A);
        (_step, _stepExponent) = Scaled(plane.B);
        _startExponent += plane.GenerationExponent;
        _stepExponent += plane.ActivatedExponent;
        // ‖Eᵀg‖/‖Eᵀd_c‖ = 2^{j−l}‖a‖/‖b‖: strengths carry this power of two, s its inverse.
        _scaleExponent = plane.GenerationExponent - plane.ActivatedExponent;
        _value = v.ToArray();
        _valueNorm = v.L2Norm();
        _normA = plane.NormA;
        _normB = plane.NormB;
        var (e1, bPerp, b1, b2, parallel) = (plane.E1, plane.BPerp, plane.B1, plane.B2, plane.Parallel);

        StartAlignment = model.Alignment(model.Generation);
        LimitAlignment = model.Alignment(plane.NormalisedActivated);
        if (parallel)
        {
            // Eᵀd_c is a positive multiple of Eᵀg: every policy on the path has the same direction and the same alignment,
            // so Δ = 0 exactly (two separately rounded evaluations of one number would make it ±1e-17).
            LimitAlignment = StartAlignment;
            _theta = 0; _r = 0;
            InitialSlope = 0;
            CrossingStrength = null;
            Minimum = Maximum = new PathExtremum(StartAlignment, 0);
            ImprovesMonotonically = false;
            NonImprovementWitness = 1.0;
            return;
        }

        var e2 = bPerp / b2;
        _theta = Math.Atan2(b2, b1);
        double p1 = v.DotProduct(e1), p2 = v.DotProduct(e2);
        _r = Math.Sqrt(p1 * p1 + p2 * p2);
        // s = r sin ψ · b₂/‖a‖ = p₂ b₂/‖a‖: its sign is p₂'s, the same number that places the interior extremes
        // below (at the angles of ±(p₁, p₂)), so the decision and its witness never disagree on a rounding bit.
        InitialSlope = Math.ScaleB(p2 * b2 / _normA, -_scaleExponent);
        _scaleFreeSlope = p2 * b2 / _normB;

        // At r = 0 (v ⟂ the plane) the angles atan2(±0, ±0) ∈ {0, ±π} lie outside the open arc (0, θ), θ < π: A ≡ 0 has no
        // interior extreme and never returns to A(g) at a finite λ.
        CrossingStrength = Gap == 0 ? null : InsideArc(2 * Math.Atan2(p2, p1), out double cross) ? StrengthAt(cross) : 0.0;

        var start = new PathExtremum(StartAlignment, 0);
        var limit = new PathExtremum(LimitAlignment, double.PositiveInfinity);
        Maximum = Best(start, InsideArc(Math.Atan2(p2, p1), out double top) ? new PathExtremum(_r, StrengthAt(top)) : null, limit, larger: true);
        double? dip = InsideArc(Math.Atan2(-p2, -p1), out double bottom) ? StrengthAt(bottom) : null;
        Minimum = Best(start, dip is double at ? new PathExtremum(-_r, at) : null, limit, larger: false);

        // Decided by a witness: a strength where A(g + λd_c) ≤ A(g), evaluated directly, or none. T1.3 says when one exists
        // (Δ < 0, s < 0, or Δ = s = 0), and where: the closed-form minimum when s < 0, any strength beyond Λ* when Δ < 0 (T1.2;
        // twice Λ* is tried), and every strength when Δ = s = 0 (the path is flat: v ⟂ the plane of a and b, A ≡ A(g) = 0).
        // At Δ = 0 with s > 0 the strength beyond Λ* is tried and not confirmed. On the boundary s = 0 (Δ > 0) a rounded s of
        // −1e-17 names a minimum that the direct evaluation does not confirm: the path then improves at every strength.
        var candidates = new List<double>();
        if (!Minimum.AtLimit && Minimum.Strength > 0) candidates.Add(Minimum.Strength);
        // Past Λ* the path falls towards A(d_c) as 1/λ: one natural scale past a Λ* of 2/ε it is still within ε|Δ| of A(g), below
        // rounding, while at 2Λ* it is |Δ|/2 below.
        if (Gap <= 0) candidates.Add(2 * (CrossingStrength ?? 0) + NaturalScale);
        NonImprovementWitness = candidates.Cast<double?>().FirstOrDefault(l => AlignmentAt(l!.Value) <= StartAlignment);
        // A dip below A(g) smaller than A's rounding (of order (s·‖a‖/‖b‖)² for a small s) escapes the direct evaluation, but s's
        // sign does not: s·‖a‖/‖b‖ = p₂ sin θ is a scale-1 quantity, and below minus its tolerance T1.3 puts the interior minimum
        // strictly below A(g). (With no interior minimum A falls across the whole arc, by about p₂θ, which the evaluation sees.)
        // Stryker disable once Equality : s·‖a‖/‖b‖ exactly equal to minus the tolerance is not reached.
        if (NonImprovementWitness is null && dip is double deepest && _scaleFreeSlope < -Tolerance.For(1, model.Encoder.Condition))
            NonImprovementWitness = deepest;
        ImprovesMonotonically = NonImprovementWitness is null;
    }

    /// <summary>A(g + λ d_c), evaluated directly (not from the closed form). Range: λ ≥ 0.</summary>
    /// <remarks>Eᵀ is linear and Ê = 2^{−k}E changes no cosine, so A(g + λd_c) = cos(a + λb, v) with a = Êᵀg, b = Êᵀd_c formed
    /// once, in R^D and without the plane's frame: a + λb = 2^j(â + f b̂) with f = λ2^{k−j}, and for f &gt; 1 the same direction is
    /// â/f + b̂. Every entry then lies below 4 in size, and the sum is rescaled by its largest entry before it is squared, so
    /// nothing overflows or underflows for any λ.</remarks>
    public double AlignmentAt(double lambda)
    {
        Guard.NonNegative(lambda, nameof(lambda));
        double f = Math.ScaleB(lambda, _stepExponent - _startExponent);
        int n = _value.Length;
        // Stryker disable once Conditional,Equality : stack or heap storage holds the same numbers.
        Span<double> w = n <= 256 ? stackalloc double[n] : new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++)
        {
            // Stryker disable once Equality : at f = 1 both forms are â + b̂ exactly.
            w[i] = f > 1 ? _start[i] / f + _step[i] : _start[i] + f * _step[i];
            largest = Math.Max(largest, Math.Abs(w[i]));
        }
        // Stryker disable once Logical : neither is reached: v is a unit vector, and a + λb keeps b⊥'s share (above 1e-10‖b‖,
        // else the path is parallel and never evaluated here) for λ > 0 and is a ≠ 0 at λ = 0.
        if (largest == 0 || _valueNorm == 0) return 0.0;
        int e = Math.ILogB(largest);
        double dot = 0, squares = 0;
        for (int i = 0; i < n; i++)
        {
            // Stryker disable once Unary : entries lie below 4 and the largest near or above 1e-10‖b̂‖ (|e| ≤ 36), so scaling by
            // 2^{±e} is exact for every entry outside the subnormal range, and one inside it is far below the cosine's last bit.
            double x = Math.ScaleB(w[i], -e);
            dot += x * _value[i];
            squares += x * x;
        }
        // Stryker disable once Arithmetic : v is stored as the unit value direction, so ‖v‖ is 1 to rounding and dividing or
        // multiplying by it moves A by an ulp.
        return Math.Clamp(dot / Math.Sqrt(squares) / _valueNorm, -1.0, 1.0);
    }

    private static (double[] Scaled, int Exponent) Scaled(Vector<double> x)
    {
        var (scaled, exponent) = PowerOfTwo.Normalised(x);
        return (scaled.ToArray(), exponent);
    }

    /// <summary>
    /// Condition number of evaluating A along the path: sup_λ (‖a‖ + λ‖b‖)/‖a + λb‖ = 1/cos(θ/2). It is ≤ √2 for θ ≤ π/2 and
    /// grows without bound as Eᵀd_c approaches a negative multiple of Eᵀg (the policy then nearly cancels to zero).
    /// </summary>
    public double Condition => 1.0 / Math.Cos(_theta / 2);

    /// <summary>‖Eᵀg‖ / ‖Eᵀd_c‖: the strength at which the RLAIF update is as large as the start.</summary>
    public double NaturalScale => Math.ScaleB(_normA / _normB, _scaleExponent);

    private double StrengthAt(double phi) =>
        Math.ScaleB(_normA * Math.Sin(phi) / (_normB * Math.Sin(_theta - phi)), _scaleExponent);

    private bool InsideArc(double angle, out double phi)
    {
        phi = angle % (2 * Math.PI);
        // Stryker disable once Equality : φ = 0 shifted to 2π still lies outside (0, θ).
        if (phi < 0) phi += 2 * Math.PI;
        // Stryker disable once Equality : φ = 0 is the start (λ = 0) and φ = θ the limit, both already candidates of Best, with
        // the same alignment; admitting them as interior points changes no extreme.
        return phi > 0 && phi < _theta;
    }

    /// <summary>The extreme of start, interior critical point and limit. A critical point strictly inside the arc is the extreme
    /// of A over the whole arc (A is a non-constant sinusoid there), so it is the one taken, its value kept on its side of both
    /// ends (a dip of 1e-20 below A(g) ≈ −1 rounds onto or past the start). Without one, the start or the limit, a tie going to
    /// the start, which is attained.</summary>
    private static PathExtremum Best(PathExtremum start, PathExtremum? interior, PathExtremum limit, bool larger)
    {
        if (interior is { } i)
            return i with
            {
                Alignment = larger ? Math.Max(i.Alignment, Math.Max(start.Alignment, limit.Alignment))
                    : Math.Min(i.Alignment, Math.Min(start.Alignment, limit.Alignment)),
            };
        return (larger ? limit.Alignment > start.Alignment : limit.Alignment < start.Alignment) ? limit : start;
    }
}
