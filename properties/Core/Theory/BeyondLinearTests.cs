using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Theory;

public sealed class BeyondLinearTests
{
    [Fact]
    public void AttentionIsASoftmaxMixture()
    {
        // Query (ln 3, 0) against e₁ and e₂: weights 3/4 and 1/4.
        var d = AttentionConstitution.Activated(Vec(Math.Log(3), 0), new[] { Vec(1, 0), Vec(0, 1) });
        Assert.Equal(0.75, d[0], 12);
        Assert.Equal(0.25, d[1], 12);
        // A huge temperature neither overflows nor loses the choice.
        var sharp = AttentionConstitution.Activated(Vec(1e6, 0), new[] { Vec(1, 0), Vec(-1, 0) });
        Assert.Equal(1.0, sharp[0], 12);
    }

    [Fact]
    public void AttentionShiftsByTheLargestScoreSoNoExponentialUnderOrOverflows()
    {
        // Scores −10⁶ and −2·10⁶: unshifted, both exponentials underflow to 0 and the mixture is 0/0.
        var d = AttentionConstitution.Activated(Vec(1e6, 0), new[] { Vec(-1, 0), Vec(-2, 0) });
        Assert.Equal(new[] { -1.0, 0.0 }, d.ToArray());
        // Equal scores weigh the directions equally, whatever their common value.
        var mean = AttentionConstitution.Activated(Vec(0, 5), new[] { Vec(1, 2), Vec(3, 2), Vec(-1, 2) });
        Assert.Equal(1.0, mean[0], 14);
        Assert.Equal(2.0, mean[1], 14);
    }

    [Fact]
    public void AttentionNamesWhatIsWrongWithItsInput()
    {
        Assert.Equal("directions: is empty; attention needs at least one encoded direction",
            Assert.Throws<ModelInputException>(() => AttentionConstitution.Activated(Vec(1, 0), Array.Empty<MathNet.Numerics.LinearAlgebra.Vector<double>>())).Message);
        Assert.Equal("directions[1]: has length 3 but must have length 2 (encoded directions in R^d like the query)",
            Assert.Throws<ModelInputException>(() => AttentionConstitution.Activated(Vec(1, 0), new[] { Vec(1, 0), Vec(1, 0, 0) })).Message);
        Assert.StartsWith("directions[0]: entry 1 is NaN",
            Assert.Throws<ModelInputException>(() => AttentionConstitution.Activated(Vec(1, 0), new[] { Vec(1, double.NaN) })).Message);
        Assert.StartsWith("query: entry 0 is ",
            Assert.Throws<ModelInputException>(() => AttentionConstitution.Activated(Vec(double.NegativeInfinity, 0), new[] { Vec(1, 0) })).Message);
    }

    [Fact]
    public void AttentionLeavesTheHemisphereOfM()
    {
        // m = e₁ (the prosocial direction a₁ dominates m) but the query selects the anti-social a₂ = −e₁.
        var d = AttentionConstitution.Activated(Vec(-20, 0), new[] { Vec(1, 0), Vec(-1, 0) });
        Assert.True(d.DotProduct(Vec(1, 0)) < 0);
    }

    [Fact]
    public void ThresholdValueOvershoots()
    {
        // E = v = 1, τ = 1: E[V] = −((θ − 1)² + 1) is −1 at θ = 1 and −2 at θ = 0 and θ = 2.
        var model = ModelOf(Identity(1), Row(1), Row(1), Row(1));
        Assert.Equal(-1.0, ThresholdValue.Expected(model, Vec(1), 1), 12);
        Assert.Equal(-2.0, ThresholdValue.Expected(model, Vec(2), 1), 12);
        Assert.Throws<ModelInputException>(() => ThresholdValue.Expected(model, Vec(1), double.NaN));
    }

    [Fact]
    public void CoupledWorldHasIdentityCovarianceButDependentCoordinates()
    {
        var world = new QuadraticallyCoupledWorld(2, 1.0);
        var random = new Random(7);
        const int n = 200_000;
        double s11 = 0, s22 = 0, s12 = 0, s2sq1 = 0;
        var x = new double[2];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble(), r = Math.Sqrt(-2 * Math.Log(u1));
            x[0] = r * Math.Cos(2 * Math.PI * u2);
            x[1] = r * Math.Sin(2 * Math.PI * u2);
            world.Transform(x);
            s11 += x[0] * x[0]; s22 += x[1] * x[1]; s12 += x[0] * x[1]; s2sq1 += x[1] * (x[0] * x[0] - 1);
        }
        Assert.InRange(s11 / n, 0.98, 1.02);
        Assert.InRange(s22 / n, 0.97, 1.03);
        Assert.InRange(s12 / n, -0.02, 0.02);
        // Cov(z₂, z₁² − 1) = β·2/(√2·√(1+β²)) = 1 for β = 1: dependent, though uncorrelated.
        Assert.InRange(s2sq1 / n, 0.9, 1.1);
    }

    [Fact]
    public void CoupledWorldTransformsOnlyTheLastCoordinate()
    {
        // x_D ← (x_D + β(x₁² − 1)/√2)/√(1 + β²); with β = 1, x = (2, 5, 1): (1 + 3/√2)/√2.
        var world = new QuadraticallyCoupledWorld(3, 1.0);
        Assert.Equal(3, world.Dimension);
        Assert.Equal(1.0, world.Coupling);
        var x = new[] { 2.0, 5.0, 1.0 };
        world.Transform(x);
        Assert.Equal(2.0, x[0]);
        Assert.Equal(5.0, x[1]);
        Assert.Equal((1 + 3 / Math.Sqrt(2)) / Math.Sqrt(2), x[2], 14);
        // β = 0 is the Gaussian world itself.
        var flat = new[] { 2.0, 0.7 };
        new QuadraticallyCoupledWorld(2, 0.0).Transform(flat);
        Assert.Equal(new[] { 2.0, 0.7 }, flat);
    }

    [Fact]
    public void CoupledWorldNeedsTwoDimensionsAndAFiniteCoupling()
    {
        Assert.Equal("D: is 1; the coupled world needs D ≥ 2", Assert.Throws<ModelInputException>(() => new QuadraticallyCoupledWorld(1, 1.0)).Message);
        var ex = Assert.Throws<ModelInputException>(() => new QuadraticallyCoupledWorld(2, double.NaN));
        Assert.Equal(InputProblem.NonFiniteEntry, ex.Problem);
        Assert.Equal("β: is NaN; it must be finite", ex.Message);
        Assert.Equal(InputProblem.OutOfRange, Assert.Throws<ModelInputException>(() => new QuadraticallyCoupledWorld(0, 1.0)).Problem);
    }

    [Fact]
    public void ThresholdValueNamesANonFiniteThreshold()
    {
        var model = ModelOf(Identity(1), Row(1), Row(1), Row(1));
        Assert.Equal("tau: is ∞; it must be finite".Replace("∞", double.PositiveInfinity.ToString()),
            Assert.Throws<ModelInputException>(() => ThresholdValue.Expected(model, Vec(1), double.PositiveInfinity)).Message);
        Assert.Equal(-1.0 - 6.25, ThresholdValue.Expected(model, Vec(-1.5), 1), 12);
    }

    /// <summary>
    /// E[V](θ₀ + λu) − E[V](θ₀) = −(λs)(2(μ₀ − τ) + λs), returned as c·2^k: equal to the difference of the expectations where both
    /// are representable, and of the right sign and size where they are not (|τ| = 1e300, where E[V] itself is beyond the double
    /// range and, near the start, the change would vanish against τ²). A planted difference of the two rounded expectations
    /// gives 0 there.
    /// </summary>
    [Fact]
    public void ThresholdChangeIsFormedFromItsFactors()
    {
        // E = v = m = g = 1 (μ₀ = 1, s = 1 for u = 1).
        var model = ModelOf(Identity(1), Row(1), Row(1), Row(1));
        foreach (var (lambda, tau) in new[] { (0.5, 0.0), (3.0, 2.0), (1.0, -4.0), (7.25, 1.5) })
        {
            var (c, k) = ThresholdValue.ExpectedChange(model, Vec(1), Vec(1), lambda, tau);
            double direct = ThresholdValue.Expected(model, Vec(1 + lambda), tau) - ThresholdValue.Expected(model, Vec(1), tau);
            Assert.Equal(direct, Math.ScaleB(c, k), 12);
            Assert.InRange(Math.Abs(c), 1, 4);
        }
        // τ = ±1e300 and λ = 1: the change is −(1)(2(1 − τ) + 1), about ±2e300, which the rounded expectations (±1e600 = ∓∞) lose.
        foreach (double tau in new[] { 1e300, -1e300 })
        {
            var (c, k) = ThresholdValue.ExpectedChange(model, Vec(1), Vec(1), 1, tau);
            Assert.Equal(-(2 * (1 - tau) + 1), Math.ScaleB(c, k), 1e-15 * 2e300);
            Assert.Throws<ModelInputException>(() => ThresholdValue.Expected(model, Vec(1), tau));
        }
        // τ = 1e150, λ = 1: both expectations are finite (about −1e300), but their rounded difference is 0; the factors give −2e150.
        var (cs, ks) = ThresholdValue.ExpectedChange(model, Vec(1), Vec(1), 1, 1e150);
        Assert.Equal(0.0, ThresholdValue.Expected(model, Vec(2), 1e150) - ThresholdValue.Expected(model, Vec(1), 1e150));
        Assert.Equal(-(2 * (1 - 1e150) + 1), Math.ScaleB(cs, ks), 1e-15 * 2e150);
        Assert.Equal((0.0, 0), ThresholdValue.ExpectedChange(model, Vec(1), Vec(1), 0, 5));
    }
}
