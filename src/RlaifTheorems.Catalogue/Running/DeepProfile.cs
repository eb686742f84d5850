using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// The deep profile: every THEOREM over latent value models (<see cref="ModelCase"/>) on cases of the dimensions researchers'
/// representation spaces have, d ∈ {64, 128, 256, 512, 1024} with D = d + up to d/8, with the default generator's edges
/// (isometric, Gaussian and anisotropic encoders up to condition 1e6; ρ = 0 and 1; m almost a multiple of Ev; rank-1,
/// full-rank and dependent spanning sets). Each (entry, d) is one seeded FsCheck run, shrinking on failure like any other.
/// </summary>
public static class DeepProfile
{
    /// <summary>The profile's representation dimensions.</summary>
    public static IReadOnlyList<int> Dimensions { get; } = [64, 128, 256, 512, 1024];

    /// <summary>One (entry, d) run. <see cref="Vacuous"/>: no case failed and none met the hypothesis.</summary>
    public sealed record Result(string Id, string Name, int Dimension, int Cases, int HypothesisCases, bool Passed, string? Message, double Seconds)
    {
        /// <summary>True when no case failed and none met the hypothesis.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public bool Vacuous { get; init; }
    }

    /// <summary>The entries the profile covers: THEOREMs whose cases are latent value models.</summary>
    public static IEnumerable<CatalogueEntry> Entries(IEnumerable<CatalogueEntry> from) =>
        from.Where(e => e.Kind == EntryKind.Theorem && e.CaseType == typeof(ModelCase));

    /// <summary>Cases with representation dimension d.</summary>
    public static Gen<ModelCase> Cases(int d) =>
        Gen.Choose(0, d / 8).SelectMany(extra => ModelCaseGenerator.OfDimensions(d, d + extra)).Where(c => c.IsValid());

    /// <summary>Runs <paramref name="entry"/> on <paramref name="cases"/> cases of dimension d under <paramref name="settings"/>' seed.</summary>
    public static Result Run(CatalogueEntry entry, int d, int cases, RunSettings settings)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (seed, gamma) = settings.SeedsFor($"{entry.Id}@deep{d}");
        var run = PropertyRunner.Run(Arb.From(Cases(d)), c => entry.Evaluate(c), entry.Kind, cases, seed, gamma, settings.EndSize);
        // Stryker disable once Statement : the clock is read on the next lines either way; stopping it only fixes the reading.
        clock.Stop();
        bool vacuous = run.Error is null && !run.Failed && run.HypothesisCases == 0;
        string? message = run.Error is not null ? "property threw: " + run.Error
            : run.Failed ? run.ShrunkOutcome?.Detail ?? "failed"
            : vacuous ? $"vacuous: none of {run.Cases} cases met the hypothesis" : null;
        return new Result(entry.Id, entry.Name, d, run.Cases, run.HypothesisCases, message is null, message, clock.Elapsed.TotalSeconds) { Vacuous = vacuous };
    }
}
