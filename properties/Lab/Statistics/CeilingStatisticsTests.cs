using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;
using RlaifTheorems.Properties.Lab.Studies;

namespace RlaifTheorems.Properties.Lab.Statistics;

/// <summary>
/// R1's statistics against independent formulations: the bootstrap's stateless draws against the reference implementation in
/// docs/lab/recompute.py; folds as a seeded partition; out-of-fold predictions as ȳ + ⟨β, h − μ⟩ of each fold's own readout; ρ̂
/// from the folds' moments alone equal to the correlation of those predictions; the refitting spread as the mean and sample
/// standard deviation of ρ̂ over materialised resamples; the ridge penalty as the minimiser of GCV over its grid, computed by
/// solving (Σ + αI)β = c directly; the noise ceiling over ragged panels; Wilson's interval refusing impossible counts.
/// </summary>
public sealed class CeilingStatisticsTests
{
    /// <summary>(seed, b, k, n) and ⌊u·n⌋ as recompute.py's <c>draw</c> computes it with Python's unbounded integers.</summary>
    [Theory]
    [InlineData(1, 0, 0, 1000, 431)]
    [InlineData(1, 0, 1, 1000, 912)]
    [InlineData(17, 3, 5, 100, 58)]
    [InlineData(-5, 3, 2, 1000, 120)]
    [InlineData(2603, 99, 12345, 1000000, 587499)]
    [InlineData(0, 0, 0, 7, 6)]
    [InlineData(7, 1, 0, int.MaxValue, 16444302)]
    [InlineData(1, 0, 0, int.MaxValue, 926699316)]
    [InlineData(1, 0, 2, int.MaxValue, 1608786695)]
    public void DrawsAgreeWithTheIndependentRecomputation(int seed, int b, int k, int n, int expected) =>
        Assert.Equal(expected, Bootstrap.Draw(seed, b, k, n));

    [Fact]
    public void FoldsAreASeededBalancedPartition()
    {
        var fold = CrossValidatedCeiling.Folds(103, 5, 1);
        Assert.Equal(103, fold.Length);
        Assert.All(fold, f => Assert.InRange(f, 0, 4));
        var sizes = Enumerable.Range(0, 5).Select(f => fold.Count(x => x == f)).ToArray();
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(", ", sizes));
        Assert.Equal(fold, CrossValidatedCeiling.Folds(103, 5, 1));
        Assert.NotEqual(fold, CrossValidatedCeiling.Folds(103, 5, 2));
    }

    /// <summary>Each item's prediction is its own fold's readout, fitted without that fold: ȳ_f + ⟨β_f, h − μ_f⟩; the mean penalty
    /// is the folds' average; and ρ̂ from the folds' moments is the correlation of these predictions with y.</summary>
    [Fact]
    public void OutOfFoldPredictionsAndTheirCorrelationFromMoments()
    {
        var gaussian = GaussianItems.Draw(400, 6, 9, 3);
        var items = gaussian.Items;
        var fold = CrossValidatedCeiling.Folds(items.Count, 5, 7);
        var byFold = ItemPasses.Moments(items, 5, fold);
        var predictions = CrossValidatedCeiling.Predict(items, byFold, fold, 5, null, out double meanPenalty);
        var readouts = Enumerable.Range(0, 5).Select(f => RidgeReadout.Fit(byFold.Excluding(f))).ToArray();
        Assert.Equal(readouts.Average(r => r.Penalty), meanPenalty, 12);
        Assert.True(readouts.Select(r => r.Penalty).Distinct().Count() > 1, "the folds chose different penalties, so their mean is no single fold's");
        for (int i = 0; i < items.Count; i++)
        {
            var r = readouts[fold[i]];
            double expected = r.Intercept + r.Weights.DotProduct(items.Item(i) - r.Centre);
            Assert.Equal(expected, predictions[i], 1e-9 * (1 + Math.Abs(expected)));
        }
        double fromMoments = CrossValidatedCeiling.FromFoldMoments(Enumerable.Range(0, 5).Select(byFold.Of).ToList());
        Assert.Equal(Correlation.Pearson(predictions, items.Values), fromMoments, 9);
        Assert.InRange(fromMoments, 0.3, 1);
        // Identical representations give constant predictions (no variance) beside varying values: correlation 0, not NaN or ±1.
        var same = new ItemSet(items.Names, Enumerable.Repeat(items.Representations[..items.Dimension], items.Count).SelectMany(r => r).ToArray(), items.Values, items.Dimension, "same");
        var sameFolds = ItemPasses.Moments(same, 5, fold);
        Assert.Equal(0, CrossValidatedCeiling.FromFoldMoments(Enumerable.Range(0, 5).Select(sameFolds.Of).ToList()));
        // Constant predictions (every value the same) have no correlation: 0, not NaN.
        var flat = new ItemSet(items.Names, items.Representations, items.Values.Select(_ => 1.0).ToArray(), items.Dimension, "flat");
        var flatFolds = ItemPasses.Moments(flat, 5, fold);
        Assert.Equal(0, CrossValidatedCeiling.FromFoldMoments(Enumerable.Range(0, 5).Select(flatFolds.Of).ToList()));
    }

    /// <summary>The refitting spread is the mean and sample standard deviation (n − 1) of ρ̂_b over resamples that keep each
    /// draw's fold, recomputed here on materialised resamples; progress counts every resample.</summary>
    [Fact]
    public void TheRefitSpreadIsTheSpreadOverMaterialisedResamples()
    {
        var items = GaussianItems.Draw(150, 4, 6, 5).Items;
        var fold = CrossValidatedCeiling.Folds(items.Count, 5, 2);
        var reports = new List<int>();
        var (mean, se) = CrossValidatedCeiling.RefitSpread(items, fold, 5, 12, 9, new Recorder(reports));
        var estimates = Enumerable.Range(0, 12).Select(b =>
        {
            var draws = Bootstrap.Draws(9, b, items.Count);
            var rows = draws.SelectMany(i => items.Representations.AsSpan(i * items.Dimension, items.Dimension).ToArray()).ToArray();
            var resample = new ItemSet(draws.Select(i => items.Names[i]).ToArray(), rows, draws.Select(i => items.Values[i]).ToArray(), items.Dimension, "materialised");
            var foldOf = draws.Select(i => fold[i]).ToArray();
            var predictions = CrossValidatedCeiling.Predict(resample, ItemPasses.Moments(resample, 5, foldOf), foldOf, 5, null, out _);
            return Correlation.Pearson(predictions, resample.Values);
        }).ToArray();
        double expectedMean = estimates.Average();
        Assert.Equal(expectedMean, mean, 12);
        Assert.Equal(Math.Sqrt(estimates.Sum(x => (x - expectedMean) * (x - expectedMean)) / 11), se, 12);
        Assert.Equal(Enumerable.Range(1, 12), reports);
    }

    /// <summary>GCV(α) = (RSS/n)/(1 − df/n)² over α = τ·10^{e/2}, e = −12…6, τ = tr(Σ)/k, with β = (Σ + αI)⁻¹c solved directly,
    /// RSS/n = σ²_y − 2βᵀc + βᵀΣβ and df = tr(Σ(Σ + αI)⁻¹): the fitted penalty is the grid's minimiser and the weights its β,
    /// over the whole space and restricted to a basis, with fewer items than dimensions, and for values that are pure noise, where
    /// the grid's largest penalty wins.</summary>
    [Theory]
    [InlineData(300, 5, 1, false)]
    [InlineData(60, 8, 2, false)]
    [InlineData(6, 8, 3, false)]
    [InlineData(200, 4, 4, true)]
    public void TheRidgePenaltyMinimisesGeneralisedCrossValidation(int n, int d, int seed, bool noise)
    {
        var items = GaussianItems.Draw(n, d, d + 3, seed).Items;
        if (noise)
        {
            var random = new Random(seed);
            items = new ItemSet(items.Names, items.Representations, items.Values.Select(_ => random.NextDouble()).ToArray(), d, "noise");
        }
        var moments = ItemPasses.Moments(items).Total();
        var sigma = Matrix<double>.Build.Dense(d, d, (i, j) => moments.Covariance[i * d + j]);
        var c = Vector<double>.Build.DenseOfArray(moments.CrossCovariance);
        var basis = Matrix<double>.Build.Dense(d, 2, (i, j) => i == j ? 1 : i == j + 2 ? 0.5 : 0).QR().Q.SubMatrix(0, d, 0, 2);
        foreach (var restrict in new[] { false, true })
        {
            var (s, cc) = restrict ? (basis.Transpose() * sigma * basis, basis.Transpose() * c) : (sigma, c);
            int k = s.RowCount;
            double tau = s.Trace() / k, best = double.PositiveInfinity, alpha = double.NaN;
            Vector<double>? bestBeta = null;
            for (int e = -12; e <= 6; e++)
            {
                double a = tau * Math.Pow(10, e / 2.0);
                var inverse = (s + a * Matrix<double>.Build.DenseIdentity(k)).Inverse();
                var beta = inverse * cc;
                double rss = moments.ValueVariance - 2 * beta.DotProduct(cc) + beta.DotProduct(s * beta);
                double df = (s * inverse).Trace();
                if (df >= items.Count) continue;
                double gcv = Math.Max(rss, 0) / Math.Pow(1 - df / items.Count, 2);
                if (gcv < best) (best, alpha, bestBeta) = (gcv, a, beta);
            }
            var fit = RidgeReadout.Fit(moments, restrict ? basis : null);
            if (noise && !restrict) Assert.Equal(tau * 1e3, alpha, 1e-9 * alpha);
            Assert.Equal(alpha, fit.Penalty, 1e-9 * alpha);
            var weights = restrict ? basis * bestBeta! : bestBeta!;
            Assert.True((fit.Weights - weights).L2Norm() <= 1e-8 * (1 + weights.L2Norm()), $"restrict = {restrict}: weights differ by {(fit.Weights - weights).L2Norm():G3}");
            Assert.Equal(moments.MeanValue, fit.Intercept);
            Assert.Equal(moments.Mean, fit.Centre.ToArray());
        }
    }

    /// <summary>A ragged panel uses the raters every item has (the first min count of each item's ratings): a third rating on one
    /// item changes nothing.</summary>
    [Fact]
    public void ARaggedPanelUsesTheRatersEveryItemHas()
    {
        var random = new Random(3);
        var ratings = Enumerable.Range(0, 40).Select(_ => { double t = random.NextDouble(); return new[] { t + 0.2 * random.NextDouble(), t + 0.2 * random.NextDouble() }; }).ToList();
        double even = NoiseCeiling.Estimate(ratings, 4, 1)!.Value;
        var ragged = ratings.Select((r, i) => i == 0 ? r.Append(5.0).ToArray() : r).ToList();
        Assert.Equal(even, NoiseCeiling.Estimate(ragged, 4, 1)!.Value);
    }

    [Fact]
    public void AWilsonIntervalOfAnImpossibleCountIsRefused()
    {
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(-1, 10)).ParamName);
        Assert.Contains("11 successes of 10", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(11, 10)).Message);
        Assert.NotNull(WilsonInterval.Of(10, 10));
        Assert.NotNull(WilsonInterval.Of(0, 10));
    }

    private sealed class Recorder(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
