using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>An estimate with its 95% percentile bootstrap interval and the Bonferroni interval at level 1 − 0.05/K.</summary>
public sealed record BootstrapEstimate(double Value, double Low, double High, double BonferroniLow, double BonferroniHigh)
{
    /// <summary>The sign is decided when the Bonferroni interval excludes 0.</summary>
    public bool SignDecided => BonferroniLow > 0 || BonferroniHigh < 0;

    /// <summary>The mean of <paramref name="v"/> with its intervals (null for fewer than two values).</summary>
    public static BootstrapEstimate? OfMean(double[] v, int resamples, int seed, double level)
    {
        if (v.Length < 2) return null;
        var indices = Bootstrap.Indices(v.Length, resamples, seed);
        var estimates = Bootstrap.Estimates(indices, ix => ix.Average(i => v[i]));
        var (low, high) = Bootstrap.Percentile(estimates, 0.95);
        var (bLow, bHigh) = Bootstrap.Percentile(estimates, level);
        return new BootstrapEstimate(v.Average(), low, high, bLow, bHigh);
    }

    /// <summary>corr(x, y) with its intervals.</summary>
    public static BootstrapEstimate OfCorrelation(double[] x, double[] y, int resamples, int seed, double level)
    {
        var indices = Bootstrap.Indices(y.Length, resamples, seed);
        var estimates = Bootstrap.Estimates(indices, ix => Correlation.Pearson(x, y, ix));
        var (low, high) = Bootstrap.Percentile(estimates, 0.95);
        var (bLow, bHigh) = Bootstrap.Percentile(estimates, level);
        return new BootstrapEstimate(Correlation.Pearson(x, y), low, high, bLow, bHigh);
    }
}

/// <summary>The exact policy over the sampled stories along the RLAIF path (R4 on stories), the linear-Gaussian prediction from the
/// sample's own A(g), A(c) and corr(s, t), and the comparisons with T1.2 and T1.4 at the last grid point.</summary>
public sealed record StoryPathResult(double[] Strengths, double[] ExpectedValue, double[] Divergence, double[] RealisedAlignment,
    double[] PredictedExpectedValue, double[] PredictedAlignment, double EffectiveSizeAtEnd,
    string T12Predicted, string T12Observed, bool? T12Held, string T14Predicted, string T14Observed, int T14StepsAgainst, bool? T14Held);

/// <summary>One score of R5 (a constitution or a control): its alignment A(c) with V, the gap Δ = A(c) − A(g), the exact path, and
/// under ablation of the value direction its alignment on the ablated model's stories.</summary>
public sealed record StoryScoreResult(string Name, JudgeKind Kind, string Suffix, string Positive, string Negative, BootstrapEstimate Alignment,
    BootstrapEstimate Gap, StoryPathResult Path, AblationResult? Ablation);

/// <summary>A score's alignment on the same seeds' stories with and without the value direction ablated at every layer, and the
/// linear prediction A(P⊥u_c) on the steering layer's geometry.</summary>
public sealed record AblationResult(int Stories, BootstrapEstimate Unablated, BootstrapEstimate Ablated, double LinearPrediction);

/// <summary>Layer ℓ's ceilings (stories and rated words) and each score's readout there.</summary>
public sealed record LayerResult(int Layer, CeilingResult Stories, CeilingResult? Words, IReadOnlyList<LayerReadout> Readouts);

/// <summary>A score's least-squares readout u_c at one layer: its cosine with the value's readout in the metric Σ, its alignment
/// A(u_c) with V, and the reachable supremum and infimum of A(d_c) from the latent m = u_c (T2.5, T3.2) with g = u_g (null when
/// u_c or u_g reads nothing).</summary>
public sealed record LayerReadout(string Name, double MetricCosine, double ReadoutAlignment, double? ReachableSupremum, double? ReachableInfimum);

/// <summary>Mean V of fresh stories with α·σ·û added at the steering layer (null when fewer than two of them have a value).</summary>
public sealed record SteeringPoint(double Alpha, int Stories, BootstrapEstimate? MeanValue);

/// <summary>A story shown as an example, with its value and the first score's value.</summary>
public sealed record StoryExample(int Index, double Value, double LogLikelihoodPerToken, string Text);

/// <summary>RLAIF by training for one constitution (chosen by <paramref name="Rule"/>): the checkpoints, the exact tilt of the sample
/// π_λ ∝ exp(λ·score) as (KL, EV) pairs with the linear-Gaussian EV at each, T1.4's prediction against the trained policy, and the
/// tokens the trained bias promotes and demotes most.</summary>
public sealed record TrainingResult(string Name, string Rule, double JudgeAlignment, double Gap, IReadOnlyList<TrainingCheckpoint> Checkpoints,
    double[] ExactDivergence, double[] ExactValue, double[] PredictedValue, string T14Predicted, string T14Observed, bool? T14Held,
    IReadOnlyList<string> Promoted, IReadOnlyList<string> Demoted);

/// <summary>THEORY R5 on one model: the sample, every score, the ceiling and readouts by layer, steering and ablation, and the
/// provenance of every number (model file and its SHA-256, configuration, prompt, seed, lexicon, sizes), and the steering direction
/// itself: the unit value readout û = u_V/‖u_V‖ of layer <c>SteeringLayer</c>'s story representations (all valued stories).</summary>
public sealed record StoryStudyResult(string Model, string ModelSha256, string Configuration, string Prompt, ulong Seed, string Lexicon,
    int Resamples, int MaxNewTokens, int Drawn, int Empty, int Unvalued, int Valued, double MeanTokens, double MeanRatedWords,
    BootstrapEstimate GenerationAlignment, IReadOnlyList<StoryScoreResult> Scores, IReadOnlyList<LayerResult> Layers,
    int SteeringLayer, double SteeringScale, double[] SteeringDirection, IReadOnlyList<SteeringPoint> Steering, IReadOnlyList<TrainingResult> Training,
    IReadOnlyList<StoryExample> Highest, IReadOnlyList<StoryExample> Lowest, double Seconds);
