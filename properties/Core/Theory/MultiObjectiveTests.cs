using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Theory;

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

    [Fact]
    public void GordanTakesOneToTwelveNormalsOfOneLength()
    {
        Assert.Equal("normals: has 0 vectors; Gordan's alternative here takes 1 to 12",
            Assert.Throws<ModelInputException>(() => Gordan.Decide(Array.Empty<Vector<double>>())).Message);
        var thirteen = Enumerable.Range(0, 13).Select(i => Vec(1, i)).ToList();
        Assert.Equal(InputProblem.OutOfRange, Assert.Throws<ModelInputException>(() => Gordan.Decide(thirteen)).Problem);
        Assert.True(Gordan.Decide(thirteen.Take(12).ToList()).ConeIsNonEmpty);
        Assert.Equal("normals[1]: has length 3 but must have length 2 (all normals in the same R^d)",
            Assert.Throws<ModelInputException>(() => Gordan.Decide(new[] { Vec(1, 0), Vec(1, 0, 0) })).Message);
        Assert.StartsWith("normals[0]: entry 1 is NaN", Assert.Throws<ModelInputException>(() => Gordan.Decide(new[] { Vec(1, double.NaN) })).Message);
    }

    /// <summary>Above the absolute floor of the tolerance (a hull within 1e-12 of 0 contains it), the certificate does not
    /// depend on the normals' scale, up to where their norms would overflow.</summary>
    [Theory]
    [InlineData(1e-6)]
    [InlineData(1.0)]
    [InlineData(1e300)]
    [InlineData(1.5e308)]
    public void GordanDoesNotDependOnTheScaleOfTheNormals(double scale)
    {
        var open = Gordan.Decide(new[] { Vec(scale, 0), Vec(0, scale), Vec(scale, scale) });
        Assert.True(open.ConeIsNonEmpty);
        Assert.Equal(open.Witness![0], open.Witness[1], 14);
        Assert.True(open.Witness[0] > 0 && double.IsFinite(open.Witness[0]));
        Assert.Equal(scale / Math.Sqrt(2), open.Residual, scale * 1e-14);
        var closed = Gordan.Decide(new[] { Vec(scale, 0), Vec(-scale / 2, 0), Vec(0, scale) });
        Assert.False(closed.ConeIsNonEmpty);
        Assert.Equal(1.0 / 3, closed.Weights![0], 11);
        Assert.Equal(2.0 / 3, closed.Weights[1], 11);
        Assert.Equal(0.0, closed.Weights[2]);
        Assert.True(double.IsFinite(closed.Residual));
    }

    [Fact]
    public void AHullWithinTheToleranceOfZeroGetsWeightsNotAWitness()
    {
        // n = (1, ±1e-13): the hull's nearest point to 0 is (0, 1e-13), below the tolerance, so 0 ∈ conv within it, although
        // that point has a positive product with both normals.
        var c = Gordan.Decide(new[] { Vec(1, 1e-13), Vec(-1, 1e-13) });
        Assert.False(c.ConeIsNonEmpty);
        Assert.Equal(0.5, c.Weights![0], 12);
        Assert.Equal(1e-13, c.Residual, 1e-20);
    }

    [Fact]
    public void ConeFractionIsZeroWhenEitherNormalVanishes()
    {
        Assert.Equal(0.0, MultiObjective.TwoObjectiveConeFraction(Vec(0, 0), Vec(1, 0)));
        Assert.Equal(0.0, MultiObjective.TwoObjectiveConeFraction(Vec(1, 0), Vec(0, 0)));
        Assert.Equal(0.25, MultiObjective.TwoObjectiveConeFraction(Vec(1, 0), Vec(0, 3)), 14);
        Assert.Equal(0.5, MultiObjective.TwoObjectiveConeFraction(Vec(1, 1), Vec(2, 2)), 15);
        Assert.Equal(0.0, MultiObjective.TwoObjectiveConeFraction(Vec(1, 1), Vec(-3, -3)), 15);
        Assert.Equal(0.5 - 1e-9 / (2 * Math.PI), MultiObjective.TwoObjectiveConeFraction(Vec(1, 0), Vec(1, 1e-9)), 15);
        Assert.Equal(0.25, MultiObjective.TwoObjectiveConeFraction(Vec(1e-300, 0), Vec(0, 1e300)), 15);
    }

    [Fact]
    public void GradientsNeedADirectionForGAndM()
    {
        Assert.Equal("g: is the zero vector, but a direction is required",
            Assert.Throws<ModelInputException>(() => MultiObjective.Gradient(Identity(2), ValueDirection.Of(1, 0), Vec(0, 0))).Message);
        Assert.Equal("m: is the zero vector, but a direction is required",
            Assert.Throws<ModelInputException>(() => MultiObjective.ParetoConstitutionCertificate(Identity(2), new[] { ValueDirection.Of(1, 0) }, Vec(0, 0), Vec(0, 1))).Message);
    }

    [Fact]
    public void TheToleranceOfTheHullIsRelativeToTheLargestNormal()
    {
        // The segment from (1, 1e-7) to (−1e6, 1e-7) passes 1e-7 from 0: within the tolerance 2·(1e-12 + 1e-11·1e6) of
        // normals of size 1e6, so 0 ∈ conv as far as the tolerance tells, though the smaller normal alone would not say so.
        var c = Gordan.Decide(new[] { Vec(1, 1e-7), Vec(-1e6, 1e-7) });
        Assert.False(c.ConeIsNonEmpty);
        Assert.Equal(1e-7, c.Residual, 1e-12);
    }
}
