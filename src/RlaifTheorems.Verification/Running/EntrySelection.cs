using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Verification.Running;

/// <summary>The catalogue entries a command runs, chosen by ID prefixes (all of them for none).</summary>
public static class EntrySelection
{
    /// <summary>The entries whose IDs start with one of <paramref name="prefixes"/>, or false and a one-line
    /// <paramref name="problem"/> naming every prefix no ID starts with.</summary>
    public static bool TrySelect(IReadOnlyCollection<string> prefixes, out IReadOnlyList<CatalogueEntry> entries, out string? problem)
    {
        var unknown = prefixes.Where(p => p.Length == 0 || TheoremCatalogue.Select([p]).Count == 0).ToList();
        entries = unknown.Count == 0 ? TheoremCatalogue.Select(prefixes) : [];
        problem = unknown.Count == 0 ? null
            : $"no catalogue entry starts with {string.Join(" or ", unknown.Select(p => $"'{p}'"))}; IDs are {string.Join(", ", TheoremCatalogue.All.Select(e => e.Id))}";
        return problem is null;
    }
}
