using System.Reflection;
using RlaifTheorems.Catalogue.Entries;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Catalogue;

/// <summary>Every entry of the THEORY's catalogue that the suite checks, in THEORY order.</summary>
public static class TheoremCatalogue
{
    /// <summary>The suite version written into reports and counterexample files (informational version, no build metadata).</summary>
    public static string SuiteVersion { get; } =
        (typeof(TheoremCatalogue).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>All entries: each section's, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All { get; } =
    [
        ..ProjectionEntries.All, ..SelfImprovementEntries.All, ..CeilingEntries.All, ..AdversarialEntries.All,
        ..LowRankEntries.All, ..MultiObjectiveEntries.All, ..BeyondLinearEntries.All, ..FiniteSampleEntries.All,
    ];

    /// <summary>The entries whose ID starts with one of <paramref name="prefixes"/> (all entries when none is given).</summary>
    public static IReadOnlyList<CatalogueEntry> Select(IReadOnlyCollection<string> prefixes) =>
        prefixes.Count == 0 ? All : All.Where(e => prefixes.Any(p => e.Id.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The entry with exactly this ID, or null.</summary>
    public static CatalogueEntry? Find(string id) => All.FirstOrDefault(e => e.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
