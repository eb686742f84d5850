using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core;

public sealed class ReachableAlignmentTests
{
    private static ReachableAlignment OnPlane(double[] m) => new(Model(Identity(2), Row(1, 0), m, Row(1, 1)));

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
        var model = Model(Identity(2), Row(1, 0), Row(0, 1), Row(1, 1));
        Assert.True(model.Alignment(model.Activated(r.BestConstitution(1e-6))) >= 1 - 1e-6);
        Assert.True(model.Alignment(model.Activated(r.WorstConstitution(1e-6))) <= -1 + 1e-6);
    }

    [Fact]
    public void OpposedLatentIsAdversarialWithWitness()
    {
        var model = Model(Identity(2), Row(1, 0), Row(-1, 0), Row(1, 1));
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
        var model = Model(Enc(Row(1, 0), Row(0, 0.5)), Row(1, 1), Row(1, -1), Row(1, 0));
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
        var model = Model(Identity(1), Row(1), Row(-1), Row(1));
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
        var model = Model(Enc(Row(1, 0)), Row(0, 1), Row(1), Row(1));
        var r = new ReachableAlignment(model);
        Assert.Equal(0.0, r.Ceiling, 12);
        Assert.False(r.AdversarialExists);
    }

    [Fact]
    public void AdversarialDecisionAgreesWithItsWitnessOnAnAnisotropicEncoder()
    {
        // E = diag(1, 1e-6) (in R^{2×3}), m within 1e-11 of a positive multiple of Ev: inf ≈ −5e-6 is real, and the
        // decision is its certified witness, not a threshold scaled by the condition number (which once said "none").
        var model = Model(Enc(Row(1, 0, 0), Row(0, 1e-6, 0)), Row(1, 1, 0), Row(1, 1.00001e-6), Row(1, 0));
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
        var model = Model(Enc(Row(1, 0.5), Row(0.5, 0.5)), Row(1, 1), Row(-0.5, 0), Row(0.5, -1));
        var r = new ReachableAlignment(model);
        Assert.False(r.SupremumAttained);
        Assert.False(r.InfimumAttained);
        Assert.True(model.Alignment(model.Activated(r.BestConstitution(1e-6))) >= r.Supremum - 1e-6 - 1e-12);
    }
}
