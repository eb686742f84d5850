using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// S1 on items: N pairs of items drawn uniformly (seeded), each judged by Bradley–Terry with the constitution's score at unit
/// deviation, P(i ≻ j) = σ(⟨d_c, h_i − h_j⟩); the core's <see cref="BradleyTerry"/> fits d̂_N from the differences, and
/// A(d̂_N) is compared with A(d_c). The fit runs in whitened principal coordinates x' = Λ^{-1/2} Wᵀ x (the likelihood's maximiser
/// is equivariant under this linear change of variables, d̂ = W Λ^{-1/2} β̂'), where the Hessian is well conditioned even when
/// an encoder's covariance has directions of tiny variance.
/// The judge is known, so the experiment's sampling distribution is reached by repeating it: R replications, each with its
/// own pairs and labels, give the mean E[A(d̂_N)] with its 95% Student-t interval and the replications' standard deviation
/// (a single run's spread), over the replications whose MLE is certified to exist (a separated or undecided one is counted
/// instead: its d̂_N is where Newton's method stopped); the reported A(d̂_N) is the first replication's, when its MLE is certified.
/// </summary>
public static class JudgeStudy
{
    /// <summary>Fits the judge from <paramref name="pairs"/> pairs, <paramref name="replications"/> times.</summary>
    public static JudgeFitResult Run(ItemSet items, EmpiricalGeometry geometry, Vector<double> judge, string name, int pairs, int seed,
        string encoder, string lexicon, int replications = 1, IProgress<int>? progress = null) =>
        Run(i => items.Item((int)i), items.Count, geometry, judge, name, pairs, seed, encoder, lexicon, replications, progress);

    /// <summary>Fits the judge from <paramref name="pairs"/> pairs of <paramref name="count"/> items read by <paramref name="item"/>,
    /// <paramref name="replications"/> times (replication 0 from <paramref name="seed"/>, replication r from the r-th seed of
    /// <see cref="Bootstrap.Draw"/>'s stream).</summary>
    public static JudgeFitResult Run(Func<long, Vector<double>> item, long count, EmpiricalGeometry geometry, Vector<double> judge, string name,
        int pairs, int seed, string encoder, string lexicon, int replications = 1, IProgress<int>? progress = null)
    {
        if (replications < 1) throw new ArgumentOutOfRangeException(nameof(replications), replications, "at least one replication");
        var unit = judge / geometry.ScoreDeviation(judge);
        var fits = new (double Alignment, BradleyTerry.Estimate Fit)[replications];
        int done = 0;
        Parallel.For(0, replications, r =>
        {
            var fit = FitOnce(item, count, geometry, unit, pairs, r == 0 ? seed : Bootstrap.Draw(seed, r, 0, int.MaxValue));
            fits[r] = (geometry.Alignment(geometry.Ambient(fit.Direction)), fit.Estimate);
            progress?.Report(Interlocked.Increment(ref done));
        });
        var first = fits[0];
        double? firstAlignment = first.Fit.Separation?.Verdict == SeparationVerdict.NotSeparated ? first.Alignment : null;
        var result = new JudgeFitResult(encoder, lexicon, name, pairs, firstAlignment, geometry.Alignment(judge), first.Fit.Converged)
        {
            Separation = Describe(first.Fit.Separation?.Verdict),
        };
        if (replications == 1) return result;
        int separated = fits.Count(f => f.Fit.Separation?.Verdict == SeparationVerdict.Separated);
        int undecided = fits.Count(f => f.Fit.Separation?.Verdict is not (SeparationVerdict.Separated or SeparationVerdict.NotSeparated));
        var verdicts = fits.Select(f => f.Fit.Separation?.Verdict switch
        {
            SeparationVerdict.NotSeparated => "certified",
            SeparationVerdict.Separated => "separated",
            _ => "undecided",
        }).ToArray();
        var alignments = fits.Where(f => f.Fit.Separation?.Verdict == SeparationVerdict.NotSeparated).Select(f => f.Alignment).ToArray();
        if (alignments.Length < 2)
            return result with { Replications = new JudgeReplications(replications, null, null, null, null, separated, undecided, verdicts) };
        int n = alignments.Length;
        double mean = alignments.Average();
        double deviation = Math.Sqrt(alignments.Sum(a => (a - mean) * (a - mean)) / (n - 1));
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * deviation / Math.Sqrt(n);
        return result with { Replications = new JudgeReplications(replications, mean, mean - half, mean + half, deviation, separated, undecided, verdicts) };
    }

    /// <summary>One replication: its pairs' whitened differences and labels, and the fit (direction in principal coordinates).</summary>
    private static (Vector<double> Direction, BradleyTerry.Estimate Estimate) FitOnce(Func<long, Vector<double>> item, long count,
        EmpiricalGeometry geometry, Vector<double> unit, int pairs, int seed)
    {
        var random = new Random(seed);
        int k = geometry.Rank;
        var scale = Vector<double>.Build.Dense(k, j => 1 / Math.Sqrt(geometry.Variances[j]));
        var features = Matrix<double>.Build.Dense(k, pairs);
        var labels = new bool[pairs];
        for (int p = 0; p < pairs; p++)
        {
            long i = random.NextInt64(count), j = random.NextInt64(count);
            var difference = item(i) - item(j);
            features.SetColumn(p, geometry.Principal(difference).PointwiseMultiply(scale));
            labels[p] = random.NextDouble() < BradleyTerry.Sigmoid(unit.DotProduct(difference));
        }
        var fit = BradleyTerry.Fit(features, labels);
        return (fit.Direction.PointwiseMultiply(scale), fit);
    }

    private static string Describe(SeparationVerdict? verdict) => verdict switch
    {
        SeparationVerdict.Separated => "separated (no MLE; a witness orders every pair)",
        SeparationVerdict.NotSeparated => "not separated (certified)",
        _ => "undecided",
    };
}
