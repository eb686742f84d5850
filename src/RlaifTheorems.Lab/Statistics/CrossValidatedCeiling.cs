using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Statistics;

/// <summary>
/// R1's ρ̂: the out-of-sample correlation of the best linear readout. Items are dealt into k folds by a seeded permutation;
/// for each fold a <see cref="RidgeReadout"/> is fitted on the other folds' moments and predicts the fold; ρ̂ is the
/// correlation of all out-of-fold predictions with y, and its interval the 95% bootstrap interval over items of that
/// correlation (predictions held fixed). The refitting bootstrap (<see cref="RefitSpread"/>) repeats the whole procedure on
/// each resample. Optionally restricted to the top principal directions of all items (capacity).
/// </summary>
public static class CrossValidatedCeiling
{
    /// <summary>The result: ρ̂, its interval, the out-of-fold predictions.</summary>
    public sealed record CeilingEstimate(double Rho, double Low, double High, double[] Predictions, double MeanPenalty);

    /// <summary>Deals n items into <paramref name="folds"/> folds (seeded).</summary>
    public static int[] Folds(long n, int folds, int seed)
    {
        var order = Enumerable.Range(0, (int)n).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[n];
        for (int k = 0; k < order.Length; k++) fold[order[k]] = k % folds;
        return fold;
    }

    /// <summary>Out-of-fold predictions for the folds' accumulated moments, in one more pass over the items.</summary>
    public static double[] Predict(IItemSource items, MomentAccumulator byFold, int[] fold, int folds, Matrix<double>? basis, out double meanPenalty)
    {
        var readouts = Enumerable.Range(0, folds).Select(f => RidgeReadout.Fit(byFold.Excluding(f), basis)).ToArray();
        meanPenalty = readouts.Average(r => r.Penalty);
        var weights = readouts.Select(r => r.Weights.ToArray()).ToArray();
        var offsets = readouts.Select(r => r.Intercept - r.Weights.DotProduct(r.Centre)).ToArray();
        var predictions = new double[items.Count];
        int d = items.Dimension;
        items.ForEachChunk((rows, values, start, count) =>
        {
            for (int i = 0; i < count; i++)
            {
                int f = fold[start + i];
                predictions[start + i] = offsets[f] + System.Numerics.Tensors.TensorPrimitives.Dot<double>(rows.Slice(i * d, d), weights[f]);
            }
        });
        return predictions;
    }

    /// <summary>ρ̂ with its bootstrap interval.</summary>
    public static CeilingEstimate Estimate(IItemSource items, double[] values, MomentAccumulator byFold, int[] fold, int folds, int resamples, int seed,
        Matrix<double>? basis = null, IProgress<int>? progress = null)
    {
        var predictions = Predict(items, byFold, fold, folds, basis, out double penalty);
        double rho = Correlation.Pearson(predictions, values);
        var (low, high) = Correlation.BootstrapInterval(predictions, values, Math.Max(1, resamples), seed, progress);
        return new CeilingEstimate(rho, low, high, predictions, penalty);
    }

    /// <summary>
    /// The refitting bootstrap: resample b draws n items with replacement (<see cref="Bootstrap.Draw"/>, the census's stream); each
    /// draw keeps its item's fold, so an item drawn twice is never both trained on and predicted; the five ridge readouts (penalty
    /// by GCV) are fitted again on the resample's fold moments and ρ̂_b is the correlation of its out-of-fold predictions. A
    /// resample holds about 63% distinct items, so its readouts see less and ρ̂_b runs low: the spread of ρ̂_b, not its centre,
    /// is the estimate's. Returns the mean and standard deviation of ρ̂_b.
    /// </summary>
    public static (double Mean, double StandardError) RefitSpread(ItemSet items, int[] fold, int folds, int resamples, int seed, IProgress<int>? progress = null)
    {
        var estimates = new double[resamples];
        int n = items.Count, done = 0;
        for (int b = 0; b < resamples; b++)
        {
            var draws = Bootstrap.Draws(seed, b, n);
            var resample = new ResampledItems(items, draws);
            var foldOf = draws.Select(i => fold[i]).ToArray();
            var byFold = ItemPasses.Moments(resample, folds, foldOf);
            var predictions = Predict(resample, byFold, foldOf, folds, null, out _);
            estimates[b] = Correlation.Pearson(predictions, draws.Select(i => items.Values[i]).ToArray());
            progress?.Report(++done);
        }
        var valid = estimates.Where(double.IsFinite).ToArray();
        double mean = valid.Average();
        // Stryker disable once Arithmetic : Σ(x − m)(x + m) = Σx² − n·m² = Σ(x − m)² at the mean m, so either factor's sign gives the same sum.
        return (mean, Math.Sqrt(valid.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, valid.Length - 1)));
    }

    /// <summary>
    /// ρ̂ from the folds' moments alone, with no pass over the items: fold f's readout (fitted on the other folds' merged moments)
    /// predicts ŷ = o_f + ⟨β_f, h⟩ on fold f, whose moments (n_f, μ_f, Σ_f, c_f, ȳ_f, σ²_f) give Σŷ = n_f m_f with
    /// m_f = o_f + ⟨β_f, μ_f⟩, Σŷ² = n_f (m_f² + β_fᵀΣ_fβ_f) and Σŷy = n_f (m_f ȳ_f + ⟨β_f, c_f⟩); the pooled correlation of ŷ with
    /// y is then the same number as <see cref="Estimate"/>'s, up to rounding.
    /// </summary>
    public static double FromFoldMoments(IReadOnlyList<Moments> folds)
    {
        double n = 0, sumP = 0, sumPP = 0, sumPY = 0, sumY = 0, sumYY = 0;
        for (int f = 0; f < folds.Count; f++)
        {
            var fold = folds[f];
            var readout = RidgeReadout.Fit(Moments.Merge(folds.Where((_, g) => g != f).ToList()));
            var beta = readout.Weights;
            int d = fold.Dimension;
            double offset = readout.Intercept - beta.DotProduct(readout.Centre);
            double m = offset + beta.DotProduct(Vector<double>.Build.DenseOfArray(fold.Mean));
            double quadratic = 0;
            for (int a = 0; a < d; a++)
            {
                double row = 0;
                for (int b = 0; b < d; b++) row += fold.Covariance[(long)a * d + b] * beta[b];
                quadratic += beta[a] * row;
            }
            double count = fold.Count;
            n += count;
            sumP += count * m;
            sumPP += count * (m * m + quadratic);
            sumPY += count * (m * fold.MeanValue + beta.DotProduct(Vector<double>.Build.DenseOfArray(fold.CrossCovariance)));
            sumY += count * fold.MeanValue;
            sumYY += count * (fold.ValueVariance + fold.MeanValue * fold.MeanValue);
        }
        double meanP = sumP / n, meanY = sumY / n;
        double covariance = sumPY / n - meanP * meanY, varP = sumPP / n - meanP * meanP, varY = sumYY / n - meanY * meanY;
        return varP > 0 && varY > 0 ? Math.Clamp(covariance / Math.Sqrt(varP * varY), -1, 1) : 0;
    }
}
