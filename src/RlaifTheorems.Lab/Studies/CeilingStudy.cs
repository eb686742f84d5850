using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// R1: ρ̂ (5-fold cross-validated ridge, bootstrap intervals with predictions fixed and refitted; the refitting one for items
/// held in memory), the in-sample ρ, the human noise ceiling, and the capacity curve
/// ρ_k over the top-k principal directions of all items (in sample for every k = 1…d; cross-validated at k = 1, 2, 4, …, d).
/// </summary>
public static class CeilingStudy
{
    /// <summary>The number of folds.</summary>
    public const int Folds = 5;

    /// <summary>The fewest items the refitting bootstrap runs on (below, a resample can leave a fold without training items).</summary>
    public const int MinimumRefitItems = 50;

    /// <summary>Runs R1 on <paramref name="items"/>; <paramref name="ratings"/> are the items' individual human ratings, if any.</summary>
    public static CeilingResult Run(IItemSource items, string encoder, string lexicon, IReadOnlyList<double[]>? ratings, int seed,
        int resamples, IProgress<int>? bootstrap = null, int refitResamples = 0, IProgress<int>? refit = null)
    {
        var fold = CrossValidatedCeiling.Folds(items.Count, Folds, seed);
        var byFold = ItemPasses.Moments(items, Folds, fold);
        var values = ItemPasses.Values(items);
        var geometry = new EmpiricalGeometry(byFold.Total());
        var estimate = CrossValidatedCeiling.Estimate(items, values, byFold, fold, Folds, resamples, seed, null, bootstrap);
        var capacity = new List<CapacityPoint>();
        var fitted = new HashSet<int>();
        for (int k = 1; k < geometry.Rank; k *= 2) fitted.Add(k);
        fitted.Add(geometry.Rank);
        for (int k = 1; k <= geometry.Rank; k++)
        {
            double? cv = null;
            if (fitted.Contains(k))
            {
                var basis = Matrix<double>.Build.DenseOfColumnVectors(Enumerable.Range(0, k).Select(geometry.PrincipalDirection));
                var predictions = CrossValidatedCeiling.Predict(items, byFold, fold, Folds, basis, out _);
                cv = Correlation.Pearson(predictions, values);
            }
            capacity.Add(new CapacityPoint(k, geometry.InSampleCeiling(k), cv));
        }
        double? noise = ratings is null ? null : NoiseCeiling.Estimate(ratings, 200, seed);
        var result = new CeilingResult(encoder, lexicon, (int)items.Count, items.Dimension, estimate.Rho, estimate.Low, estimate.High,
            geometry.InSampleCeiling(geometry.Rank), estimate.MeanPenalty, noise, capacity);
        if (refitResamples < 1 || items is not ItemSet inMemory || inMemory.Count < MinimumRefitItems) return result;
        var (mean, se) = CrossValidatedCeiling.RefitSpread(inMemory, fold, Folds, refitResamples, seed, refit);
        var interval = RefitInterval.Around(estimate.Rho, se);
        return result with
        {
            RefitLow = interval.Low, RefitHigh = interval.High,
            RefitStandardError = se, RefitMean = mean, RefitResamples = refitResamples,
        };
    }
}
