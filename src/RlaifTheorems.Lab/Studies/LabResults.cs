namespace RlaifTheorems.Lab.Studies;

/// <summary>One point of a capacity curve: ρ over the top k principal directions, in sample and cross-validated (null where not fitted).</summary>
public sealed record CapacityPoint(int K, double InSample, double? CrossValidated);

/// <summary>R1 for one encoder and lexicon.</summary>
public sealed record CeilingResult(string Encoder, string Lexicon, int Items, int Dimension, double Rho, double Low, double High,
    double InSample, double MeanPenalty, double? NoiseCeiling, IReadOnlyList<CapacityPoint> Capacity);

/// <summary>R2 and R4 for one constitution: the linear predictions from the empirical geometry, and what the exact policy over
/// the items did (Â: realised alignment; EV: expected true value).</summary>
public sealed record ConstitutionResult(string Encoder, string Lexicon, string Name, string Family, double JudgeAlignment,
    double GenerationAlignment, double Gap, double InitialSlope, bool PredictedStrong, bool ObservedStrong, bool PredictedMonotone,
    bool ObservedMonotone, bool PredictedValueRises, string ObservedValue, double? CrossingStrength, double PredictedMinimum)
{
    /// <summary>T1.2 on items: the sign of Δ decided whether strong RLAIF ended above the start.</summary>
    public bool StrongHolds => PredictedStrong == ObservedStrong;
    /// <summary>T1.3 on items: improvement at every strength was predicted exactly when it happened.</summary>
    public bool MonotoneHolds => PredictedMonotone == ObservedMonotone;
    /// <summary>T1.4 on items: EV moved monotonically in the direction the sign of A(d_c) predicts.</summary>
    public bool ValueHolds => ObservedValue == (PredictedValueRises ? "rises" : "falls");
}

/// <summary>How often the linear-Gaussian predictions held over a family of constitutions (R4).</summary>
public sealed record CensusResult(string Encoder, string Lexicon, string Family, int Constitutions, int StrongHolds, int MonotoneHolds, int ValueHolds);

/// <summary>An item with its value, as the witness ranks it.</summary>
public sealed record RankedItem(string Name, double Value, double Score);

/// <summary>R3 for one encoder and lexicon.</summary>
public sealed record AdversarialResult(string Encoder, string Lexicon, string Latent, double LatentAlignment, double Ceiling,
    double Supremum, double Infimum, bool AdversarialExists, double WitnessAlignment, IReadOnlyList<RankedItem> Highest, IReadOnlyList<RankedItem> Lowest);

/// <summary>R4's path on items for one constitution, beside the linear-Gaussian prediction.</summary>
public sealed record PathResult(string Encoder, string Lexicon, string Constitution, string Shape, double[] Strengths,
    double[] ObservedValue, double[] PredictedValue, double[] ObservedAlignment, double[] PredictedAlignment);

/// <summary>S1 on items: the judge's direction fitted by Bradley–Terry from N noisily judged pairs.</summary>
public sealed record JudgeFitResult(string Encoder, string Lexicon, string Constitution, int Pairs, double FittedAlignment, double TrueAlignment, bool Converged);

/// <summary>Everything one lab run measured.</summary>
public sealed record LabReport(int Seed, string Machine, IReadOnlyList<CeilingResult> Ceilings, IReadOnlyList<ConstitutionResult> Constitutions,
    IReadOnlyList<CensusResult> Census, IReadOnlyList<AdversarialResult> Adversarial, IReadOnlyList<PathResult> Paths,
    IReadOnlyList<JudgeFitResult> Judges, IReadOnlyList<string> Notes);

/// <summary>A constitution as the lab evaluated it: its result, the judge direction d_c it was evaluated on, and the core's
/// linear path of that direction.</summary>
public sealed record EvaluatedConstitution(ConstitutionResult Result, MathNet.Numerics.LinearAlgebra.Vector<double> Judge, Core.Theory.RlaifPath LinearPath);
