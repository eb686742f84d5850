using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core;

public sealed class LatentValueModelTests
{
    // E = I₂, v = e₁, m = (1, 1), g = e₂, c = span(1, 1): d_c = (1, 1).
    private static readonly LatentValueModel Plane = Model(Identity(2), Row(1, 0), Row(1, 1), Row(0, 1));
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
        var m = Model(Enc(Row(1, 0, 0), Row(0, 2, 0)), Row(1, 1, 1), Row(1, 0), Row(0, 1));
        Assert.Equal(3 / Math.Sqrt(15), m.Alignment(Vec(1, 1)), 12);
    }

    [Fact]
    public void ModelFailsWithZeroLatentVector()
    {
        var ex = Assert.Throws<ModelInputException>(() => Model(Identity(2), Row(1, 0), Row(0, 0), Row(0, 1)));
        Assert.Equal(InputProblem.ZeroDirection, ex.Problem);
        Assert.StartsWith("m:", ex.Message);
    }

    [Fact]
    public void ModelFailsWithValueOfWrongDimension()
    {
        var ex = Assert.Throws<ModelInputException>(() => Model(Identity(2), Row(1, 0, 0), Row(1, 0), Row(0, 1)));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
    }

    [Fact]
    public void RlaifStepFailsWithNegativeStrength()
    {
        var ex = Assert.Throws<ModelInputException>(() => Plane.RlaifStep(Diagonal, -1));
        Assert.Equal(InputProblem.OutOfRange, ex.Problem);
    }
}
