using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Theory;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Core.Theory;

/// <summary>
/// Separation of labelled pairs decided from the data (S1): labels that a direction orders exactly (separable by construction)
/// are Separated with a witness that orders every pair, and the fit is not converged; pairs that hold every ±e_k with both labels
/// (0 inside the signed pairs' hull, so no direction orders them all, by construction) are NotSeparated and the fit converges;
/// quasi-completely separated pairs (one direction judged both ways, the rest ordered by another) are never certified.
/// </summary>
public sealed class PairSeparationTests(ITestOutputHelper output)
{
    [Fact]
    public void SeparableLabelsGetAWitnessAndNoConvergence()
    {
        int cases = 0;
        for (int seed = 1; seed <= 30; seed++)
        {
            var random = new Random(seed);
            int d = 2 + seed % 9, n = 10 + 37 * seed;
            var h = Matrix<double>.Build.Dense(d, n, (_, _) => random.NextDouble() * 2 - 1);
            var beta = Vector<double>.Build.Dense(d, _ => random.NextDouble() * 2 - 1);
            var labels = Enumerable.Range(0, n).Select(j => h.Column(j).DotProduct(beta) > 0).ToList();
            var fit = BradleyTerry.Fit(h, labels);
            Assert.False(fit.Converged, $"seed {seed}: separable labels reported converged");
            Assert.Equal(SeparationVerdict.Separated, fit.Separation!.Verdict);
            var witness = fit.Separation.Witness!;
            for (int j = 0; j < n; j++)
                Assert.True((labels[j] ? 1 : -1) * h.Column(j).DotProduct(witness) > 0, $"seed {seed}: the witness misorders pair {j}");
            cases++;
        }
        output.WriteLine($"{cases} separable pair sets, each separated with a checked witness");
    }

    [Fact]
    public void PairsJudgedBothWaysAlongEveryAxisAreCertifiedNotSeparated()
    {
        for (int seed = 1; seed <= 20; seed++)
        {
            var random = new Random(seed);
            int d = 2 + seed % 6, extra = 5 * seed;
            var columns = new List<Vector<double>>();
            var labels = new List<bool>();
            for (int k = 0; k < d; k++)
                foreach (bool label in new[] { true, false })
                {
                    columns.Add(Vector<double>.Build.Dense(d, i => i == k ? 1.0 : 0.0));
                    labels.Add(label);
                }
            for (int j = 0; j < extra; j++)
            {
                columns.Add(Vector<double>.Build.Dense(d, _ => random.NextDouble() * 2 - 1));
                labels.Add(random.NextDouble() < 0.5);
            }
            var fit = BradleyTerry.Fit(Matrix<double>.Build.DenseOfColumnVectors(columns), labels);
            Assert.Equal(SeparationVerdict.NotSeparated, fit.Separation!.Verdict);
            Assert.True(fit.Converged, $"seed {seed}: the MLE exists and Newton should reach it");
        }
    }

    [Fact]
    public void QuasiCompleteSeparationIsNeverCertified()
    {
        // e₁ judged both ways; every other pair ordered by e₂: β = e₂ has every ⟨β, z_i⟩ ≥ 0 and some > 0, so the supremum is at infinity.
        var random = new Random(7);
        var columns = new List<Vector<double>> { Vector<double>.Build.DenseOfArray([1.0, 0, 0]), Vector<double>.Build.DenseOfArray([1.0, 0, 0]) };
        var labels = new List<bool> { true, false };
        for (int j = 0; j < 60; j++)
        {
            var x = Vector<double>.Build.DenseOfArray([random.NextDouble() - 0.5, random.NextDouble() + 0.1, random.NextDouble() - 0.5]);
            bool flip = random.NextDouble() < 0.5;
            columns.Add(flip ? -x : x);
            labels.Add(!flip);
        }
        var fit = BradleyTerry.Fit(Matrix<double>.Build.DenseOfColumnVectors(columns), labels);
        Assert.NotEqual(SeparationVerdict.NotSeparated, fit.Separation!.Verdict);
        Assert.False(fit.Converged);
    }
}
