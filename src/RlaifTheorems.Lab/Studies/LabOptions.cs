namespace RlaifTheorems.Lab.Studies;

/// <summary>The four built-in studies.</summary>
[Flags]
public enum LabStudy { None = 0, Ceiling = 1, Constitutions = 2, Adversarial = 4, Path = 8, All = 15 }

/// <summary>What a lab run does: which studies, on which encoders and lexicons (or on a researcher's own activations and values),
/// under which seed.</summary>
public sealed record LabOptions
{
    /// <summary>The studies to run.</summary>
    public LabStudy Studies { get; init; } = LabStudy.All;
    /// <summary>Representation models: minilm, arctic-xs, glove-100d.</summary>
    public IReadOnlyList<string> Encoders { get; init; } = ["minilm", "arctic-xs", "glove-100d"];
    /// <summary>Lexicons: vader, afinn.</summary>
    public IReadOnlyList<string> Lexicons { get; init; } = ["vader", "afinn"];
    /// <summary>The seed of folds, bootstrap, random constitutions and judged pairs.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Bootstrap resamples for ρ̂'s interval.</summary>
    public int Resamples { get; init; } = 1000;
    /// <summary>Resamples of ρ̂'s refitting bootstrap (0: not run).</summary>
    public int RefitResamples { get; init; } = 100;
    /// <summary>Random directions in R4's census.</summary>
    public int RandomConstitutions { get; init; } = 100;
    /// <summary>At most this many items per lexicon (a seeded sample), or all.</summary>
    public int? MaxItems { get; init; }
    /// <summary>Pairs for the Bradley–Terry judge (S1).</summary>
    public IReadOnlyList<int> JudgePairs { get; init; } = [1000, 4000];
    /// <summary>Independent replications of S1 (fresh pairs and labels) behind the interval on E[A(d̂_N)]; 1: the point only.</summary>
    public int JudgeReplications { get; init; } = 20;
    /// <summary>Constitutions a researcher supplies, evaluated beside the built-in ones (family "supplied"); with
    /// <see cref="Activations"/>, vectors only.</summary>
    public IReadOnlyList<ConstitutionSpec> Constitutions { get; init; } = [];
    /// <summary>A folder to write each encoder and lexicon's items, values, names, generation direction and constitutions into
    /// (<see cref="ItemExport"/>), for an independent recomputation; null: none.</summary>
    public string? ExportFolder { get; init; }
    /// <summary>A researcher's activations (.npy, n×d; several files: one layer each, the same items), instead of the built-in encoders.</summary>
    public IReadOnlyList<string> Activations { get; init; } = [];
    /// <summary>The values for <see cref="Activations"/>: .npy or CSV, one per item.</summary>
    public string? Values { get; init; }
}
