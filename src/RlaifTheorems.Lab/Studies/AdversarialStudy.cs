using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// R3: from a latent vector m, the reachable alignments sup_c and inf_c A(d_c) on the empirical geometry (T2.5, T3.2, whitened
/// by M = Σ; the core's <see cref="ReachableAlignment"/>), the worst constitution's activated direction d_c = P_c m, and the
/// items it ranks highest and lowest by ⟨d_c, h_i⟩: what an adversarial constitution would activate. When Σ is singular
/// (n ≤ d, or dependent representations) and m leaves its range, every direction of the range is reachable
/// (<see cref="ThroughNullSpace"/>): sup = ρ and inf = −ρ, both attained, and the worst constitution is built there. The worst
/// witness is also judged out of fold, where it does not reach −ρ by construction, and ρ, A(m) and both bounds get intervals from
/// a bootstrap that recomputes them on resampled items (<see cref="RefitSpread"/>).
/// </summary>
public static class AdversarialStudy
{
    /// <summary>The relative size of m's part outside the range of Σ from which that part counts.</summary>
    public const double OutsideRange = 1e-6;

    /// <summary>Runs R3 with latent <paramref name="latent"/> (named <paramref name="latentName"/>); <paramref name="shown"/> items each
    /// end. With <paramref name="seed"/>, the worst witness is also judged out of fold (<see cref="OutOfFoldAlignment"/>), its interval
    /// from <paramref name="resamples"/> bootstrap resamples, and, for in-memory items, the in-sample quantities get refitting
    /// intervals from <paramref name="refitResamples"/> resamples (<see cref="RefitSpread"/>; the latent is then the items' mean
    /// representation, recomputed on each resample).</summary>
    public static AdversarialResult Run(IItemSource items, EmpiricalGeometry geometry, Vector<double> latent, string latentName,
        string encoder, string lexicon, int shown = 10, int? seed = null, int resamples = 1000, int refitResamples = 0, IProgress<int>? refit = null)
    {
        var worst = Worst(geometry, latent);
        var scores = ItemPasses.Scores(items, worst.Direction)[0];
        var values = ItemPasses.Values(items);
        var order = Enumerable.Range(0, (int)items.Count).OrderByDescending(i => scores[i]).ToArray();
        RankedItem Item(int i) => new(items.NameOf(i), values[i], scores[i]);
        return new AdversarialResult(encoder, lexicon, latentName, worst.LatentAlignment, worst.Ceiling, worst.Supremum,
            worst.Infimum, worst.Adversarial, worst.WitnessAlignment,
            order.Take(shown).Select(Item).ToArray(), order.Reverse().Take(shown).Select(Item).ToArray())
        {
            OutOfFold = seed is int s ? OutOfFoldAlignment(items, latent, s, resamples) : null,
            Spread = seed is int t && items is ItemSet inMemory
                ? RefitSpread(inMemory, (worst.Ceiling, worst.LatentAlignment, worst.Supremum, worst.Infimum), refitResamples, t, refit) : null,
        };
    }

    /// <summary>R3 on one geometry: A(m), ρ, the reachable supremum and infimum, whether an adversarial constitution exists, and the
    /// worst witness's activated direction (ambient) with its alignment.</summary>
    public static (double LatentAlignment, double Ceiling, double Supremum, double Infimum, bool Adversarial, Vector<double> Direction,
        double WitnessAlignment) Worst(EmpiricalGeometry geometry, Vector<double> latent)
    {
        var model = geometry.Model(latent, latent);
        var reach = new ReachableAlignment(model);
        if (ThroughNullSpace(geometry, model, latent) is { } worst)
        {
            double alignment = geometry.Alignment(worst);
            return (model.Alignment(model.Latent), reach.Ceiling, reach.Ceiling, -reach.Ceiling, alignment < 0, worst, alignment);
        }
        var activated = reach.WorstConstitution(1e-6).Project(model.Latent);
        return (model.Alignment(model.Latent), reach.Ceiling, reach.Supremum, reach.Infimum, reach.AdversarialExists,
            geometry.Ambient(activated), model.Alignment(activated));
    }

    /// <summary>
    /// The refitting bootstrap of R3's in-sample quantities: resample b draws n items with replacement (<see cref="Bootstrap.Draw"/>,
    /// the stream of ρ̂'s refitting bootstrap); the geometry and the mean representation m_b are recomputed from the resample,
    /// and so are ρ_b, A_b(m_b), sup_b and inf_b (<see cref="Worst"/>). Each one's interval is the estimate ± 1.96·se, se the
    /// standard deviation over resamples (as ρ̂'s refitting interval) and the estimate the full items' value; a resample whose values have no variance is skipped and
    /// counted. Null for fewer than <see cref="CeilingStudy.MinimumRefitItems"/> items or no resamples.
    /// </summary>
    public static ReachableSpread? RefitSpread(ItemSet items, (double Ceiling, double LatentAlignment, double Supremum, double Infimum) estimate,
        int resamples, int seed, IProgress<int>? progress = null)
    {
        if (resamples < 1 || items.Count < CeilingStudy.MinimumRefitItems) return null;
        var drawn = new List<double[]>(resamples);
        int n = items.Count, done = 0;
        for (int b = 0; b < resamples; b++)
        {
            var draws = Bootstrap.Draws(seed, b, n);
            var moments = ItemPasses.Moments(new ResampledItems(items, draws)).Total();
            if (moments.ValueVariance > 0)
            {
                var r = Worst(new EmpiricalGeometry(moments), Vector<double>.Build.DenseOfArray(moments.Mean));
                drawn.Add([r.Ceiling, r.LatentAlignment, r.Supremum, r.Infimum]);
            }
            progress?.Report(++done);
        }
        double Se(int q)
        {
            double mean = drawn.Average(x => x[q]);
            return Math.Sqrt(drawn.Sum(x => (x[q] - mean) * (x[q] - mean)) / (drawn.Count - 1));
        }
        return drawn.Count < 2 ? null : new ReachableSpread(resamples, resamples - drawn.Count, RefitInterval.Around(estimate.Ceiling, Se(0)),
            RefitInterval.Around(estimate.LatentAlignment, Se(1)), RefitInterval.Around(estimate.Supremum, Se(2)), RefitInterval.Around(estimate.Infimum, Se(3)));
    }

    /// <summary>
    /// The worst witness judged out of fold: the items are dealt into the 5 folds of R1 (<paramref name="seed"/>); for each fold the
    /// worst witness x_f is built on the other folds' geometry and scores the fold's items, centred and scaled by the training
    /// folds' mean and deviation of ⟨x_f, h⟩; the result is the correlation of all these scores with y. In sample the witness
    /// reaches −ρ by construction; out of fold it shows what an adversarial constitution found on some items does on new ones.
    /// Its interval is the 95% percentile bootstrap over items of that correlation (scores held fixed, as ρ̂'s first interval).
    /// </summary>
    public static OutOfFoldWitness OutOfFoldAlignment(IItemSource items, Vector<double> latent, int seed, int resamples = 1000)
    {
        const int folds = CeilingStudy.Folds;
        var fold = Statistics.CrossValidatedCeiling.Folds(items.Count, folds, seed);
        var byFold = ItemPasses.Moments(items, folds, fold);
        var directions = new double[folds][];
        var offsets = new double[folds];
        var scales = new double[folds];
        for (int f = 0; f < folds; f++)
        {
            var train = byFold.Excluding(f);
            var geometry = new EmpiricalGeometry(train);
            var x = Worst(geometry, latent).Direction;
            double deviation = geometry.ScoreDeviation(x);
            directions[f] = x.ToArray();
            offsets[f] = x.DotProduct(Vector<double>.Build.DenseOfArray(train.Mean));
            scales[f] = deviation > 0 ? 1 / deviation : 0;
        }
        var scores = new double[items.Count];
        int d = items.Dimension;
        items.ForEachChunk((rows, values, start, count) =>
        {
            for (int i = 0; i < count; i++)
            {
                int f = fold[start + i];
                scores[start + i] = scales[f] * (System.Numerics.Tensors.TensorPrimitives.Dot<double>(rows.Slice(i * d, d), directions[f]) - offsets[f]);
            }
        });
        var values = ItemPasses.Values(items);
        var (low, high) = Statistics.Correlation.BootstrapInterval(scores, values, resamples, seed);
        return new OutOfFoldWitness(Statistics.Correlation.Pearson(scores, values), low, high);
    }

    /// <summary>
    /// When m has a part μn (n unit) outside the range of Σ, the activated direction of a constitution in the ambient space can
    /// have any range direction t: x = αt + βn lies on the sphere ⟨x, m − x⟩ = 0 (so x = P_span(x) m, L1) for
    /// α = μ²/(4(|⟨t, m_r⟩| + μ)) and β = (μ + √(μ² − 4(α² − α⟨t, m_r⟩)))/2, m_r = m − μn, and the items see only αt. With t the
    /// range direction of least alignment (−ρ), this x is the worst constitution's activated direction: inf = −ρ, attained.
    /// Null when m lies in the range up to <see cref="OutsideRange"/>·‖m‖ (a smaller part lies in directions the items barely
    /// vary along, below the data's precision), or when the witness, evaluated on the items, does not reach −ρ to 10⁻⁶; then
    /// the core's reachable set on the range is the answer.
    /// </summary>
    public static Vector<double>? ThroughNullSpace(EmpiricalGeometry geometry, Core.Model.LatentValueModel model, Vector<double> latent)
    {
        var inRange = geometry.Ambient(geometry.Principal(latent));
        var outside = latent - inRange;
        double mu = outside.L2Norm();
        if (!(mu > OutsideRange * latent.L2Norm()) || model.Quality == 0) return null;
        var n = outside / mu;
        var t = geometry.Ambient(-model.Encoder.CeilingDirection(model.Value));
        t /= t.L2Norm();
        double c = t.DotProduct(inRange), alpha = mu * mu / (4 * (Math.Abs(c) + mu));
        double beta = (mu + Math.Sqrt(mu * mu - 4 * (alpha * alpha - alpha * c))) / 2;
        var x = alpha * t + beta * n;
        // Checked, not trusted: the items must see x's range part as the least aligned direction.
        return Math.Abs(geometry.Alignment(x) + model.Quality) <= 1e-6 ? x : null;
    }
}
