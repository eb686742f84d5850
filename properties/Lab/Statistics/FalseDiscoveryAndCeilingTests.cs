using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Properties.Lab.Statistics;

/// <summary>
/// Benjamini–Hochberg against its definition on random p-values with ties; the noise ceiling on panels whose split-half
/// reliability is known exactly; and the PSD eigendecomposition by reconstruction, with and without LAPACK.
/// </summary>
public sealed class FalseDiscoveryAndCeilingTests
{
    /// <summary>p_i is rejected iff p_i ≤ p₍ₖ₎, k the largest i with p₍ᵢ₎ ≤ q·i/m (none when no such i): ties never split, since a
    /// tie with p₍ₖ₎ also meets its own, larger threshold.</summary>
    [Fact]
    public void BenjaminiHochbergRejectsExactlyUpToTheLastPassingRank()
    {
        var random = new Random(3);
        int someRejected = 0, noneRejected = 0;
        for (int trial = 0; trial < 500; trial++)
        {
            int m = 1 + random.Next(12);
            var p = Enumerable.Range(0, m).Select(_ => Math.Round(Math.Pow(random.NextDouble(), 3), 2)).ToArray();
            double q = new[] { 0.05, 0.1, 0.2 }[random.Next(3)];
            var sorted = p.Order().ToArray();
            double? cut = Enumerable.Range(1, m).Where(i => sorted[i - 1] <= q * i / m).Select(i => (double?)sorted[i - 1]).LastOrDefault();
            var expected = p.Select(x => cut is double c && x <= c).ToArray();
            Assert.Equal(expected, FalseDiscovery.Reject(p, q));
            if (cut is null) noneRejected++; else someRejected++;
        }
        Assert.True(someRejected > 50 && noneRejected > 50, $"{someRejected} trials rejected some, {noneRejected} none");
    }

    /// <summary>With two raters every split compares one with the other, so √R = √(2r/(1 + r)), r = corr(rater 1, rater 2), whatever
    /// the seed; identical raters give 1, raters with r ≤ 0 give 0, fewer than two ratings give null.</summary>
    [Fact]
    public void TheNoiseCeilingOfTwoRatersIsTheirSpearmanBrownCorrelation()
    {
        var random = new Random(8);
        var truth = Enumerable.Range(0, 60).Select(_ => random.NextDouble()).ToArray();
        var ratings = truth.Select(t => new[] { t + 0.3 * random.NextDouble(), t + 0.3 * random.NextDouble() }).ToList();
        double r = Correlation.Pearson(ratings.Select(x => x[0]).ToArray(), ratings.Select(x => x[1]).ToArray());
        Assert.Equal(Math.Sqrt(2 * r / (1 + r)), NoiseCeiling.Estimate(ratings, 7, 1)!.Value, 12);
        Assert.Equal(Math.Sqrt(2 * r / (1 + r)), NoiseCeiling.Estimate(ratings, 3, 99)!.Value, 12);
        Assert.Equal(1.0, NoiseCeiling.Estimate(truth.Select(t => new[] { t, t, t, t }).ToList(), 5, 1)!.Value, 12);
        Assert.Equal(0.0, NoiseCeiling.Estimate(truth.Select(t => new[] { t, 1 - t }).ToList(), 5, 1));
        Assert.Null(NoiseCeiling.Estimate(truth.Select(t => new[] { t }).ToList(), 5, 1));
        Assert.Null(NoiseCeiling.Estimate([], 5, 1));
    }

    /// <summary>With four raters, two independent pairs of identical twins (a, a, b, b): a split is either {a, a}|{b, b} (r = corr(a, b))
    /// or {a, b}|{a, b} (r = 1), so √R lies between √(2ρ/(1 + ρ)) and 1, ρ = corr(a, b), and moves with the seeded splits.</summary>
    [Fact]
    public void TheNoiseCeilingAveragesSplitHalves()
    {
        var random = new Random(2);
        var items = Enumerable.Range(0, 80).Select(_ => (A: random.NextDouble(), B: random.NextDouble())).ToList();
        items = items.Select(t => (t.A, 0.5 * t.A + t.B)).ToList();
        var ratings = items.Select(t => new[] { t.A, t.A, t.B, t.B }).ToList();
        double rho = Correlation.Pearson(items.Select(t => t.A).ToArray(), items.Select(t => t.B).ToArray());
        double low = Math.Sqrt(2 * rho / (1 + rho));
        var estimates = Enumerable.Range(0, 6).Select(seed => NoiseCeiling.Estimate(ratings, 4, seed)!.Value).ToArray();
        Assert.All(estimates, e => Assert.InRange(e, low - 1e-12, 1 + 1e-12));
        Assert.True(estimates.Distinct().Count() > 1, "the seeded splits change the estimate");
        Assert.Contains(estimates, e => e < 1 - 1e-6);
    }

    /// <summary>Σ = W diag(λ) Wᵀ with λ ≥ 0 and W orthonormal, for random covariances of rank 1 to k (k = 1 by MathNet, k ≥ 2 by
    /// LAPACK where OpenBLAS is installed).</summary>
    [Fact]
    public void ThePsdEigendecompositionReconstructsTheCovariance()
    {
        var random = new Random(4);
        for (int k = 1; k <= 6; k++)
            for (int rank = 1; rank <= k; rank++)
            {
                var a = Matrix<double>.Build.Dense(k, rank, (_, _) => random.NextDouble() - 0.5);
                var sigma = a * a.Transpose();
                var (values, vectors) = PsdEigen.Of(sigma);
                Assert.Equal(k, values.Length);
                Assert.All(values, l => Assert.True(l >= 0));
                var rebuilt = vectors * Matrix<double>.Build.DenseOfDiagonalArray(values) * vectors.Transpose();
                Assert.True((rebuilt - sigma).FrobeniusNorm() < 1e-12, $"k = {k}, rank = {rank}: ‖WΛWᵀ − Σ‖ = {(rebuilt - sigma).FrobeniusNorm():G3}");
                Assert.True((vectors.TransposeThisAndMultiply(vectors) - Matrix<double>.Build.DenseIdentity(k)).FrobeniusNorm() < 1e-12);
            }
    }
}
