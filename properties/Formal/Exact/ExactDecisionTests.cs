using RlaifTheorems.Formal.Exact;

namespace RlaifTheorems.Properties.Formal.Exact;

/// <summary>
/// The exact decisions' quantities on models worked by hand, so that a decision that is right by accident (a theorem's check
/// that would hold for any value of the quantity it compares) cannot hide a wrong quantity. Each model is named in its test;
/// every value below is worked out on paper.
/// </summary>
public sealed class ExactDecisionTests
{
    private static readonly double[][] I2 = [[1, 0], [0, 1]];

    /// <summary>E = I₂, v = (−1, −1), m = (−1, 1), g = e₁, c = span(−1, 1): a = (1, 0), b = d_c = (−1, 1); p = ⟨a, v⟩ = −1, q = 0,
    /// ‖a‖² = 1, ‖b‖² = 2, ⟨a, b⟩ = −1, ‖v‖² = 2. A(g) = −1/√2 &lt; A(d_c) = 0 (Δ &gt; 0), s ∝ q‖a‖² − p⟨a, b⟩ = −1 &lt; 0; the path
    /// a + λb = (1 − λ, λ) passes the worst direction (½, ½), alignment −1, at λ = ½ and returns to A(g) at Λ* = 1.</summary>
    [Fact]
    public void TheTransientDegradationPathIsDecidedExactly()
    {
        var x = new ExactDecisions(I2, [-1, -1], [-1, 1], [1, 0], [[-1, 1]]);
        var (p, q, a2, b2, ab, v2) = x.PlaneProducts();
        Assert.Equal((new Rational(-1, 1), Rational.Zero, Rational.One, new Rational(2, 1), new Rational(-1, 1), new Rational(2, 1)), (p, q, a2, b2, ab, v2));
        Assert.Equal(1, x.GapSign());
        Assert.Equal(-1, x.SlopeSign());
        Assert.False(x.ImprovesMonotonically());
        Assert.Equal(Rational.One, x.CrossingStrength());
        Assert.Equal(-1, x.ChangeAt(new Rational(1, 2)));
        Assert.Equal(0, x.ChangeAt(Rational.One));
        Assert.Equal(1, x.ChangeAt(new Rational(2, 1)));
        Assert.True(x.PathDefined());
        Assert.Equal(0, x.ExpectedValueSlopeSign());
        Assert.Equal(Rational.Zero, x.SignedSquaredActivatedAlignment());
        Assert.Equal(Rational.One, x.SquaredCeiling());
        Assert.True(x.ActivatedDirectionOnSphere());
        Assert.True(x.ApproachesActivatedAlignment());
    }

    /// <summary>E = I₂, v = (0.6, 0.8), m = e₁, g = e₂, c = span(e₁) (EvalFieldTests' model): d_c = e₁, A(d_c) = 0.6, so its signed
    /// square is 0.36; Δ = 0.6 − 0.8 &lt; 0, and Λ* = 24/7; the reachable supremum is ρ = 1 (K = ⟨m, v⟩ = 0.6 &gt; 0) and the infimum
    /// −σ with σ² = R − K²/N = 1 − 0.36 = 0.64; m is no multiple of Ev = v, so an adversarial constitution exists.</summary>
    [Fact]
    public void TheHandWorkedEvalModelIsDecidedExactly()
    {
        var x = new ExactDecisions(I2, [0.6, 0.8], [1, 0], [0, 1], [[1, 0]]);
        var (r06, r08) = (Rational.Of(0.6), Rational.Of(0.8));
        var v2 = r06 * r06 + r08 * r08;
        Assert.Equal(r06 * r06 / v2, x.SignedSquaredActivatedAlignment());
        Assert.Equal(-1, x.GapSign());
        Assert.Equal(1, x.SlopeSign());
        Assert.False(x.ImprovesMonotonically());
        // Λ* = 2p(p⟨a,b⟩ − q‖a‖²)/(q²‖a‖² − p²‖b‖²) with p = 0.8, q = 0.6, ⟨a, b⟩ = 0: 2·0.8·(−0.6)/(0.36 − 0.64) = 24/7 for the
        // exact doubles' values.
        var expected = 2 * (r08 * (r08 * Rational.Zero - r06)) / (r06 * r06 - r08 * r08);
        Assert.Equal(expected, x.CrossingStrength());
        Assert.Equal(24.0 / 7, expected.ToDouble(), 12);
        Assert.Equal(1, x.ExpectedValueSlopeSign());
        Assert.Equal(Rational.One, x.ReachableBoundSquared(best: true));
        Assert.Equal(r08 * r08 / v2, x.ReachableBoundSquared(best: false));
        Assert.True(x.AdversarialExists());
        Assert.True(x.CeilingAttained());
        Assert.True(x.WithinReachableBound(best: true));
        Assert.True(x.WithinReachableBound(best: false));
        Assert.True(x.HarmfulDirectionIffLatentLeans());
    }

    [Fact]
    public void EachDecisionCanComeOutEitherWay()
    {
        // m = 2·Ev: no adversarial constitution (T3.1), and the reachable infimum is −ρ·sin 0 = 0.
        var aligned = new ExactDecisions(I2, [1, 2], [2, 4], [1, 0], [[1, 0]]);
        Assert.False(aligned.AdversarialExists());
        Assert.Equal(Rational.Zero, aligned.ReachableBoundSquared(best: false));
        Assert.Equal(Rational.One, aligned.ReachableBoundSquared(best: true));
        // m = −Ev: the supremum is σ = 0 and the infimum −ρ.
        var opposed = new ExactDecisions(I2, [1, 2], [-1, -2], [1, 0], [[1, 0]]);
        Assert.True(opposed.AdversarialExists());
        Assert.Equal(Rational.Zero, opposed.ReachableBoundSquared(best: true));
        Assert.Equal(Rational.One, opposed.ReachableBoundSquared(best: false));
        // Eᵀd_c = −Eᵀg: the path passes through 0 and is undefined; Eᵀg = 0 likewise.
        Assert.False(new ExactDecisions(I2, [1, 0], [-1, 0], [1, 0], [[1, 0]]).PathDefined());
        Assert.False(new ExactDecisions([[1, 0]], [1, 0], [1], [0], [[1]]).PathDefined());
        // Eᵀd_c = 2Eᵀg: defined, Δ = 0, no crossing.
        var parallel = new ExactDecisions(I2, [1, 1], [2, 0], [1, 0], [[1, 0]]);
        Assert.True(parallel.PathDefined());
        Assert.Equal(0, parallel.GapSign());
        Assert.Null(parallel.CrossingStrength());
        // Δ > 0 and s > 0: g = e₂, d_c = e₁, v = (1, 0.5)·: A(d_c) = 1/√1.25 > A(g) = 0.5/√1.25 and the path turns towards v.
        var improving = new ExactDecisions(I2, [1, 0.5], [1, 0], [0, 1], [[1, 0]]);
        Assert.Equal((1, 1), (improving.GapSign(), improving.SlopeSign()));
        Assert.True(improving.ImprovesMonotonically());
        Assert.Equal(Rational.Zero, improving.CrossingStrength());
        // T1.3's boundary s = 0 with Δ > 0 improves: v = (−1, 0), g = e₁, d_c = (1, 1): p = −1, q = −1, ⟨a, b⟩ = 1, so
        // s ∝ q‖a‖² − p⟨a, b⟩ = 0, while A(d_c) = −1/√2 > A(g) = −1.
        var flatStart = new ExactDecisions(I2, [-1, 0], [1, 1], [1, 0], [[1, 1]]);
        Assert.Equal((1, 0), (flatStart.GapSign(), flatStart.SlopeSign()));
        Assert.True(flatStart.ImprovesMonotonically());
        // Where the policy passes through 0 (Eᵀd_c = −Eᵀg at λ = 1), A is read as 0 there: the change is −sign A(g).
        var through = new ExactDecisions(I2, [1, 0], [-1, 0], [1, 0], [[1, 0]]);
        Assert.Equal(-1, through.ChangeAt(Rational.One));
        Assert.Equal(1, new ExactDecisions(I2, [-1, 0], [-1, 0], [1, 0], [[1, 0]]).ChangeAt(Rational.One));
        // ρ < 1: E = [1 0 0; 0 1 0], v = (1, 1, 1), ρ² = 2/3; ⟨Eᵀu, v⟩² / (‖Eᵀu‖²‖v‖²) for u = (1, 1) is 4/6 = ρ².
        var partial = new ExactDecisions([[1, 0, 0], [0, 1, 0]], [1, 1, 1], [1, 1], [1, 0], [[1, 1]]);
        Assert.Equal(new Rational(2, 3), partial.SquaredCeiling());
        Assert.True(partial.AlignmentAtMostCeiling([1, 1]));
        Assert.True(partial.CeilingAttained());
        Assert.True(partial.CapacityMonotone([1, 0]));
        // T3.3: a = (1, −1) with ⟨a, Ev⟩ = 0 is not harmful; the decision holds by the theorem either way.
        Assert.True(partial.HarmfulDirectionIffLatentLeans());
    }

    [Fact]
    public void GordansAlternativeIsDecidedExactly()
    {
        Rational[] V(params long[] x) => x.Select(t => new Rational(t, 1)).ToArray();
        Assert.True(ExactGordan.ZeroInHull([V(1, 0), V(-1, 0)]));
        Assert.True(ExactGordan.ZeroInHull([V(1, 0), V(-1, 1), V(0, -1)]));
        Assert.True(ExactGordan.ZeroInHull([V(2, 1), V(-1, 3), V(-1, -4)]));
        Assert.False(ExactGordan.ZeroInHull([V(1, 0), V(0, 1)]));
        Assert.False(ExactGordan.ZeroInHull([V(1, 0), V(-1, 1), V(0, 1)]));
        Assert.False(ExactGordan.ZeroInHull([V(1, 1), V(1, 1), V(2, 2)]));
        Assert.True(ExactGordan.ZeroInHull([V(0, 0)]));
        Assert.False(ExactGordan.ZeroInHull([V(3, -1)]));
        // ∇A_i(g) up to ‖a‖³‖v_i‖ at E = I₂, g = e₁: ‖a‖²v_i − ⟨a, v_i⟩a = (0, v_i2).
        var gradients = ExactGordan.ScaledGradients(I2, [[3, 2], [1, -5]], [1, 0]);
        Assert.Equal([V(0, 2), V(0, -5)], gradients);
        Assert.True(ExactDecisions.ImprovesEveryObjective(I2, [[3, 2], [1, 5]], [1, 0], [0, 1]));
        Assert.False(ExactDecisions.ImprovesEveryObjective(I2, [[3, 2], [1, -5]], [1, 0], [0, 1]));
        Assert.False(ExactDecisions.ImprovesEveryObjective(I2, [[3, 2]], [1, 0], [1, 0]));
        // v = e₁ at g = e₁ is already best: its gradient is 0, and no direction improves it strictly.
        Assert.False(ExactDecisions.ImprovesEveryObjective(I2, [[1, 0]], [1, 0], [0, 1]));
    }

    [Fact]
    public void ContextualUpdatesAreDecidedExactly()
    {
        // G = I₂, L = [[1, 2], [3, 4]], one constitution span(e₁) at λ = 2: G' − G = 2·P L = [[2, 4], [0, 0]], rank 1 ≤ min(1, 2).
        var x = new ExactContextualDecisions([[1, 0], [0, 1]], [[1, 2], [3, 4]], [[[1, 0]]], [2]);
        Assert.True(x.UpdateRankAndSpanBounded());
        Assert.True(x.AblationErasesUpdate());
        Rational[] V(params long[] x) => x.Select(t => new Rational(t, 1)).ToArray();
        Assert.Equal([V(2, 0), V(4, 0)], x.Update());
        Assert.Equal(1, x.RankBound());
        // Two constitutions on the same line add: 1·P + 3·P = 4P, so the update is 4·(column's e₁ part); the bound is
        // min(1 + 1, rank L = 2) = 2.
        var same = new ExactContextualDecisions([[1, 0], [0, 1]], [[1, 2], [3, 4]], [[[1, 0]], [[2, 0]]], [1, 3]);
        Assert.Equal([V(4, 0), V(8, 0)], same.Update());
        Assert.Equal(2, same.RankBound());
        Assert.Equal(1, new ExactContextualDecisions([[1, 0], [0, 1]], [[1, 2], [2, 4]], [[[1, 0]], [[0, 1]]], [1, 1]).RankBound());
        var two = new ExactContextualDecisions([[1, 0], [0, 1]], [[1, 2], [3, 4]], [[[1, 0]], [[1, 1]]], [0.5, 1.5]);
        Assert.True(two.UpdateRankAndSpanBounded());
        Assert.True(two.AblationErasesUpdate());
    }
}
