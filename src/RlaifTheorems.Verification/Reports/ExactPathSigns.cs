using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Formal.Exact;
using RlaifTheorems.Verification.Inputs;

namespace RlaifTheorems.Verification.Reports;

/// <summary>
/// eval's signs of Δ(c) and s(c) decided exactly where rounding could have flipped them (THEORY "Tolerance-free checks"): when
/// |Δ| or the scale-1 slope |s|·‖Eᵀg‖/‖Eᵀd_c‖ is within the tolerance <c>Tolerance.For(1, κ)</c> of 0, or when the direct
/// evaluation's verdict on monotone improvement disagrees with T1.3 on the rounded signs, the model file's entries are read
/// as the exact rationals they are and <see cref="ExactDecisions"/> decides both signs, T1.3 and Λ*. Every field then
/// agrees with the exact signs: an exact 0 is printed as 0 (Δ = 0 leaves Λ* undefined, T1.2), a non-zero value whose rounded
/// sign was wrong is recomputed to 60 bits from the exact inner products, Λ* is the exact root rounded once, a non-improvement
/// witness is checked exactly, and the path's minimum and maximum are its exact extremes (start, limit, or the one interior
/// critical point).
/// </summary>
public static class ExactPathSigns
{
    /// <summary><paramref name="evaluation"/> of the model in <paramref name="file"/>, with Δ, s, T1.3 and Λ* made exact where
    /// their signs were within rounding of 0.</summary>
    public static ModelEvaluation Apply(ModelEvaluation evaluation, ModelFile file)
    {
        if (evaluation.Path is not { } path || evaluation.InitialSlope is not double slope) return evaluation;
        double bound = Tolerance.For(1.0, evaluation.EncoderCondition);
        // T1.3 on the rounded signs: where the direct evaluation found no witness although s < 0 clearly (a dip of 1e-20 below
        // A(g) ≈ −1 is lost in rounding A), or found one the signs deny, the exact decision settles it.
        // Stryker disable once all : a backstop. Beyond the bound RlaifPath's verdict follows these signs (a dip below rounding is
        // decided by s's sign, a fall past Λ* is sought at 2Λ*); no input is known that reaches the exact path through this test alone.
        bool signRule = evaluation.Gap >= 0 && slope >= 0 && !(evaluation.Gap == 0 && slope == 0);
        // s itself scales as 1/‖Eᵀg‖; s·‖Eᵀg‖/‖Eᵀd_c‖ is the scale-1 slope that the tolerance is for.
        // Stryker disable once Equality : |Δ| or the scale-1 slope exactly equal to the bound is not reached.
        if (Math.Abs(evaluation.Gap) > bound && Math.Abs(slope * path.NaturalScale) > bound && path.ImprovesMonotonically == signRule) return evaluation;
        var exact = new ExactDecisions(file.E!, file.V!, file.M!, file.G!, file.Constitution!);
        if (!exact.PathDefined()) return evaluation;
        int gapSign = exact.GapSign(), slopeSign = exact.SlopeSign();
        var (p, q, a2, b2, ab, v2) = exact.PlaneProducts();
        // Stryker disable once Conditional : a value whose rounded sign is already the exact one is kept as computed; recomputing it
        // only refines digits within its rounding, which no statement about the report can require.
        double gap = Math.Sign(evaluation.Gap) == gapSign ? evaluation.Gap
            : gapSign == 0 ? 0 : GapTo60Bits(p, q, a2, b2, v2);
        // One inverse square root times an exact rational: within 2^−120 of itself, with the exact sign.
        // Stryker disable once Conditional : as for Δ above.
        double newSlope = Math.Sign(slope) == slopeSign ? slope
            : slopeSign == 0 ? 0 : ToDouble((q * a2 - p * ab) / a2 * RootInverse(a2 * v2, 120));
        bool improves = exact.ImprovesMonotonically();
        double? crossing = exact.CrossingStrength() is { } root ? ToDouble(root) : null;
        // Stryker disable once Conditional : on an improving path no strength has A(g + λd_c) ≤ A(g), so Witness, which checks each
        // candidate exactly, finds none there either.
        double? witness = improves ? null : Witness(exact, crossing);
        // Δ = 0 exactly: d_c's alignment is g's, not the other rounding of the same number.
        double activated = gapSign == 0 ? evaluation.AlignmentOfGeneration : evaluation.AlignmentOfActivated;
        var (minimum, maximum) = Extremes(exact, gapSign, slopeSign, evaluation.AlignmentOfGeneration, activated);
        return evaluation with
        {
            AlignmentOfActivated = activated,
            AgreementOfActivated = gapSign == 0 ? evaluation.AgreementOfGeneration : evaluation.AgreementOfActivated,
            Gap = gap,
            InitialSlope = newSlope,
            Path = path with
            {
                CrossingStrength = crossing,
                CrossingStrengthUndefined = crossing is null ? PathSummary.ZeroGap : null,
                Minimum = minimum,
                Maximum = maximum,
                ImprovesMonotonically = improves,
                NonImprovementWitness = witness,
            },
        };
    }

    /// <summary>
    /// The path's minimum and maximum, exactly. With N(λ) = p + λq and D(λ) = ‖a‖² + 2λ⟨a, b⟩ + λ²‖b‖², A = N/√(D‖v‖²) and
    /// A′(λ) ∝ S + λT with S = q‖a‖² − p⟨a, b⟩ (the sign of s) and T = q⟨a, b⟩ − p‖b‖², so the path has at most one critical point
    /// at λ &gt; 0, λ_c = −S/T: a minimum when s &lt; 0, a maximum when s &gt; 0, strictly beyond the start. The other extreme is the
    /// start or the limit A(d_c) as Δ's exact sign orders them, the start at a tie (it is attained); with s = 0 the path is monotone
    /// from the start (flat when Δ = 0 too). The interior value is computed from λ_c to 120 bits and rounded once; it is kept on
    /// its side of the printed A(g) and A(d_c), which are themselves rounded.
    /// </summary>
    private static (PathPoint Minimum, PathPoint Maximum) Extremes(ExactDecisions exact, int gapSign, int slopeSign, double start, double limit)
    {
        var startPoint = new PathPoint(start, 0, false);
        var limitPoint = new PathPoint(limit, null, true);
        if (slopeSign == 0)
            return gapSign > 0 ? (startPoint, limitPoint) : gapSign < 0 ? (limitPoint, startPoint) : (startPoint, startPoint);
        var (p, q, a2, b2, ab, v2) = exact.PlaneProducts();
        var t = q * ab - p * b2;
        PathPoint? interior = null;
        if (t.Sign == -slopeSign)
        {
            var lambda = (p * ab - q * a2) / t;
            double value = ToDouble((p + lambda * q) * RootInverse((a2 + 2 * lambda * ab + lambda * lambda * b2) * v2, 120));
            // Stryker disable once Equality : slopeSign is ±1 here (0 returned above).
            interior = new PathPoint(slopeSign < 0 ? Math.Min(value, Math.Min(start, limit)) : Math.Max(value, Math.Max(start, limit)),
                ToDouble(lambda), false);
        }
        // Stryker disable once Equality : slopeSign is ±1 here.
        return slopeSign < 0
            ? (interior ?? limitPoint, gapSign > 0 ? limitPoint : startPoint)
            : (gapSign < 0 ? limitPoint : startPoint, interior ?? limitPoint);
    }

    /// <summary>Δ = q/√(‖b‖²‖v‖²) − p/√(‖a‖²‖v‖²) (non-zero), rounded once: each term is carried to 120, 240, … bits (within
    /// 2^−bits of itself), until the difference is known to 60 bits, |Δ| ≥ 2^(60 − bits)(|A(d_c)| + |A(g)|). A Δ of 1e-61
    /// beside alignments of 1e-20 needs 240 bits; the sign alone would stop at 120 with two digits wrong.</summary>
    private static double GapTo60Bits(Rational p, Rational q, Rational a2, Rational b2, Rational v2)
    {
        for (int bits = 120; ; bits *= 2)
        {
            Rational limit = q * RootInverse(b2 * v2, bits), start = p * RootInverse(a2 * v2, bits), gap = limit - start;
            var size = Abs(limit) + Abs(start);
            // Stryker disable once Equality,Arithmetic,Bitwise,Logical : a stricter stop (or none before 2^14 bits) only carries more bits to the
            // same double; |Δ| exactly 2^(60 − bits) of the size, or 2^14 bits, is not reached.
            if (Abs(gap) * new Rational(System.Numerics.BigInteger.One << (bits - 60), 1) >= size || bits >= 1 << 14) return ToDouble(gap);
        }
    }

    // Stryker disable once Equality : at 0 both forms give 0.
    private static Rational Abs(Rational x) => x.Sign < 0 ? -x : x;

    /// <summary>1/√y (y &gt; 0) as a rational within a factor 1 ± 2^−<paramref name="bits"/> of it: √(n/d) = √(n·d)/d, with n·d
    /// scaled by 4^k so that its integer square root has about <paramref name="bits"/> bits.</summary>
    private static Rational RootInverse(Rational y, int bits)
    {
        var nd = y.Numerator * y.Denominator;
        // Stryker disable once Arithmetic : two bits of margin; with two fewer, or with more, the root is still within 2^−(bits−4) of
        // itself, far inside the 60 bits GapTo60Bits asks for.
        int k = (int)Math.Max(0, bits - nd.GetBitLength() / 2 + 2);
        return new Rational(y.Denominator << k, Surd.IntegerSquareRoot(nd << (2 * k)));
    }

    /// <summary>The nearest double of a rational of any size; ±∞ beyond the double range, which
    /// <see cref="ModelEvaluation.Overflowing"/> names (eval then says so in one line).</summary>
    private static double ToDouble(Rational x)
    {
        x.TryToDouble(out double value);
        return value;
    }

    /// <summary>A strength λ &gt; 0 with A(g + λd_c) ≤ A(g), checked exactly. T1.3's non-improving paths: with Λ* &gt; 0 the path
    /// crosses A(g) once, lying below it before Λ* when s &lt; 0 &lt; Δ and after it when Δ &lt; 0 &lt; s (Λ*/2 and 2Λ* + 1 are
    /// tried); otherwise Δ ≤ 0 and s ≤ 0, and it lies at or below A(g) at every strength (λ = 1 is tried). A Λ* beyond the double
    /// range gives none here; <see cref="ModelEvaluation.Overflowing"/> names it.</summary>
    private static double? Witness(ExactDecisions exact, double? crossing)
    {
        double[] candidates = crossing is double c && c > 0 ? [c / 2, 2 * c + 1] : [1];
        return candidates.Where(l => double.IsFinite(l) && exact.ChangeAt(Rational.Of(l)) <= 0).Select(l => (double?)l).FirstOrDefault();
    }
}
