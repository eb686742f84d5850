namespace RlaifTheorems.Lab.Studies;

/// <summary>One point of a capacity curve: ρ over the top k principal directions, in sample and cross-validated (null where not fitted).</summary>
public sealed record CapacityPoint(int K, double InSample, double? CrossValidated);

/// <summary>R1 for one encoder and lexicon: ρ̂ with its interval over resamples with the predictions held fixed (Low, High) and its
/// refitting interval ρ̂ ± 1.96·se over <see cref="RefitResamples"/> resamples (null when not run; se the standard deviation of the
/// refitted ρ̂_b, whose mean <see cref="RefitMean"/> runs below ρ̂ because a resample holds fewer distinct items).</summary>
public sealed record CeilingResult(string Encoder, string Lexicon, int Items, int Dimension, double Rho, double Low, double High,
    double InSample, double MeanPenalty, double? NoiseCeiling, IReadOnlyList<CapacityPoint> Capacity)
{
    /// <summary>The refitting bootstrap's 95% interval ρ̂ − 1.96·se.</summary>
    public double? RefitLow { get; init; }
    /// <summary>The standard error of ρ̂ from the refitting bootstrap.</summary>
    public double? RefitStandardError { get; init; }
    /// <summary>The mean of the refitted ρ̂_b.</summary>
    public double? RefitMean { get; init; }
    /// <summary>The refitting bootstrap's 95% interval ρ̂ + 1.96·se.</summary>
    public double? RefitHigh { get; init; }
    /// <summary>Resamples of the refitting bootstrap (0: not run).</summary>
    public int RefitResamples { get; init; }
}

/// <summary>R2 and R4 for one constitution (THEORY R4, the census): where its direction comes from, the items held out as its own
/// words, its judgment on the remaining items with the bootstrap estimates of A(d_c), Δ and s(c), and its judgments on the three
/// controls (with its words: null when none was held out, the items' judgment then stands for it). A sign is decided when
/// Benjamini–Hochberg over the run rejects its test.</summary>
public sealed record ConstitutionResult(string Encoder, string Lexicon, string Name, string Family, string Provenance,
    IReadOnlyList<string> HeldOut, CensusJudgment Items, PlaneEstimates Estimates, CensusJudgment? WithWords, CensusJudgment? Gaussian,
    CensusJudgment? Permuted)
{
    /// <summary>A(d_c)'s sign is decided.</summary>
    public bool JudgeAlignmentDecided { get; init; }
    /// <summary>Δ's sign is decided.</summary>
    public bool GapDecided { get; init; }
    /// <summary>s(c)'s sign is decided.</summary>
    public bool SlopeDecided { get; init; }
    /// <summary>T1.2's prediction rests on a decided sign (Δ's).</summary>
    public bool StrongDecided => GapDecided;
    /// <summary>T1.3's prediction rests on decided signs (Δ's and s's).</summary>
    public bool MonotoneDecided => GapDecided && SlopeDecided;
    /// <summary>T1.4's prediction rests on a decided sign (A(d_c)'s).</summary>
    public bool ValueDecided => JudgeAlignmentDecided;
}

/// <summary>A census rate: held of judged, with its 95% Wilson interval (null when nothing was judged).</summary>
public sealed record CensusRate(int Held, int Judged, double? Low, double? High);

/// <summary>One theorem's census over a family: on the items, on the items whose prediction is decided, and on the three controls.</summary>
public sealed record TheoremCensus(CensusRate Items, CensusRate Decided, CensusRate WithWords, CensusRate Gaussian, CensusRate Permuted);

/// <summary>How often each linear-Gaussian prediction held over a family of constitutions (R4).</summary>
public sealed record CensusResult(string Encoder, string Lexicon, string Family, int Constitutions, TheoremCensus Strong,
    TheoremCensus Monotone, TheoremCensus Value);

/// <summary>An item with its value, as the witness ranks it.</summary>
public sealed record RankedItem(string Name, double Value, double Score);

/// <summary>R3 for one encoder and lexicon; the worst witness's alignment in sample and out of fold (null when not computed).</summary>
public sealed record AdversarialResult(string Encoder, string Lexicon, string Latent, double LatentAlignment, double Ceiling,
    double Supremum, double Infimum, bool AdversarialExists, double WitnessAlignment, IReadOnlyList<RankedItem> Highest, IReadOnlyList<RankedItem> Lowest)
{
    /// <summary>The worst witness built on four folds, judged on the fifth, pooled over folds, with its interval.</summary>
    public OutOfFoldWitness? OutOfFold { get; init; }

    /// <summary>The refitting bootstrap's intervals of ρ, A(m), sup and inf (null when not run).</summary>
    public ReachableSpread? Spread { get; init; }
}

/// <summary>R3's refitting bootstrap over <paramref name="Resamples"/> resamples of the items (<paramref name="Skipped"/> of them without
/// variance in the values): the 95% intervals of the in-sample ρ, A(m), sup and inf.</summary>
public sealed record ReachableSpread(int Resamples, int Skipped, RefitInterval Ceiling, RefitInterval LatentAlignment, RefitInterval Supremum,
    RefitInterval Infimum);

/// <summary>A refitting bootstrap's normal 95% interval [Low, High] = estimate ± 1.96·<paramref name="StandardError"/>, se the standard
/// deviation of the quantity recomputed on the resamples.</summary>
public sealed record RefitInterval(double StandardError, double Low, double High)
{
    /// <summary>The interval around <paramref name="estimate"/>.</summary>
    public static RefitInterval Around(double estimate, double standardError) =>
        new(standardError, estimate - 1.959963984540054 * standardError, estimate + 1.959963984540054 * standardError);
}

/// <summary>The worst witness's out-of-fold alignment and its 95% bootstrap interval (scores held fixed).</summary>
public sealed record OutOfFoldWitness(double Alignment, double Low, double High);

/// <summary>R4's path on items for one constitution, beside the linear-Gaussian prediction.</summary>
public sealed record PathResult(string Encoder, string Lexicon, string Constitution, string Shape, double[] Strengths,
    double[] ObservedValue, double[] PredictedValue, double[] ObservedAlignment, double[] PredictedAlignment);

/// <summary>S1 on items: the judge's direction fitted by Bradley–Terry from N noisily judged pairs; converged when the fit is the
/// maximum-likelihood estimate, which exists when the pairs are certified not separated. <paramref name="FittedAlignment"/> is
/// A(d̂_N) of the first replication, null when its MLE is not certified to exist (its fit is then where Newton's method stopped,
/// not an estimate).</summary>
public sealed record JudgeFitResult(string Encoder, string Lexicon, string Constitution, int Pairs, double? FittedAlignment, double TrueAlignment, bool Converged)
{
    /// <summary>Whether the pairs are separable, decided from the data with a witness either way, or undecided.</summary>
    public string Separation { get; init; } = "undecided";

    /// <summary>A(d̂_N) over independent replications of the experiment (null: one replication only).</summary>
    public JudgeReplications? Replications { get; init; }
}

/// <summary>S1 repeated <paramref name="Count"/> times with fresh pairs and labels under the same judge. Over the replications whose
/// maximum-likelihood estimate is certified to exist (<see cref="Certified"/> of them; the <paramref name="Separated"/> ones have no
/// MLE and the <paramref name="Undecided"/> ones are not known to have one, so their d̂_N is where Newton's method stopped, and they
/// are counted, not averaged): the mean of A(d̂_N) with its 95% Student-t interval [Low, High] and their standard deviation (a
/// single run's spread). All four are null when fewer than two replications are certified. <paramref name="Verdicts"/> gives each
/// replication's, in order: "certified", "separated" or "undecided".</summary>
public sealed record JudgeReplications(int Count, double? Mean, double? Low, double? High, double? StandardDeviation, int Separated, int Undecided,
    IReadOnlyList<string> Verdicts)
{
    /// <summary>The replications whose MLE is certified to exist: those the mean is over.</summary>
    public int Certified => Count - Separated - Undecided;
}

/// <summary>Everything one lab run measured.</summary>
public sealed record LabReport(int Seed, string Machine, IReadOnlyList<CeilingResult> Ceilings, IReadOnlyList<ConstitutionResult> Constitutions,
    IReadOnlyList<CensusResult> Census, IReadOnlyList<AdversarialResult> Adversarial, IReadOnlyList<PathResult> Paths,
    IReadOnlyList<JudgeFitResult> Judges, IReadOnlyList<string> Notes);

/// <summary>A constitution as the lab evaluated it: its result, its items' plane and the core's linear path there.</summary>
public sealed record EvaluatedConstitution(ConstitutionResult Result, PlaneItems Items, Core.Theory.RlaifPath LinearPath);

/// <summary>A constitution to evaluate: its judge direction d_c, the words held out of its items, and where d_c comes from.</summary>
public sealed record ConstitutionCandidate(string Name, string Family, MathNet.Numerics.LinearAlgebra.Vector<double> Judge,
    IReadOnlyList<string> OwnWords, string Provenance);
