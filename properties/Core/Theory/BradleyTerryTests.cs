using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Properties.Core.Theory;

/// <summary>
/// The Bradley–Terry fit, checked against what a maximum-likelihood estimate is rather than against its own output: at the
/// returned d̂ the score equation Σ (y_i − σ(⟨d̂, h_i⟩)) h_i = 0 holds, and no nearby direction has a higher likelihood;
/// separable labels have no finite maximiser and are reported unconverged; σ is exact at its symmetric points.
/// </summary>
public sealed class BradleyTerryTests
{
    private static (Matrix<double> Features, bool[] Labels) Pairs(int seed, int d, int n, bool separable)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var truth = Vector<double>.Build.Dense(d, _ => Normal());
        var features = Matrix<double>.Build.Dense(d, n, (_, _) => Normal());
        var labels = Enumerable.Range(0, n).Select(i =>
        {
            double score = truth.DotProduct(features.Column(i));
            return separable ? score > 0 : random.NextDouble() < BradleyTerry.Sigmoid(score);
        }).ToArray();
        return (features, labels);
    }

    private static double LogLikelihood(Matrix<double> f, bool[] y, Vector<double> d) =>
        Enumerable.Range(0, y.Length).Sum(i => Math.Log(BradleyTerry.Sigmoid((y[i] ? 1 : -1) * d.DotProduct(f.Column(i)))));

    [SeededProperty(MaxTest = 40)]
    public Property FitSolvesTheScoreEquationAndIsALocalMaximum(PositiveInt seed)
    {
        int d = 1 + seed.Get % 5, n = 60 * d;
        var (f, y) = Pairs(seed.Get, d, n, separable: false);
        var fit = BradleyTerry.Fit(f, y);
        var residual = Vector<double>.Build.Dense(n, i => (y[i] ? 1 : 0) - BradleyTerry.Sigmoid(fit.Direction.DotProduct(f.Column(i))));
        double gradient = (f * residual).L2Norm();
        double best = LogLikelihood(f, y, fit.Direction);
        var random = new Random(seed.Get);
        bool maximal = Enumerable.Range(0, 8).All(_ =>
            LogLikelihood(f, y, fit.Direction + Vector<double>.Build.Dense(d, _ => 0.05 * (random.NextDouble() - 0.5))) <= best + 1e-9);
        return (fit.Converged && fit.Iterations >= 1 && fit.Iterations < 50).Label($"converged {fit.Converged} in {fit.Iterations}")
            .And((gradient <= 1e-6 * n).Label($"‖score‖ = {gradient:G3}"))
            .And(maximal.Label("a nearby direction is more likely"));
    }

    /// <summary>The fit does not depend on the features' scale: features scaled by 2^k give the direction scaled by 2^−k (the
    /// scores ⟨d, h⟩, and so the likelihood, are unchanged), with the same convergence, for k from −60 to 60.</summary>
    [SeededProperty(MaxTest = 20)]
    public Property FitIsEquivariantUnderAPowerOfTwoScaleOfTheFeatures(PositiveInt seed)
    {
        int d = 1 + seed.Get % 4, n = 50 * d;
        var (f, y) = Pairs(seed.Get, d, n, separable: false);
        var fit = BradleyTerry.Fit(f, y);
        var failures = new List<string>();
        foreach (int k in new[] { -1000, -60, -30, -10, 10, 30, 60, 1000 })
        {
            double scale = Math.ScaleB(1, k);
            var scaled = BradleyTerry.Fit(f * scale, y);
            var back = scaled.Direction * scale;
            if (scaled.Converged != fit.Converged || (back - fit.Direction).L2Norm() > 1e-7 * Math.Max(1, fit.Direction.L2Norm()))
                failures.Add($"2^{k}: converged {scaled.Converged} ({scaled.Iterations} iterations, separation {scaled.Separation?.Verdict}), direction·2^k {back} against {fit.Direction}");
        }
        return (fit.Converged && failures.Count == 0).Label($"converged {fit.Converged}; {string.Join("; ", failures)}");
    }

    /// <summary>Features so small that the maximum-likelihood direction exceeds the double range are named, not fitted to ∞.</summary>
    [Fact]
    public void SubnormalFeaturesWhoseDirectionOverflowsAreNamed()
    {
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { -5.9, -5.4, -3.7 } }) * double.Epsilon;
        var e = Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(f, new[] { false, true, false }));
        Assert.Equal(InputProblem.OutOfRange, e.Problem);
        Assert.StartsWith("features: are so small (largest |entry| ", e.Message);
    }

    /// <summary>The direction is named as overflowing when any one of its entries does: here the second entry is exactly 0 (each
    /// pair comes twice, with opposite second features and the same label), the first beyond the double range.</summary>
    [Fact]
    public void ADirectionOverflowingInOneEntryIsNamed()
    {
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { -5.9, -5.4, -3.7, -5.9, -5.4, -3.7 }, { 3, 3, 3, -3, -3, -3 } }) * double.Epsilon;
        var e = Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(f, new[] { false, true, false, false, true, false }));
        Assert.Equal(InputProblem.OutOfRange, e.Problem);
    }

    /// <summary>A subnormal feature among ordinary ones changes the fit by nothing a double shows: the fit is scaled by the
    /// largest entry, not the smallest (the pairs of <see cref="AFullNewtonStepThatOvershootsIsHalved"/> with one more pair at
    /// h = 4.9e-324).</summary>
    [Fact]
    public void ASubnormalPairAmongOrdinaryOnesChangesNothing()
    {
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { 1.2, 0.1, 2.2, -2.9, double.Epsilon } });
        var fit = BradleyTerry.Fit(f, new[] { false, true, true, true, false });
        Assert.True(fit.Converged);
        Assert.True(Math.Abs(fit.Direction[0] + 0.2533702014028562) <= 1e-9, $"d̂ = {fit.Direction[0]:R}");
    }

    /// <summary>Separable labels (every pair ordered by one direction) have no finite maximiser; fewer independent pairs than
    /// dimensions leave the Hessian singular. Both stop unconverged, with a finite direction.</summary>
    [Theory]
    [InlineData(7, 3, 40, true)]
    [InlineData(3, 6, 3, false)]
    public void IllPosedFitsStopUnconverged(int seed, int d, int n, bool separable)
    {
        var (f, y) = Pairs(seed, d, n, separable);
        var fit = BradleyTerry.Fit(f, y);
        Assert.False(fit.Converged);
        Assert.True(fit.Direction.All(double.IsFinite));
    }

    [Fact]
    public void SigmoidIsExactAtItsSymmetricPointsAndNeverOverflows()
    {
        Assert.Equal(0.5, BradleyTerry.Sigmoid(0));
        foreach (double x in new[] { 0.3, 2.0, 40.0, 800.0 })
        {
            Assert.Equal(1.0, BradleyTerry.Sigmoid(x) + BradleyTerry.Sigmoid(-x), 15);
            Assert.Equal(1 / (1 + Math.Exp(-Math.Min(x, 700))), BradleyTerry.Sigmoid(x), 15);
        }
        Assert.Equal(0.0, BradleyTerry.Sigmoid(-800));
        Assert.Equal(1.0, BradleyTerry.Sigmoid(800));
    }

    [Fact]
    public void BadInputIsATypedError()
    {
        var f = Matrix<double>.Build.Dense(2, 3);
        Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(f, new[] { true, false }));
        Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(Matrix<double>.Build.Dense(2, 0), Array.Empty<bool>()));
        f[0, 0] = double.NaN;
        Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(f, new[] { true, false, true }));
    }

    [Fact]
    public void AFullNewtonStepThatOvershootsIsHalved()
    {
        // One feature, labels (no, yes, yes, yes) on h = (1.2, 0.1, 2.2, −2.9), run as h/2 (largest |entry| into [1, 2)): from
        // d = 0 the fourth Newton step lowers the likelihood and must be halved; the maximiser (the root of the score equation,
        // bisected independently) is d̂ = −0.2533702014028562, reached to 1e-9 (the halved step ends where the likelihood stops
        // rising, 1e-13 of it).
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { 1.2, 0.1, 2.2, -2.9 } });
        var fit = BradleyTerry.Fit(f, new[] { false, true, true, true });
        Assert.True(fit.Converged);
        Assert.True(Math.Abs(fit.Direction[0] + 0.2533702014028562) <= 1e-9, $"d̂ = {fit.Direction[0]:R}");
    }

    [Fact]
    public void FitStopsUnconvergedAfterItsIterationBudgetWithTheStepsItTook()
    {
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { -5.9, -5.4, -3.7 } });
        var y = new[] { false, true, false };
        var one = BradleyTerry.Fit(f, y, maxIterations: 1);
        Assert.False(one.Converged);
        Assert.Equal(1, one.Iterations);
        Assert.NotEqual(0.0, one.Direction[0]);
        Assert.True(BradleyTerry.LogLikelihood(f, y, one.Direction) > BradleyTerry.LogLikelihood(f, y, Vector<double>.Build.Dense(1)));
    }

    /// <summary>Pairs that all lie along e₁ in d = 2, with labels no direction orders strictly (h = 1 is both preferred and not),
    /// but e₂ ties every pair: the likelihood is flat along e₂, so no unique maximiser exists. Newton's Hessian is singular, the
    /// separation test can certify neither side (no witness orders a pair strictly; σ_min of the pairs is 0), and the fit stops
    /// unconverged.</summary>
    [Fact]
    public void ASingularHessianOnInseparableDataStopsUnconverged()
    {
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1.0, -1.0, 2.0 }, { 0.0, 0.0, 0.0, 0.0 } });
        var fit = BradleyTerry.Fit(f, new[] { true, false, true, false });
        Assert.Equal(SeparationVerdict.Undecided, fit.Separation!.Verdict);
        Assert.False(fit.Converged);
        Assert.True(fit.Direction.All(double.IsFinite));
        // The same pairs in d = 1 have a unique maximiser, and the fit converges to it.
        var line = BradleyTerry.Fit(f.SubMatrix(0, 1, 0, 4), new[] { true, false, true, false });
        Assert.True(line.Converged);
    }

    [Fact]
    public void QuasiSeparableLabelsStopUnconverged()
    {
        // Pairs 0–2 are ordered by d = e₁ as labelled and pair 3 has h = 0 (always tied): the likelihood still rises to its
        // supremum only as d → ∞ along e₁, so there is no finite maximiser.
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -2.0, 0.5, 0.0 }, { 0.3, 0.1, -0.2, 0.0 } });
        var fit = BradleyTerry.Fit(f, new[] { true, false, true, false });
        Assert.False(fit.Converged);
        Assert.True(fit.Direction.All(double.IsFinite));
        // Labels whose maximiser is d = 0 itself (each pair with its mirror image, one of each label) converge at once.
        var mirrored = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1.0, -2.0, -2.0 } });
        var atZero = BradleyTerry.Fit(mirrored, new[] { true, false, true, false });
        Assert.True(atZero.Converged);
        Assert.Equal(0.0, atZero.Direction[0]);
    }

    [Fact]
    public void LogLikelihoodIsFiniteForAnyScore()
    {
        // Scores ±1000: log σ(1000) = 0 and log σ(−1000) = −1000, with no overflow in either branch.
        var f = Matrix<double>.Build.DenseOfArray(new[,] { { 1000.0, -1000.0 } });
        Assert.Equal(-1000.0, BradleyTerry.LogLikelihood(f, new[] { true, true }, Vector<double>.Build.Dense(1, 1.0)));
        Assert.Equal(-2 * Math.Log(2), BradleyTerry.LogLikelihood(f, new[] { true, false }, Vector<double>.Build.Dense(1)), 15);
        Assert.Equal(-1000.0, BradleyTerry.LogLikelihood(f, new[] { false, false }, Vector<double>.Build.Dense(1, -1.0)));
        Assert.True(BradleyTerry.Sigmoid(-720) > 0);
        Assert.Equal(Math.Exp(-720), BradleyTerry.Sigmoid(-720), 1e-320);
    }

    [Fact]
    public void FitNamesMismatchedLabels()
    {
        var ex = Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(Matrix<double>.Build.Dense(2, 3), new[] { true, false }));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
        Assert.Equal("labels: has 2 labels for 3 pairs (need ≥ 1, equal)", ex.Message);
        Assert.Equal(InputProblem.ShapeMismatch, Assert.Throws<ModelInputException>(() => BradleyTerry.Fit(Matrix<double>.Build.Dense(2, 0), Array.Empty<bool>())).Problem);
    }
}
