using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core;

public sealed class MultiObjectiveTests
{
    [Fact]
    public void GradientOfAlignmentOnThePlane()
    {
        // E = I₂, v = e₁, g = e₂: A(u) = u₁/‖u‖, ∇A(e₂) = e₁.
        var n = MultiObjective.Gradient(Identity(2), ValueDirection.Of(1, 0), Vec(0, 1));
        Assert.Equal(1.0, n[0], 12);
        Assert.Equal(0.0, n[1], 12);
        // Scaling g by 2 halves the gradient (A is homogeneous of degree 0).
        Assert.Equal(0.5, MultiObjective.Gradient(Identity(2), ValueDirection.Of(1, 0), Vec(0, 2))[0], 12);
    }

    [Fact]
    public void OrthogonalNormalsHaveAWitness()
    {
        var c = Gordan.Decide(new[] { Vec(1, 0), Vec(0, 1) });
        Assert.True(c.ConeIsNonEmpty);
        Assert.Equal(0.5, c.Witness![0], 12);
        Assert.Equal(0.5, c.Witness[1], 12);
    }

    [Fact]
    public void OpposedNormalsHaveConvexWeights()
    {
        var c = Gordan.Decide(new[] { Vec(1, 0), Vec(-2, 0), Vec(0, 1) });
        Assert.False(c.ConeIsNonEmpty);
        Assert.Equal(2.0 / 3, c.Weights![0], 12);
        Assert.Equal(1.0 / 3, c.Weights[1], 12);
        Assert.Equal(0.0, c.Weights[2], 12);
    }

    [Fact]
    public void ThreeNormalsAroundTheOriginHaveWeights()
    {
        var c = Gordan.Decide(new[] { Vec(1, 0), Vec(-0.5, Math.Sqrt(3) / 2), Vec(-0.5, -Math.Sqrt(3) / 2) });
        Assert.False(c.ConeIsNonEmpty);
        Assert.All(c.Weights!, w => Assert.Equal(1.0 / 3, w, 12));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(Math.PI / 2, 0.25)]
    [InlineData(Math.PI, 0.0)]
    public void ConeFractionNarrowsLinearlyWithConflict(double alpha, double fraction)
    {
        Assert.Equal(fraction, MultiObjective.TwoObjectiveConeFraction(Vec(1, 0, 0), Vec(Math.Cos(alpha), Math.Sin(alpha), 0)), 12);
    }

    [Fact]
    public void ParetoConstitutionActivatesADirectionInTheCone()
    {
        // E = I₂, objectives e₁ and e₂ at g = (−1, −1): n₁ ∝ (1, −1), n₂ ∝ (−1, 1) conflict exactly, so no constitution helps both.
        var values = new[] { ValueDirection.Of(1, 0), ValueDirection.Of(0, 1) };
        var none = MultiObjective.ParetoConstitutionCertificate(Identity(2), values, Vec(1, 1), Vec(-1, -1));
        Assert.False(none.ConeIsNonEmpty);
        // At g = (1, −1) the gradients are (1, 1)/2 and (1, 1)/2: with m = (1, 0) the witness is in their common half-space.
        var some = MultiObjective.ParetoConstitutionCertificate(Identity(2), values, Vec(1, 0), Vec(1, -1));
        var c = MultiObjective.ParetoConstitution(some)!;
        var d = c.Project(Vec(1, 0));
        Assert.True(d[0] + d[1] > 0);
    }
}
