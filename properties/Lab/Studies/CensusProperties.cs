using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Studies;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>
/// The census (THEORY R4) recomputed independently from its definitions, by direct loops over the items: A(g), A(d_c), Δ, s(c)
/// as correlations; the linear path A(λ) = (A(g) + λA(d_c))/√(1 + 2λr + λ²) and its crossing strength solved by hand; the exact
/// policy, λ_max and the three verdicts; the own words held out. Also the grid's definition and the bootstrap's coverage.
/// </summary>
public sealed class CensusProperties(ITestOutputHelper output)
{
    /// <summary>Every number and verdict of <see cref="ConstitutionStudy.Evaluate"/> agrees with a recomputation from the
    /// definitions, over 40 random (g, d_c) pairs on Gaussian items (n = 400, d = 5) with two named items held out.</summary>
    [Fact]
    public void CensusAgreesWithAnIndependentRecomputation()
    {
        int compared = 0, strongCount = 0, monotoneCount = 0, dips = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var g = GaussianItems.Draw(400, 5, 7, 500 + seed);
            var random = new Random(seed);
            var (generation, judge) = seed % 3 == 0 ? DippingPair(g, random) : (g.RandomDirection(random), g.RandomDirection(random));
            var study = new ConstitutionStudy(g.Items, generation, "gaussian", "linear", seed, 50);
            var candidate = new ConstitutionCandidate("c", "test", judge, ["ITEM 3", "item 7", "not an item"], "test");
            var scores = ItemPasses.Scores(g.Items, generation, judge);
            var evaluated = study.Evaluate(candidate, scores[1]);
            Assert.NotNull(evaluated);
            var result = evaluated.Result;
            Assert.Equal(["item 3", "item 7"], result.HeldOut);

            var keep = Enumerable.Range(0, 400).Where(i => i != 3 && i != 7).ToArray();
            var s = Standard(keep.Select(i => scores[0][i]).ToArray());
            var t = Standard(keep.Select(i => scores[1][i]).ToArray());
            var y = keep.Select(i => g.Items.Values[i]).ToArray();
            double aS = Pearson(s, y), aT = Pearson(t, y), r = Pearson(s, t);
            var j = result.Items;
            Assert.Equal(398, j.Items);
            Assert.Equal(aT, j.JudgeAlignment, 10);
            Assert.Equal(aS, j.GenerationAlignment, 10);
            Assert.Equal(aT - aS, j.Gap, 10);
            Assert.Equal(aT - r * aS, j.InitialSlope, 9);
            double Linear(double l) => (aS + l * aT) / Math.Sqrt(1 + 2 * l * r + l * l);

            double crossing = 2 * aS * (r * aS - aT) / (aT * aT - aS * aS);
            bool returns = crossing > 0 && Math.Sign(aS + crossing * aT) == Math.Sign(aS);
            Assert.NotNull(j.CrossingStrength);
            Assert.Equal(returns ? crossing : 0, j.CrossingStrength!.Value, 6);

            double n = y.Length, lambdaMax = j.MaxStrength;
            Assert.Equal(0.5 * Math.Log(n), TiltDivergence(t, lambdaMax), 8);
            var grid = Enumerable.Range(0, 41).Select(k => k * lambdaMax / 40).ToArray();
            var ev = grid.Select(l => Policy(s, t, y, l).Ev).ToArray();
            var realised = grid.Select(l => Policy(s, t, y, l).Realised).ToArray();

            bool strongJudged = aT != aS && (returns ? crossing : 0) < lambdaMax;
            Assert.Equal(strongJudged, j.StrongJudged);
            Assert.Equal(aT > aS, j.PredictedStrong);
            Assert.Equal(realised[40] > realised[0], j.ObservedStrong);

            bool predictedMonotone = aT - aS >= 0 && aT - r * aS >= 0;
            Assert.Equal(predictedMonotone, j.PredictedMonotone);
            Assert.Equal(predictedMonotone || grid.Skip(1).Any(l => Linear(l) <= Linear(0)), j.MonotoneJudged);
            Assert.Equal(realised.Skip(1).All(a => a > realised[0]), j.ObservedMonotone);

            double sdY = Math.Sqrt(y.Sum(v => (v - y.Average()) * (v - y.Average())) / n), eps = 1e-3 * sdY;
            bool rises = ev[40] - ev[0] > eps, falls = ev[0] - ev[40] > eps;
            for (int b = 1; b <= 40; b++)
                for (int a = 0; a < b; a++) { rises &= ev[b] >= ev[a] - eps; falls &= ev[b] <= ev[a] + eps; }
            Assert.Equal(rises ? "rises" : falls ? "falls" : "mixed", j.ObservedValue);
            Assert.Equal(aT > 0 ? "rises" : "falls", j.PredictedValue);

            compared++;
            if (strongJudged) strongCount++;
            if (j.MonotoneJudged) monotoneCount++;
            if (aT - aS > 0 && aT - r * aS < 0) dips++;
        }
        output.WriteLine($"{compared} constitutions recomputed; T1.2 judged on {strongCount}, T1.3 on {monotoneCount}; {dips} predicted to dip first");
        Assert.True(strongCount >= 10 && dips >= 3, "the comparison reaches judged T1.2 cases and dipping paths");
    }

    /// <summary>λ_max: the tilt's KL is ½ log n there; a judge whose top value is shared by √n items or more gets the cap.</summary>
    [Fact]
    public void GridEndsWhereTheJudgeAloneKeepsRootNItems()
    {
        var random = new Random(3);
        var t = Standard(Enumerable.Range(0, 1000).Select(_ => random.NextDouble() * random.NextDouble()).ToArray());
        double top = StrengthGrid.MaxStrength(t);
        Assert.Equal(0.5 * Math.Log(1000), TiltDivergence(t, top), 9);
        Assert.True(TiltDivergence(t, 0.9 * top) < 0.5 * Math.Log(1000));
        var tied = Enumerable.Range(0, 100).Select(i => i < 10 ? 1.0 : -0.1 * i).ToArray();
        Assert.Equal(StrengthGrid.Cap, StrengthGrid.MaxStrength(tied));
        var grid = StrengthGrid.For(t);
        Assert.Equal(41, grid.Length);
        Assert.Equal(0, grid[0]);
        Assert.Equal(top, grid[^1], 12);
    }

    /// <summary>T1.4's observation with the margin ε: a dip of at most ε below the running maximum still rises; a larger dip, or a
    /// net change of at most ε, is mixed.</summary>
    [Fact]
    public void ValueShapeUsesTheMargin()
    {
        Assert.Equal("rises", CensusJudgment.ValueShape([0, 1, 2, 1.999, 3], 0.01));
        Assert.Equal("mixed", CensusJudgment.ValueShape([0, 1, 2, 1.98, 3], 0.01));
        Assert.Equal("mixed", CensusJudgment.ValueShape([0, 0.002, 0.004, 0.006, 0.008], 0.01));
        Assert.Equal("falls", CensusJudgment.ValueShape([3, 2, 2.005, 1, 0], 0.01));
    }

    /// <summary>
    /// The bootstrap's 95% interval for A(d_c) covers the population alignment in at least 15 of 20 Gaussian item sets (n = 1000,
    /// d = 4); each misses with probability about 0.05, so six or more misses has probability about 3·10⁻⁴. The controls keep
    /// what they should: matched Gaussian triples have A(d_c) within 5/√n of the items', permuted values within 5/√n of 0.
    /// </summary>
    [Fact]
    public void BootstrapCoversAndControlsMatch()
    {
        int covered = 0;
        for (int seed = 1; seed <= 20; seed++)
        {
            var g = GaussianItems.Draw(1000, 4, 6, 900 + seed);
            var random = new Random(seed);
            var generation = g.RandomDirection(random);
            var judge = g.RandomDirection(random);
            var scores = ItemPasses.Scores(g.Items, generation, judge);
            var plane = PlaneItems.TryCreate(scores[0], scores[1], g.Items.Values)!;
            var estimate = PlaneBootstrap.Estimate(plane, 400, seed).JudgeAlignment;
            var population = new RlaifTheorems.Core.Model.LatentValueModel(g.Encoder, g.Value, judge, generation);
            double truth = population.Alignment(judge);
            if (estimate.Low <= truth && truth <= estimate.High) covered++;
            else output.WriteLine($"seed {seed}: A = {truth:F4} outside [{estimate.Low:F4}, {estimate.High:F4}]");
            double bound = 5 / Math.Sqrt(1000);
            Assert.InRange(plane.MatchedGaussian(seed)!.JudgeAlignment - plane.JudgeAlignment, -bound, bound);
            Assert.InRange(plane.Permuted(seed).JudgeAlignment, -bound, bound);
        }
        output.WriteLine($"{covered}/20 intervals cover the population A(d_c)");
        Assert.True(covered >= 15, $"only {covered}/20 intervals cover");
    }

    /// <summary>g and d_c whose pulled-back directions sit at angles ≈ 150° and ≈ 300° from the ceiling direction in a plane of
    /// row(E): the path from g to d_c sweeps the 150° arc through the worst direction (180°), so it dips before it improves.</summary>
    private static (Vector<double> Generation, Vector<double> Judge) DippingPair(GaussianItems g, Random random)
    {
        var e = g.Encoder.Matrix;
        var gram = e * e.Transpose();
        var p = (e.Transpose() * gram.Solve(e * g.Value.Vector)).Normalize(2);
        var q = e.Transpose() * g.RandomDirection(random);
        q = (q - q.DotProduct(p) * p).Normalize(2);
        Vector<double> Direction(double degrees)
        {
            double angle = degrees * Math.PI / 180;
            return gram.Solve(e * (Math.Cos(angle) * p + Math.Sin(angle) * q));
        }
        return (Direction(145 + 10 * random.NextDouble()), Direction(295 + 10 * random.NextDouble()));
    }

    private static double[] Standard(double[] x)
    {
        double mean = x.Average(), sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        return x.Select(v => (v - mean) / sd).ToArray();
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.Length; i++) { ab += (a[i] - ma) * (b[i] - mb); aa += (a[i] - ma) * (a[i] - ma); bb += (b[i] - mb) * (b[i] - mb); }
        return ab / Math.Sqrt(aa * bb);
    }

    private static double TiltDivergence(double[] t, double lambda)
    {
        var w = t.Select(x => Math.Exp(lambda * (x - t.Max()))).ToArray();
        double z = w.Sum();
        return w.Sum(x => x / z * Math.Log(t.Length * x / z));
    }

    private static (double Ev, double Realised) Policy(double[] s, double[] t, double[] y, double lambda)
    {
        var logits = s.Select((x, i) => x + lambda * t[i]).ToArray();
        double top = logits.Max();
        var w = logits.Select(l => Math.Exp(l - top)).ToArray();
        double z = w.Sum(), ev = 0, kl = 0;
        for (int i = 0; i < y.Length; i++) { double p = w[i] / z; ev += p * y[i]; kl += p > 0 ? p * Math.Log(y.Length * p) : 0; }
        double mean = y.Average(), sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / y.Length);
        return (ev, kl > 0 ? (ev - mean) / (sd * Math.Sqrt(2 * kl)) : 0);
    }
}
