using RlaifTheorems.Core.Theory;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Verification.Reports;

/// <summary>A constitution found by the library and the alignment it activates, evaluated directly.</summary>
public sealed record ConstitutionWitness(double[][] Basis, double[] ActivatedDirection, double Alignment)
{
    /// <summary>The witness of constitution <paramref name="c"/> in <paramref name="model"/>.</summary>
    public static ConstitutionWitness Of(LatentValueModel model, Constitution c)
    {
        var d = model.Activated(c);
        return new(c.Basis.EnumerateColumns().Select(q => q.ToArray()).ToArray(), d.ToArray(), model.Alignment(d));
    }
}

/// <summary>An extreme of A along the RLAIF path; <see cref="Strength"/> is null at the limit λ → ∞.</summary>
public sealed record PathPoint(double Alignment, double? Strength, bool AtLimit);

/// <summary>
/// The closed forms of the RLAIF path (T1.2, T1.3). <see cref="CrossingStrength"/> is null exactly when Δ(c) = 0, and
/// <see cref="CrossingStrengthUndefined"/> then says why (T1.2 defines Λ* only for Δ ≠ 0).
/// </summary>
public sealed record PathSummary(double? CrossingStrength, string? CrossingStrengthUndefined, PathPoint Minimum, PathPoint Maximum,
    bool ImprovesMonotonically, double? NonImprovementWitness, double Condition)
{
    /// <summary>‖Eᵀg‖/‖Eᵀd_c‖ (not printed): s times it is the scale-1 slope p₂ sin θ, whose nearness to 0 decides when eval
    /// settles the signs exactly.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double NaturalScale { get; init; } = 1;

    /// <summary>What the report says in place of Λ* when Δ(c) = 0.</summary>
    public const string ZeroGap = "Δ(c) = 0: A(g + λd_c) tends to A(g) itself as λ → ∞, so no crossing strength Λ* exists (T1.2)";
}

/// <summary>Best and worst reachable alignment with witnesses (T2.5, T3.1, T3.2).</summary>
public sealed record ReachableSummary(
    double WhitenedCosine, double Supremum, bool SupremumAttained, ConstitutionWitness Best,
    double Infimum, bool InfimumAttained, ConstitutionWitness Worst, bool AdversarialExists, ConstitutionWitness? AdversarialWitness);

/// <summary>
/// Every quantity of the THEORY for one model and constitution: ρ, A(g), A(d_c), Δ, s, agreements, expected value and its
/// slope in λ, the path's Λ* and extremes, and the best and worst reachable constitutions with witnesses. Witnesses of
/// unattained bounds come within <see cref="WitnessEpsilon"/>.
/// </summary>
public sealed record ModelEvaluation(
    int WorldDimension, int RepresentationDimension, double EncoderCondition, bool EncoderIsometric, int ConstitutionRank,
    double Rho, double AlignmentOfGeneration, double[] ActivatedDirection, double AlignmentOfActivated, double Gap,
    double? InitialSlope, double AgreementOfGeneration, double AgreementOfActivated,
    double ExpectedValueOfGeneration, double ExpectedValueSlope,
    PathSummary? Path, string? PathUndefinedBecause, ReachableSummary Reachable, double[]? VectorAlignments = null)
{
    /// <summary>How close witnesses of unattained bounds come.</summary>
    public const double WitnessEpsilon = 1e-9;

    /// <summary>The name of the first output whose true value lies outside the double range (it computed as ±∞), or null. Only
    /// the expected values, the path's strengths and its condition are unbounded; every other output is an alignment, a
    /// cosine or a vector no longer than m.</summary>
    public string? Overflowing() => new (string Name, double? Value)[]
        {
            ("expectedValueOfGeneration", ExpectedValueOfGeneration), ("expectedValueSlope", ExpectedValueSlope),
            ("path.crossingStrength", Path?.CrossingStrength), ("path.minimum.strength", Path?.Minimum.Strength),
            ("path.maximum.strength", Path?.Maximum.Strength), ("path.nonImprovementWitness", Path?.NonImprovementWitness),
            ("path.condition", Path?.Condition), ("initialSlope", InitialSlope),
        }.FirstOrDefault(f => f.Value is double x && !double.IsFinite(x)).Name;

    /// <summary>Evaluates <paramref name="model"/> under constitution <paramref name="c"/>; with <paramref name="vectors"/> (column-major
    /// d×n), also the alignment A(u) of each of its columns, in one batch (<see cref="BatchedAlignment"/>).</summary>
    /// <exception cref="ModelInputException">The constitution or a vector does not live in R^d, or an output's true value lies
    /// beyond the double range (<see cref="TryOf"/> names it without throwing).</exception>
    public static ModelEvaluation Of(LatentValueModel model, Constitution c, double[]? vectors = null)
    {
        if (!TryOf(model, c, vectors, out var evaluation, out var problem)) throw problem;
        return evaluation;
    }

    /// <summary>The evaluation, or false and an <see cref="InputProblem.OutOfRange"/> problem naming the first output whose true
    /// value lies beyond the double range (<see cref="Overflowing"/>); no output is ever ±∞.</summary>
    /// <exception cref="ModelInputException">The constitution or a vector does not live in R^d.</exception>
    public static bool TryOf(LatentValueModel model, Constitution c, double[]? vectors,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModelEvaluation? evaluation,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ModelInputException? problem)
    {
        var candidate = Compute(model, c, vectors);
        problem = candidate.Overflowing() is { } name ? OutOfRange(name) : null;
        evaluation = problem is null ? candidate : null;
        return problem is null;
    }

    /// <summary>The error naming output <paramref name="name"/> as beyond the double range.</summary>
    public static ModelInputException OutOfRange(string name) =>
        new(InputProblem.OutOfRange, name, "lies outside the double range (its magnitude exceeds 1.8e308); rescale E, g or m");

    /// <summary>Every output, an unbounded one (expected values, strengths, condition) as ±∞ when its true value is beyond the
    /// double range.</summary>
    private static ModelEvaluation Compute(LatentValueModel model, Constitution c, double[]? vectors)
    {
        var d = model.Activated(c);
        // A, Agree and EV of d_c from d_c = 2^k·d̂, so that none depends on d_c's own rounding among the subnormals.
        var (direction, exponent) = model.NormalisedActivated(c);
        PathSummary? path = null;
        string? why = null;
        double? slope = null;
        // A(d_c) and Δ are the path's when it is defined: on a parallel path they are equal by construction (Δ = 0 exactly), where two
        // separately rounded evaluations would differ by 1e-17 and contradict the path's own Λ* = null.
        double activated = model.Alignment(direction), gap = activated - model.Alignment(model.Generation);
        if (RlaifPath.TryCreate(model, c, out var p, out var undefined))
        {
            path = new PathSummary(p.CrossingStrength, p.CrossingStrength is null ? PathSummary.ZeroGap : null, Point(p.Minimum), Point(p.Maximum), p.ImprovesMonotonically, p.NonImprovementWitness, p.Condition)
            {
                NaturalScale = p.NaturalScale,
            };
            slope = p.InitialSlope;
            activated = p.LimitAlignment;
            gap = p.Gap;
        }
        else
        {
            // The path is undefined when d_c = 0 or Eᵀd_c is a negative multiple of Eᵀg. In both, g + λd_c keeps g's direction for
            // small λ (E ᵀ(g + λd_c) = (1 − λt)Eᵀg), so A is constant there and s(c) = 0 exactly.
            why = undefined.Message;
            slope = 0;
        }
        var reach = new ReachableAlignment(model);
        var summary = new ReachableSummary(
            reach.WhitenedCosine,
            reach.Supremum, reach.SupremumAttained, ConstitutionWitness.Of(model, reach.BestConstitution(WitnessEpsilon)),
            reach.Infimum, reach.InfimumAttained, ConstitutionWitness.Of(model, reach.WorstConstitution(WitnessEpsilon)),
            reach.AdversarialExists, reach.AdversarialWitness is { } w ? ConstitutionWitness.Of(model, w) : null);
        return new ModelEvaluation(
            model.Encoder.WorldDimension, model.RepresentationDimension, model.Encoder.Condition, model.Encoder.IsIsometric, c.Rank,
            model.Quality, model.Alignment(model.Generation), d.ToArray(), activated, gap,
            slope, model.Agreement(model.Generation), model.Agreement(direction),
            ExpectedValueOrInfinity(model, model.Generation), ExpectedValueOrInfinity(model, direction, exponent),
            path, why, summary, vectors is null ? null : Alignments(model, vectors));
    }

    private static double ExpectedValueOrInfinity(LatentValueModel model, MathNet.Numerics.LinearAlgebra.Vector<double> theta, int exponent = 0)
    {
        model.TryExpectedValue(theta, exponent, out double value);
        return value;
    }

    private static double[] Alignments(LatentValueModel model, double[] vectors)
    {
        int d = model.RepresentationDimension, n = vectors.Length / d;
        // A(u) does not depend on u's scale: each column is rescaled by its own power of two (exact) before the kernel, so
        // 1e-200 and 1e200 neither under- nor overflow in its sums of squares.
        var scaled = new double[vectors.Length];
        for (int j = 0; j < n; j++)
        {
            int k = PowerOfTwo.ExponentOf(vectors.AsSpan(j * d, d).ToArray());
            for (int i = 0; i < d; i++) scaled[j * d + i] = Math.ScaleB(vectors[j * d + i], -k);
        }
        var result = new double[n];
        BatchedAlignment.Alignments(model.Encoder, model.Value, scaled, n, result);
        return result;
    }

    private static PathPoint Point(PathExtremum e) => new(e.Alignment, e.AtLimit ? null : e.Strength, e.AtLimit);
}
