using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Theory;

public sealed class ReachableAlignmentTests
{
    private static ReachableAlignment OnPlane(double[] m) => new(ModelOf(Identity(2), Row(1, 0), m, Row(1, 1)));

    [Fact]
    public void AlignedLatentReachesCeilingAndCannotBeTurned()
    {
        var r = OnPlane(Row(2, 0));
        Assert.Equal(1.0, r.Supremum, 12);
        Assert.True(r.SupremumAttained);
        Assert.Equal(0.0, r.Infimum, 12);
        Assert.False(r.AdversarialExists);
        Assert.Null(r.AdversarialWitness);
    }

    [Fact]
    public void OrthogonalLatentReachesBothSidesOnlyInTheLimit()
    {
        var r = OnPlane(Row(0, 1));
        Assert.Equal(1.0, r.Supremum, 12);
        Assert.Equal(-1.0, r.Infimum, 12);
        Assert.False(r.SupremumAttained);
        Assert.False(r.InfimumAttained);
        var model = ModelOf(Identity(2), Row(1, 0), Row(0, 1), Row(1, 1));
        Assert.True(model.Alignment(model.Activated(r.BestConstitution(1e-6))) >= 1 - 1e-6);
        Assert.True(model.Alignment(model.Activated(r.WorstConstitution(1e-6))) <= -1 + 1e-6);
    }

    [Fact]
    public void OpposedLatentIsAdversarialWithWitness()
    {
        var model = ModelOf(Identity(2), Row(1, 0), Row(-1, 0), Row(1, 1));
        var r = new ReachableAlignment(model);
        Assert.Equal(-1.0, r.Infimum, 12);
        Assert.True(r.AdversarialExists);
        Assert.True(model.Alignment(model.Activated(r.AdversarialWitness!)) < 0);
        Assert.Equal(0.0, r.Supremum, 12);
    }

    [Fact]
    public void WhiteningChangesTheReachableSupremum()
    {
        // E = diag(1, 1/2), v = (1, 1)/√2, m = (1, −1): w' = M^{-1/2}Ev = (1, 1)/√2, m' = (1, −2), so cos∠(m', w') = −1/√10
        // and sup = ρ·sin∠ = 3/√10, inf = −ρ = −1. Unwhitened, cos∠(m, Ev) = +1/√10 would claim sup = ρ = 1 (P3.1).
        var model = ModelOf(Enc(Row(1, 0), Row(0, 0.5)), Row(1, 1), Row(1, -1), Row(1, 0));
        var r = new ReachableAlignment(model);
        Assert.Equal(1.0, r.Ceiling, 12);
        Assert.Equal(-1 / Math.Sqrt(10), r.WhitenedCosine, 12);
        Assert.Equal(3 / Math.Sqrt(10), r.Supremum, 12);
        Assert.Equal(-1.0, r.Infimum, 12);
        Assert.True(model.Alignment(model.Activated(r.BestConstitution(1e-6))) >= 3 / Math.Sqrt(10) - 1e-6);
        Assert.Equal(-1.0, model.Alignment(model.Activated(r.WorstConstitution())), 12);
        Assert.True(LatentValueModel.Cosine(model.Latent, model.EncodedValue) > 0);
    }

    [Fact]
    public void SpecT25FormulaNeedsTwoRepresentationDimensions()
    {
        // THEORY note: for d = 1 the only constitution is R¹, so sup = A(m) = −1 here, while the T2.5 formula (cos < 0)
        // gives ρ·sin∠ = 0. The catalogue checks T2.5 and T3.2 for d ≥ 2; the library answers d = 1 correctly.
        var model = ModelOf(Identity(1), Row(1), Row(-1), Row(1));
        var r = new ReachableAlignment(model);
        Assert.Equal(-1.0, r.Supremum, 12);
        Assert.Equal(-1.0, r.Infimum, 12);
        Assert.Equal(-1.0, model.Alignment(model.Activated(r.BestConstitution())), 12);
    }

    [Fact]
    public void SpecT31NeedsAPositiveCeiling()
    {
        // THEORY note: with ρ = 0 (v ⟂ row(E)), m = (1) is not a positive multiple of Ev = 0, yet A ≡ 0, so no constitution
        // is adversarial: T3.1 holds for ρ > 0.
        var model = ModelOf(Enc(Row(1, 0)), Row(0, 1), Row(1), Row(1));
        var r = new ReachableAlignment(model);
        Assert.Equal(0.0, r.Ceiling, 12);
        Assert.False(r.AdversarialExists);
    }

    [Fact]
    public void AdversarialDecisionAgreesWithItsWitnessOnAnAnisotropicEncoder()
    {
        // E = diag(1, 1e-6) (in R^{2×3}), m within 1e-11 of a positive multiple of Ev: inf ≈ −5e-6 is real, and the
        // decision is its certified witness, not a threshold scaled by the condition number (which once said "none").
        var model = ModelOf(Enc(Row(1, 0, 0), Row(0, 1e-6, 0)), Row(1, 1, 0), Row(1, 1.00001e-6), Row(1, 0));
        var r = new ReachableAlignment(model);
        Assert.True(r.Infimum < -4e-6);
        Assert.True(r.AdversarialExists);
        Assert.True(model.Alignment(model.Activated(r.AdversarialWitness!)) < 0);
    }

    [Fact]
    public void SupremumOnTheHemisphereBoundaryIsNotAttained()
    {
        // cos(m', w') = 0 here: u* = M⁻¹Ev is orthogonal to m, so span(u*) activates d_c = 0 and the ceiling ρ = 1 is only
        // approached. Attainment is decided by the witness span(u*), whose activated direction is not a positive multiple of u*.
        var model = ModelOf(Enc(Row(1, 0.5), Row(0.5, 0.5)), Row(1, 1), Row(-0.5, 0), Row(0.5, -1));
        var r = new ReachableAlignment(model);
        Assert.False(r.SupremumAttained);
        Assert.False(r.InfimumAttained);
        Assert.True(model.Alignment(model.Activated(r.BestConstitution(1e-6))) >= r.Supremum - 1e-6 - 1e-12);
    }

    [Fact]
    public void TheWorstWitnessOfALatentParallelToTheValueIsFiniteAndComesWithinEpsilon()
    {
        // m ∥ w' exactly: the boundary direction closest to −w' is not unique (t = 0), and any direction ⟂ m' is taken.
        var r = OnPlane(Row(2, 0));
        var model = ModelOf(Identity(2), Row(1, 0), Row(2, 0), Row(1, 1));
        var worst = r.WorstConstitution(1e-6);
        Assert.True(worst.Basis.Enumerate().All(double.IsFinite));
        double a = model.Alignment(model.Activated(worst));
        Assert.InRange(a, r.Infimum, r.Infimum + 1e-6);
        Assert.Equal("epsilon: is 0; it must be finite and > 0", Assert.Throws<ModelInputException>(() => r.BestConstitution(0)).Message);
        Assert.Throws<ModelInputException>(() => r.WorstConstitution(-1));
    }

    public static TheoryData<double, double> NearlyParallel => new()
    {
        { 1e-12, 1.0 }, { 1e-10, 1.0 }, { 1e-8, 1.0 }, { 1e-5, 1e-3 }, { 1e-3, 1e-3 }, { 0.3, 1e-8 },
    };

    /// <summary>m' at a tiny angle α from w' (d = 3, ρ as given): the infimum −ρ sin α is not attained, the worst witness comes
    /// within ε of it and is adversarial (T3.1: m is not a positive multiple of E v), and the best attains ρ.</summary>
    [Theory]
    [MemberData(nameof(NearlyParallel))]
    public void WitnessesComeWithinEpsilonWhenTheLatentIsNearlyParallelToTheValue(double angle, double rho)
    {
        // E = I₃ ⊕ 0 (d = 3, D = 4), v = ρ e₁ + √(1 − ρ²) e₄: w' = ρ e₁. m = (cos α, sin α·0.6, sin α·0.8).
        var e = Enc(Row(1, 0, 0, 0), Row(0, 1, 0, 0), Row(0, 0, 1, 0));
        var model = ModelOf(e, Row(rho, 0, 0, Math.Sqrt(1 - rho * rho)), Row(Math.Cos(angle), 0.6 * Math.Sin(angle), 0.8 * Math.Sin(angle)), Row(0, 1, 0));
        var r = new ReachableAlignment(model);
        Assert.Equal(rho, r.Ceiling, 12);
        Assert.True(r.SupremumAttained);
        Assert.False(r.InfimumAttained);
        Assert.Equal(-rho * Math.Sin(angle), r.Infimum, Math.Max(1e-14 * rho, 1e-22));
        double epsilon = Math.Min(1e-9, 0.5 * rho * Math.Sin(angle));
        double worst = model.Alignment(model.Activated(r.WorstConstitution(epsilon)));
        Assert.InRange(worst, r.Infimum - 1e-15 * rho, r.Infimum + epsilon);
        Assert.True(r.AdversarialExists);
        Assert.True(model.Alignment(model.Activated(r.AdversarialWitness!)) < 0);
    }

    [Fact]
    public void TheBestWitnessOfATinyCeilingComesWithinEpsilon()
    {
        // ρ = 1e-8 and m' ⟂ w' up to a 45° tilt away: the supremum ρ sin∠ is approached by a witness tilted η = ε/(2ρ) into
        // the hemisphere of m, far enough that its activated direction is certain.
        double rho = 1e-8;
        var e = Enc(Row(1, 0, 0), Row(0, 1, 0));
        var model = ModelOf(e, Row(rho, 0, Math.Sqrt(1 - rho * rho)), Row(-1, 1), Row(0, 1));
        var r = new ReachableAlignment(model);
        Assert.False(r.SupremumAttained);
        Assert.Equal(rho / Math.Sqrt(2), r.Supremum, 1e-22);
        double best = model.Alignment(model.Activated(r.BestConstitution(1e-9)));
        Assert.InRange(best, r.Supremum - 1e-9, r.Supremum + 1e-22);
        Assert.True(best > 0);
    }

    [Fact]
    public void AZeroCeilingAttainsBothBoundsAtZero()
    {
        // v ⟂ row(E): ρ = 0, every direction has A = 0.
        var model = ModelOf(Enc(Row(1, 0, 0), Row(0, 1, 0)), Row(0, 0, 1), Row(1, 1), Row(0, 1));
        var r = new ReachableAlignment(model);
        Assert.Equal(0.0, r.Ceiling);
        Assert.Equal(0.0, r.WhitenedCosine);
        Assert.Equal(1.0, r.WhitenedSine);
        Assert.Equal(0.0, r.Supremum);
        Assert.Equal(0.0, r.Infimum);
        Assert.True(r.SupremumAttained);
        Assert.True(r.InfimumAttained);
        Assert.False(r.AdversarialExists);
        Assert.Equal(1, r.BestConstitution().Rank);
    }

    [Fact]
    public void InOneDimensionBothBoundsAreTheAlignmentOfM()
    {
        var positive = new ReachableAlignment(ModelOf(Enc(Row(1, 1)), Row(1, 0), Row(3), Row(1)));
        Assert.Equal(1 / Math.Sqrt(2), positive.Supremum, 14);
        Assert.Equal(positive.Supremum, positive.Infimum);
        Assert.True(positive.SupremumAttained && positive.InfimumAttained);
        Assert.False(positive.AdversarialExists);
        var negative = new ReachableAlignment(ModelOf(Enc(Row(1, 1)), Row(1, 0), Row(-3), Row(1)));
        Assert.Equal(-1 / Math.Sqrt(2), negative.Infimum, 14);
        Assert.True(negative.SupremumAttained && negative.InfimumAttained);
        Assert.True(negative.AdversarialExists);
    }

    [Fact]
    public void AnExactlyOrthogonalLatentAttainsNeitherBoundEvenWhereTheDotProductIsNoise()
    {
        // m = (u₂, u₃, −u₀, −u₁) is exactly orthogonal to the stored u* (E = I₄), though the float ⟨u*, m⟩ is noise.
        var random = new Random(41);
        int noisy = 0;
        for (int trial = 0; trial < 100; trial++)
        {
            var v = Row(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5);
            var u = Identity(4).ScaledCeilingDirection(new ValueDirection(Vec(v)));
            var m = Vec(u[2], u[3], -u[0], -u[1]);
            if (u.DotProduct(PowerOfTwo.Normalised(m).Scaled) != 0) noisy++;
            var r = new ReachableAlignment(ModelOf(Identity(4), v, m.ToArray(), Row(1, 0, 0, 0)));
            Assert.False(r.SupremumAttained);
            Assert.False(r.InfimumAttained);
        }
        Assert.True(noisy > 10, $"only {noisy} of 100 dot products were noise");
    }

    /// <summary>
    /// Two small rational models whose m is exactly orthogonal to u* = M⁻¹Ev (found by the exact-agreement tests): u* as
    /// computed is off by the decomposition's rounding, so ⟨u*, m⟩ came out near 1e-17 and was taken for a side. Neither
    /// bound is attained there, and an adversarial constitution exists (T3.1: m is not a positive multiple of Ev).
    /// </summary>
    [Theory]
    [InlineData(new[] { 0.75, -0.25, -2, 1 }, new[] { 1.25, -0.75 }, new[] { -0.75, 0.75 })]
    [InlineData(new[] { -0.5, -1.5, 0, -1.25 }, new[] { 0.25, 2 }, new[] { 1, -0.5 })]
    public void ALatentExactlyOrthogonalToTheCeilingDirectionAttainsNeitherBound(double[] e, double[] v, double[] m)
    {
        var encoder = Enc(Row(e[0], e[1]), Row(e[2], e[3]));
        var r = new ReachableAlignment(ModelOf(encoder, v, m, Row(1, 0)));
        Assert.False(r.SupremumAttained);
        Assert.False(r.InfimumAttained);
        Assert.True(r.AdversarialExists);
        var model = ModelOf(encoder, v, m, Row(1, 0));
        Assert.True(model.Alignment(model.Activated(r.AdversarialWitness!)) < 0);
        var @case = new RlaifTheorems.Catalogue.Generators.ModelCase([Row(e[0], e[1]), Row(e[2], e[3])], v, m, Row(1, 0), [Row(1, 0)]);
        foreach (var id in new[] { "T2.5", "T3.1", "T3.2" })
            Assert.True(RlaifTheorems.Catalogue.TheoremCatalogue.Find(id)!.Evaluate(@case).Holds, id);
    }
}
