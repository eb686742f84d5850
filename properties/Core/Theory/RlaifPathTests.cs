using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Core.Theory;

public sealed class RlaifPathTests(ITestOutputHelper output)
{
    // E = I₂, g = e₁, d_c = (−1, 1) (θ = 135°), v = −(1, 1)/√2 (ψ = −135°): A(g) = −1/√2, A(d_c) = 0, so Δ = 1/√2 > 0,
    // but s < 0: the path first passes the worst direction (45°, at λ = 1/2) and returns to A(g) at λ = 1 (φ = 2ψ = 90°).
    private static RlaifPath TransientDegradation() =>
        new(ModelOf(Identity(2), Row(-1, -1), Row(-1, 1), Row(1, 0)), Constitution.Span(Vec(-1, 1)));

    /// <summary>At λ = double.MaxValue with ‖Eᵀd_c‖ a thousand times ‖Eᵀg‖, λ·2^{k_b − k_a} is +∞: the policy's direction is then
    /// that of Eᵀd_c, and A is A(d_c) = 0.6, finite.</summary>
    [Fact]
    public void AtTheLargestStrengthThePolicyPointsAlongTheActivatedDirection()
    {
        var path = new RlaifPath(ModelOf(Identity(2), Row(0.6, 0.8), Row(1, 0), Row(0, 1e-3)), Constitution.Span(Vec(1, 0)));
        Assert.Equal(0.6, path.LimitAlignment, 15);
        Assert.Equal(0.6, path.AlignmentAt(double.MaxValue), 15);
        Assert.Equal(0.8, path.AlignmentAt(0), 15);
    }

    /// <summary>Ties go to the earlier extreme: with E = I₂, v = e₁, g = (1, 1) and d_c = (1, −1), A(g) = A(d_c) = 1/√2 and the path
    /// rises to 1 at λ = 1 in between, so the minimum 1/√2 is at the start (λ = 0), not at the limit.</summary>
    [Fact]
    public void ATieBetweenStartAndLimitIsTheStart()
    {
        var path = new RlaifPath(ModelOf(Identity(2), Row(1, 0), Row(1, -1), Row(1, 1)), Constitution.Span(Vec(1, -1)));
        Assert.Equal(path.StartAlignment, path.LimitAlignment);
        Assert.Equal(1 / Math.Sqrt(2), path.Minimum.Alignment, 15);
        Assert.Equal(0.0, path.Minimum.Strength);
        Assert.False(path.Minimum.AtLimit);
        Assert.Equal(1.0, path.Maximum.Alignment, 12);
        Assert.Equal(1.0, path.Maximum.Strength, 12);
        // With v = −e₁ the same path dips to −1 at λ = 1, and the maximum −1/√2 ties between the start and the limit: the start.
        var dipping = new RlaifPath(ModelOf(Identity(2), Row(-1, 0), Row(1, -1), Row(1, 1)), Constitution.Span(Vec(1, -1)));
        Assert.Equal(dipping.StartAlignment, dipping.LimitAlignment);
        Assert.Equal(0.0, dipping.Maximum.Strength);
        Assert.False(dipping.Maximum.AtLimit);
        Assert.Equal(-1.0, dipping.Minimum.Alignment, 12);
    }

    /// <summary>An interior critical point lies strictly beyond the start, so it wins a tie in doubles: with E = I₂, v = e₁,
    /// g = (−1, y) and d_c = (−1, −1) the path dips below A(g) = −1/√(1 + y²) to −1 at λ ≈ y, and A(g) rounds to −1 for y below
    /// 1e-8. The minimum is the dip (an interior strength), and with its witness the path does not improve (T1.3: s &lt; 0).
    /// The maximum and minimum of the other tie test stay at the start: there no interior point ties.</summary>
    [Theory]
    [InlineData(1e-10)]
    [InlineData(1e-9)]
    [InlineData(3e-12)]
    public void ADipThatRoundsToTheStartIsStillTheMinimum(double y)
    {
        var path = new RlaifPath(ModelOf(Identity(2), Row(1, 0), Row(-1, -1), Row(-1, y)), Constitution.Span(Vec(-1, -1)));
        Assert.Equal(-1.0, path.StartAlignment);
        Assert.True(path.Minimum.Strength > 0 && !path.Minimum.AtLimit, $"minimum at {path.Minimum.Strength}");
        Assert.Equal(-1.0, path.Minimum.Alignment);
        Assert.False(path.ImprovesMonotonically);
        Assert.True(path.AlignmentAt(path.NonImprovementWitness!.Value) <= path.StartAlignment);
    }

    /// <summary>
    /// A dip the direct evaluation cannot see: E = I₂, v = (cos t, sin t), g = σ(−v + y·v⊥) and d_c = k(−v − v⊥), t uniform, y
    /// log-uniform in [2e-9, 1e-7], σ log-uniform in [1e-4, 1e4], k in 1…5 (seed 1, 2,000 paths). Then s·‖a‖/‖b‖ ≈ −y lies below
    /// −1e-9 (T1.3's margin) whatever σ and k, so the path dips below A(g) and does not improve, though only by about y², below
    /// A's rounding. Every path must say so, with a witness no higher than A(g) beyond the tolerance, and a minimum no higher
    /// than either end; in some the direct evaluation alone finds no witness.
    /// </summary>
    [Fact]
    public void ADipSmallerThanRoundingIsNotAnImprovementAtAnyAngleOrScale()
    {
        var random = new Random(1);
        int unseen = 0;
        for (int i = 0; i < 2000; i++)
        {
            double t = random.NextDouble() * 2 * Math.PI, y = 2e-9 * Math.Pow(50, random.NextDouble()), k = 1 + random.Next(5);
            double sigma = Math.Pow(10, 8 * random.NextDouble() - 4), c = Math.Cos(t), s = Math.Sin(t);
            double[] g = [sigma * (-c - y * s), sigma * (-s + y * c)], d = [k * (-c + s), k * (-s - c)];
            var path = new RlaifPath(ModelOf(Identity(2), Row(c, s), d, g), Constitution.Span(Vec(d)));
            string where = $"t = {t:R}, y = {y:R}, σ = {sigma:R}, k = {k}";
            Assert.True(path.InitialSlope * path.NaturalScale < -Tolerance.HypothesisMargin && path.Gap > Tolerance.HypothesisMargin, $"{where}: not a dip");
            Assert.False(path.ImprovesMonotonically, where);
            double w = path.NonImprovementWitness!.Value;
            Assert.True(w > 0 && path.AlignmentAt(w) <= path.StartAlignment + Tolerance.For(), $"{where}: A at the witness {w} is {path.AlignmentAt(w)}");
            Assert.True(path.Minimum.Alignment <= Math.Min(path.StartAlignment, path.LimitAlignment), $"{where}: minimum {path.Minimum} above an end");
            if (path.AlignmentAt(w) > path.StartAlignment) unseen++;
        }
        output.WriteLine($"2000 dips; the direct evaluation did not see {unseen} of them");
        Assert.True(unseen >= 10, $"only {unseen} dips escaped the direct evaluation");
    }

    /// <summary>
    /// A witness is seen or implied, never guessed: E = I₂, v = (cos t, sin t), g = −σv and d_c = k(cos(t + β), sin(t + β)) with β
    /// in (π/4, 3π/4), t uniform, σ log-uniform in [1e-4, 1e4], k in 1…5 (seed 3, 2,000 paths). The path starts at its lowest
    /// direction, so s is 0 up to rounding and Δ = 1 + cos β &gt; 0: it rises (T1.3), and a rounded s of ±1e-17 names a "dip" of
    /// 1e-33 at a strength of 1e-17. The witness must be what the contract says: a strength where the direct evaluation gives
    /// A ≤ A(g), or the closed-form minimum when s·‖a‖/‖b‖ lies below minus its tolerance, which it never does here. In some paths
    /// the rounded s is negative and the direct evaluation sees no dip (31 with this seed; at least 10 are required): those improve.
    /// </summary>
    [Fact]
    public void AZeroSlopeWithinRoundingNamesNoUnseenDip()
    {
        var random = new Random(3);
        int unseen = 0;
        for (int i = 0; i < 2000; i++)
        {
            double t = random.NextDouble() * 2 * Math.PI, beta = Math.PI / 4 + random.NextDouble() * Math.PI / 2, k = 1 + random.Next(5);
            double sigma = Math.Pow(10, 8 * random.NextDouble() - 4), c = Math.Cos(t), s = Math.Sin(t);
            double[] g = [-sigma * c, -sigma * s], d = [k * Math.Cos(t + beta), k * Math.Sin(t + beta)];
            var path = new RlaifPath(ModelOf(Identity(2), Row(c, s), d, g), Constitution.Span(Vec(d)));
            string where = $"t = {t:R}, β = {beta:R}, σ = {sigma:R}, k = {k}";
            Assert.True(Math.Abs(path.InitialSlope * path.NaturalScale) <= Tolerance.For() && path.Gap > Tolerance.HypothesisMargin, $"{where}: s {path.InitialSlope}, Δ {path.Gap}");
            if (path.NonImprovementWitness is double w)
                Assert.True(path.AlignmentAt(w) <= path.StartAlignment, $"{where}: A at the witness {w:R} is {path.AlignmentAt(w):R} > A(g) = {path.StartAlignment:R}");
            if (path.InitialSlope < 0 && path.ImprovesMonotonically) unseen++;
        }
        output.WriteLine($"2000 paths from their lowest direction; the rounded s was negative with no dip seen in {unseen}");
        Assert.True(unseen >= 10, $"a negative rounded s without a seen dip in only {unseen}");
    }

    /// <summary>
    /// The interior maximum is never printed below an end: E = I₂, v = (cos t, sin t), g = v⊥ and d_c = v − ε·v⊥ with ε
    /// log-uniform in [1e-12, 1e-8] (seed 2, 2,000 paths): the path passes the top, A = 1, just before its limit
    /// A(d_c) = 1/√(1 + ε²), which rounds to 1 or to 1 − 1.1e-16 as the top's computed value may too (in some, by construction
    /// not filtering, the direct evaluation at the top falls below the limit).
    /// </summary>
    [Fact]
    public void AnInteriorTopIsNeverBelowTheLimitItNearlyEquals()
    {
        var random = new Random(2);
        int roundedBelow = 0;
        for (int i = 0; i < 2000; i++)
        {
            double t = random.NextDouble() * 2 * Math.PI, e = Math.Pow(10, -8 - 4 * random.NextDouble()), c = Math.Cos(t), s = Math.Sin(t);
            double[] g = [-s, c], d = [c + e * s, s - e * c];
            var path = new RlaifPath(ModelOf(Identity(2), Row(c, s), d, g), Constitution.Span(Vec(d)));
            string where = $"t = {t:R}, ε = {e:R}";
            Assert.True(!path.Maximum.AtLimit && path.Maximum.Strength > 0, $"{where}: maximum {path.Maximum}");
            Assert.True(path.Maximum.Alignment >= Math.Max(path.StartAlignment, path.LimitAlignment), $"{where}: maximum {path.Maximum}, limit {path.LimitAlignment:R}");
            if (path.AlignmentAt(path.Maximum.Strength) < path.LimitAlignment) roundedBelow++;
        }
        output.WriteLine($"2000 paths past the top; at the top's strength A was computed below the limit in {roundedBelow}");
        Assert.True(roundedBelow >= 10, $"A at the top rounded below the limit in only {roundedBelow}");
    }

    /// <summary>
    /// A fall past a long rise: E = I₂, v = e₁, g = (1, 1) and d_c = (1, −(1 + ε)). The path rises to 1 and falls to
    /// A(d_c) = 1/√(1 + (1 + ε)²), below A(g) = 1/√2 by about 0.18ε, so with ε from 1e-8 to 1e-5 Δ lies past −1e-9 (T1.3's
    /// margin) and the path does not improve. It returns to A(g) only at Λ* ≈ 2/ε, and one natural scale past Λ* it is still
    /// within 1e-17 of A(g); twice Λ* it is |Δ|/2 below. Every such path must say it does not improve, with a witness.
    /// </summary>
    [Theory]
    [InlineData(1e-8)]
    [InlineData(3e-7)]
    [InlineData(1e-5)]
    public void ASmallFallPastALongRiseIsNotAnImprovement(double epsilon)
    {
        var d = new[] { 1, -(1 + epsilon) };
        var path = new RlaifPath(ModelOf(Identity(2), Row(1, 0), d, Row(1, 1)), Constitution.Span(Vec(d)));
        Assert.True(path.Gap < -Tolerance.HypothesisMargin && path.InitialSlope > 0, $"Δ = {path.Gap}, s = {path.InitialSlope}");
        Assert.False(path.ImprovesMonotonically);
        double w = path.NonImprovementWitness!.Value;
        Assert.True(w > path.CrossingStrength && path.AlignmentAt(w) <= path.StartAlignment, $"witness {w}, Λ* = {path.CrossingStrength}");
    }

    [Fact]
    public void TransientDegradationHasClosedFormMinimumAndCrossing()
    {
        var path = TransientDegradation();
        Assert.Equal(1 / Math.Sqrt(2), path.Gap, 12);
        Assert.True(path.InitialSlope < 0);
        Assert.Equal(-1.0, path.Minimum.Alignment, 12);
        Assert.Equal(0.5, path.Minimum.Strength, 12);
        Assert.Equal(1.0, path.CrossingStrength!.Value, 12);
        Assert.Equal(path.StartAlignment, path.AlignmentAt(1.0), 12);
        Assert.True(path.Maximum.AtLimit);
        Assert.Equal(0.0, path.Maximum.Alignment, 12);
        Assert.False(path.ImprovesMonotonically);
        Assert.Equal(0.5, path.NonImprovementWitness!.Value, 12);
    }

    [Fact]
    public void MonotoneImprovementWhenGapPositiveAndSlopeNonNegative()
    {
        // g = e₁, d_c = e₂, v = (1, 2)/√5: A rises from 1/√5 to 2/√5 through the maximum 1 at λ = 2.
        var path = new RlaifPath(ModelOf(Identity(2), Row(1, 2), Row(0, 1), Row(1, 0)), Constitution.Span(Vec(0, 1)));
        Assert.True(path.ImprovesMonotonically);
        Assert.Null(path.NonImprovementWitness);
        Assert.Equal(1.0, path.Maximum.Alignment, 12);
        Assert.Equal(2.0, path.Maximum.Strength, 12);
        Assert.Equal(0.0, path.CrossingStrength);
    }

    [Fact]
    public void ZeroGapWithPositiveSlopeImprovesAtEveryStrengthAndHasNoCrossing()
    {
        // T1.3 on its boundary (corrected 2026-12-01): with Δ = 0 and s > 0 the path improves at every λ > 0 (g = e₁,
        // d_c = e₂, v = (1,1)/√2: A = cos(φ − 45°) > cos 45° on (0°, 90°)) and returns to A(g) only in the limit, so
        // T1.2 defines no Λ*. Δ is exactly 0 here: A(g) and A(d_c) are the two equal entries of v.
        var path = new RlaifPath(ModelOf(Identity(2), Row(1, 1), Row(0, 1), Row(1, 0)), Constitution.Span(Vec(0, 1)));
        Assert.Equal(0.0, path.Gap);
        Assert.True(path.InitialSlope > 0);
        Assert.True(path.ImprovesMonotonically);
        Assert.Null(path.CrossingStrength);
        Assert.Null(path.NonImprovementWitness);
        Assert.Equal(1.0, path.Maximum.Alignment, 12);
        Assert.False(path.Maximum.AtLimit);
        foreach (double lambda in new[] { 1e-3, 0.1, 1, 10, 1e3 })
            Assert.True(path.AlignmentAt(lambda) > path.StartAlignment);
    }

    [Fact]
    public void ZeroGapWithNegativeSlopeDegradesAtEveryStrength()
    {
        // The mirror case, v = −(1,1)/√2: A = −cos(φ − 45°) falls to −1 at λ = 1 and returns only in the limit.
        // "Δ ≥ 0 and s ≥ 0, not both zero" fails (s < 0), and the witness λ is a strength where A is below A(g).
        var path = new RlaifPath(ModelOf(Identity(2), Row(-1, -1), Row(0, 1), Row(1, 0)), Constitution.Span(Vec(0, 1)));
        Assert.Equal(0.0, path.Gap);
        Assert.True(path.InitialSlope < 0);
        Assert.False(path.ImprovesMonotonically);
        Assert.Null(path.CrossingStrength);
        Assert.Equal(1.0, path.NonImprovementWitness!.Value, 12);
        Assert.True(path.AlignmentAt(path.NonImprovementWitness.Value) < path.StartAlignment);
    }

    [Fact]
    public void SpecT12NeedsANonZeroActivatedDirection()
    {
        // THEORY note: with d_c = 0, A(d_c) := 0 gives Δ = −A(g) = 1 > 0, yet the policy never moves: T1.2 needs Eᵀd_c ≠ 0
        // (as T1.1 states). The library refuses to build the path.
        var model = ModelOf(Identity(2), Row(1, 0), Row(1, 0), Row(-1, 0));
        var orthogonal = Constitution.Span(Vec(0, 1));
        Assert.Equal(1.0, model.Gap(orthogonal), 12);
        Assert.Equal(model.Alignment(model.Generation), model.Alignment(model.RlaifStep(orthogonal, 100)), 12);
        var ex = Assert.Throws<ModelInputException>(() => new RlaifPath(model, orthogonal));
        Assert.Equal(InputProblem.ZeroDirection, ex.Problem);
    }

    [Fact]
    public void PathFailsWhenActivatedDirectionOpposesGeneration()
    {
        var ex = Assert.Throws<ModelInputException>(() =>
            new RlaifPath(ModelOf(Identity(2), Row(1, 0), Row(-1, 0), Row(1, 0)), Constitution.Span(Vec(1, 0))));
        Assert.Equal(InputProblem.OutOfRange, ex.Problem);
    }

    [Fact]
    public void PathConditionGrowsAsPathNearlyCancels()
    {
        Assert.Equal(1 / Math.Cos(3 * Math.PI / 8), TransientDegradation().Condition, 12);
    }

    [Fact]
    public void AFlatPathDoesNotImproveAndEveryStrengthWitnessesIt()
    {
        // v = e₃ ⟂ span(g, d_c) = span(e₁, e₂): A ≡ 0 along the whole path, Δ = s = 0 (T1.3: not both zero, so no).
        var path = new RlaifPath(ModelOf(Identity(3), Row(0, 0, 1), Row(0, 1, 0), Row(1, 0, 0)), Constitution.Span(Vec(0, 1, 0)));
        Assert.Equal(0.0, path.Gap);
        Assert.Equal(0.0, path.InitialSlope);
        Assert.Null(path.CrossingStrength);
        Assert.False(path.ImprovesMonotonically);
        double witness = path.NonImprovementWitness!.Value;
        Assert.True(witness > 0);
        Assert.True(path.AlignmentAt(witness) <= path.StartAlignment);
        Assert.Equal(1.0, path.NaturalScale);
    }

    [Fact]
    public void NaturalScaleIsTheRatioOfThePullbackNorms()
    {
        var path = new RlaifPath(ModelOf(Enc(Row(2, 0), Row(0, 1)), Row(1, 1), Row(0, 3), Row(1, 0)), Constitution.Span(Vec(0, 1)));
        // a = Eᵀg = (2, 0), b = Eᵀd_c = (0, 3): ‖a‖/‖b‖ = 2/3.
        Assert.Equal(2.0 / 3, path.NaturalScale, 15);
        Assert.StartsWith("lambda: is -1", Assert.Throws<ModelInputException>(() => path.AlignmentAt(-1)).Message);
    }

    [Fact]
    public void UndefinedPathsSayWhyInOneLine()
    {
        var zero = Assert.Throws<ModelInputException>(() =>
            new RlaifPath(ModelOf(Identity(2), Row(1, 0), Row(1, 0), Row(0, 1)), Constitution.Span(Vec(0, 1))));
        Assert.Equal(InputProblem.ZeroDirection, zero.Problem);
        Assert.Equal("d_c: the constitution activates nothing (P_c m = 0), so RLAIF does not move the policy", zero.Message);
        var opposed = Assert.Throws<ModelInputException>(() =>
            new RlaifPath(ModelOf(Identity(2), Row(1, 0), Row(-1, 0), Row(1, 0)), Constitution.Span(Vec(1, 0))));
        Assert.Equal(InputProblem.OutOfRange, opposed.Problem);
        Assert.Equal("d_c: Eᵀd_c is a negative multiple of Eᵀg: the path passes through the zero policy and A jumps (excluded by T1.3)", opposed.Message);
    }
}
