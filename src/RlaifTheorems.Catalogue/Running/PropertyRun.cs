namespace RlaifTheorems.Catalogue.Running;

/// <summary>FsCheck replay data of one case: the random state and size that regenerate it.</summary>
public sealed record ReplayData(ulong Seed, ulong Gamma, int Size);

/// <summary>
/// What one FsCheck run of a property produced: counts of cases and of cases meeting the hypothesis (from the
/// generation phase, not shrinking), the smallest slack seen and which part of which case it came from, and on failure the shrunk case with
/// the outcome of the shrunk one and the data to replay it.
/// </summary>
public sealed record PropertyRun(
    int Cases,
    int HypothesisCases,
    double MinSlack,
    double MinSlackTolerance,
    string? Tightest,
    LawEvidence? Evidence,
    bool Failed,
    object? Shrunk,
    CaseOutcome? ShrunkOutcome,
    int Shrinks,
    ReplayData? Replay,
    string? Error);
