using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// S1 on items: N pairs of items drawn uniformly (seeded), each judged by Bradley–Terry with the constitution's score at unit
/// deviation, P(i ≻ j) = σ(⟨d_c, h_i − h_j⟩); the core's <see cref="BradleyTerry"/> fits d̂_N from the differences, and
/// A(d̂_N) is compared with A(d_c). The fit runs in whitened principal coordinates x' = Λ^{-1/2} Wᵀ x (the likelihood's maximiser
/// is equivariant under this linear change of variables, d̂ = W Λ^{-1/2} β̂'), where the Hessian is well conditioned even when
/// an encoder's covariance has directions of tiny variance.
/// </summary>
public static class JudgeStudy
{
    /// <summary>Fits the judge from <paramref name="pairs"/> pairs.</summary>
    public static JudgeFitResult Run(ItemSet items, EmpiricalGeometry geometry, Vector<double> judge, string name, int pairs, int seed,
        string encoder, string lexicon) =>
        Run(i => items.Item((int)i), items.Count, geometry, judge, name, pairs, seed, encoder, lexicon);

    /// <summary>Fits the judge from <paramref name="pairs"/> pairs of <paramref name="count"/> items read by <paramref name="item"/>.</summary>
    public static JudgeFitResult Run(Func<long, Vector<double>> item, long count, EmpiricalGeometry geometry, Vector<double> judge, string name,
        int pairs, int seed, string encoder, string lexicon)
    {
        var unit = judge / geometry.ScoreDeviation(judge);
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
        var direction = geometry.Ambient(fit.Direction.PointwiseMultiply(scale));
        return new JudgeFitResult(encoder, lexicon, name, pairs, geometry.Alignment(direction), geometry.Alignment(judge), fit.Converged)
        {
            Separation = fit.Separation?.Verdict switch
            {
                SeparationVerdict.Separated => "separated (no MLE; a witness orders every pair)",
                SeparationVerdict.NotSeparated => "not separated (certified)",
                _ => "undecided",
            },
        };
    }
}
