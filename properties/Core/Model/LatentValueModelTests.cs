using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Model;

public sealed class LatentValueModelTests
{
    // E = I₂, v = e₁, m = (1, 1), g = e₂, c = span(1, 1): d_c = (1, 1).
    private static readonly LatentValueModel Plane = ModelOf(Identity(2), Row(1, 0), Row(1, 1), Row(0, 1));
    private static readonly Constitution Diagonal = Constitution.Span(Vec(1, 1));

    [Fact]
    public void AlignmentIsCosineWithValueDirection()
    {
        Assert.Equal(0.0, Plane.Alignment(Plane.Generation), 12);
        Assert.Equal(1 / Math.Sqrt(2), Plane.Alignment(Vec(1, 1)), 12);
        Assert.Equal(-1.0, Plane.Alignment(Vec(-2, 0)), 12);
    }

    [Fact]
    public void GapAndInitialSlopeOnThePlane()
    {
        // Δ = A(d_c) − A(g) = 1/√2; s = (⟨b, v⟩ − A(g)⟨â, b⟩)/‖a‖ = 1.
        Assert.Equal(1 / Math.Sqrt(2), Plane.Gap(Diagonal), 12);
        Assert.Equal(1.0, Plane.InitialSlope(Diagonal), 12);
    }

    [Fact]
    public void AgreementFollowsSheppard()
    {
        Assert.Equal(0.5, Plane.Agreement(Plane.Generation), 12);
        Assert.Equal(0.75, Plane.Agreement(Vec(1, 1)), 12);
        Assert.Equal(1.0, Plane.Agreement(Vec(1, 0)), 12);
    }

    [Fact]
    public void ExpectedValueIsLinearInPolicy()
    {
        Assert.Equal(0.0, Plane.ExpectedValue(Plane.Generation), 12);
        Assert.Equal(2.0, Plane.ExpectedValue(Plane.RlaifStep(Diagonal, 2)), 12);
    }

    [Fact]
    public void AlignmentThroughAnAnisotropicEncoder()
    {
        // E = diag(1, 2) ⊕ 0 in R^{2×3}, v = (1,1,1)/√3, u = (1, 1): Eᵀu = (1, 2, 0), A = 3/(√5·√3).
        var m = ModelOf(Enc(Row(1, 0, 0), Row(0, 2, 0)), Row(1, 1, 1), Row(1, 0), Row(0, 1));
        Assert.Equal(3 / Math.Sqrt(15), m.Alignment(Vec(1, 1)), 12);
    }

    [Fact]
    public void ModelFailsWithZeroLatentVector()
    {
        var ex = Assert.Throws<ModelInputException>(() => ModelOf(Identity(2), Row(1, 0), Row(0, 0), Row(0, 1)));
        Assert.Equal(InputProblem.ZeroDirection, ex.Problem);
        Assert.StartsWith("m:", ex.Message);
    }

    [Fact]
    public void ModelFailsWithValueOfWrongDimension()
    {
        var ex = Assert.Throws<ModelInputException>(() => ModelOf(Identity(2), Row(1, 0, 0), Row(1, 0), Row(0, 1)));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
    }

    [Fact]
    public void RlaifStepFailsWithNegativeStrength()
    {
        var ex = Assert.Throws<ModelInputException>(() => Plane.RlaifStep(Diagonal, -1));
        Assert.Equal(InputProblem.OutOfRange, ex.Problem);
    }

    [Fact]
    public void ModelNamesEachWrongLengthWithTheDimensionItNeeds()
    {
        Assert.Equal("v: has length 3 but must have length 2 (v ∈ R^D with D = 2 columns of E)",
            Assert.Throws<ModelInputException>(() => ModelOf(Identity(2), Row(1, 0, 0), Row(1, 0), Row(0, 1))).Message);
        Assert.Equal("m: has length 3 but must have length 2 (m ∈ R^d with d = 2 rows of E)",
            Assert.Throws<ModelInputException>(() => ModelOf(Identity(2), Row(1, 0), Row(1, 0, 0), Row(0, 1))).Message);
        Assert.Equal("g: has length 1 but must have length 2 (g ∈ R^d with d = 2 rows of E)",
            Assert.Throws<ModelInputException>(() => ModelOf(Identity(2), Row(1, 0), Row(1, 0), Row(1))).Message);
        Assert.Equal("g: is the zero vector, but a direction is required",
            Assert.Throws<ModelInputException>(() => ModelOf(Identity(2), Row(1, 0), Row(1, 0), Row(0, 0))).Message);
        Assert.Equal("constitution: lives in R^3 but the representation is R^2",
            Assert.Throws<ModelInputException>(() => Plane.Activated(Constitution.Span(Vec(1, 0, 0)))).Message);
        Assert.StartsWith("theta: entry 1 is NaN", Assert.Throws<ModelInputException>(() => Plane.ExpectedValue(Vec(0, double.NaN))).Message);
        Assert.StartsWith("lambda: is -1", Assert.Throws<ModelInputException>(() => Plane.RlaifStep(Diagonal, -1)).Message);
    }

    [Fact]
    public void ModelKeepsItsOwnCopiesOfMAndG()
    {
        var m = Vec(1, 1);
        var g = Vec(0, 1);
        var model = new LatentValueModel(Identity(2), new ValueDirection(Vec(1, 0)), m, g);
        m[0] = -5;
        g[0] = 7;
        Assert.Equal(new[] { 1.0, 1.0 }, model.Latent.ToArray());
        Assert.Equal(new[] { 0.0, 1.0 }, model.Generation.ToArray());
        var other = model.WithLatent(Vec(0, 2));
        Assert.Equal(new[] { 0.0, 2.0 }, other.Latent.ToArray());
        Assert.Same(model.Encoder, other.Encoder);
        Assert.Equal(model.Generation.ToArray(), other.Generation.ToArray());
    }

    [Fact]
    public void EncodedValueAndQualityThroughAnAnisotropicEncoder()
    {
        var m = ModelOf(Enc(Row(1, 0, 0), Row(0, 2, 0)), Row(1, 1, 1), Row(1, 0), Row(0, 1));
        Assert.Equal(new[] { 1.0, 2.0 }, m.EncodedValue.ToArray().Select(t => Math.Round(t * Math.Sqrt(3), 12)));
        Assert.Equal(Math.Sqrt(2.0 / 3), m.Quality, 14);
        // EV(θ) = ⟨θ, E v⟩ and the step is g + λ d_c.
        Assert.Equal((3 - 4) / Math.Sqrt(3), m.ExpectedValue(Vec(3, -2)), 14);
        var c = Constitution.Span(Vec(1, 0));
        Assert.Equal(new[] { 2.5, 1.0 }, m.RlaifStep(c, 2.5).ToArray());
        Assert.Equal(new[] { 0.0, 1.0 }, m.RlaifStep(c, 0).ToArray());
    }

    [Fact]
    public void AgreementAtTheEndsOfItsRange()
    {
        Assert.Equal(0.0, Plane.Agreement(Vec(-1, 0)), 14);
        Assert.Equal(1.0 - Math.Acos(1 / Math.Sqrt(2)) / Math.PI, Plane.Agreement(Vec(1, 1)), 14);
    }

    [Fact]
    public void InitialSlopeIsTheDerivativeOfTheAlignmentAlongThePath()
    {
        var model = ModelOf(Enc(Row(1, 0.5, 0), Row(0.2, 1, 0.7)), Row(1, -0.5, 0.3), Row(0.4, 1), Row(1, -0.3));
        var c = Constitution.Span(Vec(1, 0.6));
        double h = 1e-6;
        var d = model.Activated(c);
        double difference = (model.Alignment(model.Generation + h * d) - model.Alignment(model.Generation - h * d)) / (2 * h);
        Assert.Equal(difference, model.InitialSlope(c), 8);
        Assert.NotEqual(0.0, model.InitialSlope(c), 3);
    }

    [Fact]
    public void CosineIsZeroForAZeroSideAndNeverLeavesMinusOneToOne()
    {
        Assert.Equal(0.0, LatentValueModel.Cosine(Vec(0, 0), Vec(1, 2)));
        Assert.Equal(0.0, LatentValueModel.Cosine(Vec(1, 2), Vec(0, 0)));
        var random = new Random(5);
        int atOne = 0;
        for (int trial = 0; trial < 2000; trial++)
        {
            var x = Vec(random.NextDouble(), random.NextDouble(), random.NextDouble());
            double same = LatentValueModel.Cosine(x, 3 * x), opposite = LatentValueModel.Cosine(x, -x);
            Assert.InRange(same, 1 - 1e-15, 1.0);
            Assert.InRange(opposite, -1.0, -1 + 1e-15);
            if (same == 1.0) atOne++;
        }
        Assert.True(atOne > 0);
        Assert.Equal(0.6, LatentValueModel.Cosine(Vec(3e-200, 4e-200), Vec(1e200, 0)), 14);
    }

    [Fact]
    public void ActivatedDirectionOfAnOrthogonalConstitutionIsExactlyZeroButATinyCertainOneIsKept()
    {
        // m = (q₂, q₃, −q₀, −q₁) is exactly orthogonal to the stored basis vector q (the products pair off), but the computed
        // P_c m is rounding noise of size 1e-17 where a sum cancels inexactly: d_c = 0 is returned instead.
        var random = new Random(3);
        int noisy = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            var c = Constitution.Span(Vec(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5));
            var q = c.Basis.Column(0);
            var m = Vec(q[2], q[3], -q[0], -q[1]);
            var model = ModelOf(Identity(4), Row(1, 0, 0, 0), m.ToArray(), Row(0, 1, 0, 0));
            if (c.Project(m).L2Norm() > 0) noisy++;
            Assert.Equal(0.0, model.Activated(c).L2Norm());
        }
        Assert.True(noisy > 20, $"only {noisy} of 200 projections were rounding noise");
        var tiny = ModelOf(Identity(2), Row(1, 0), Row(1, 1e-300), Row(0, 1));
        Assert.Equal(1e-300, tiny.Activated(Constitution.Span(Vec(0, 1)))[1]);
    }
}
