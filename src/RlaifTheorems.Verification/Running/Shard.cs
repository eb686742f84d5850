using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Verification.Running;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (1-based, "i/n"): of the run's units, (entry, chunk) in catalogue order,
/// it takes those whose position u has u mod n = i − 1. Seeds belong to the chunks, so the split changes no case.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses "i/n" with 1 ≤ i ≤ n, or returns null and a one-line reason.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int i) && int.TryParse(parts[1], out int n) && n >= 1 && i >= 1 && i <= n)
        {
            error = null;
            return new Shard(i, n);
        }
        error = $"--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not '{text}'";
        return null;
    }

    /// <summary>This shard's units of a run of <paramref name="entries"/> under <paramref name="settings"/>.</summary>
    public IEnumerable<(CatalogueEntry Entry, int Chunk)> Units(IEnumerable<CatalogueEntry> entries, RunSettings settings) =>
        entries.SelectMany(e => Enumerable.Range(0, e.ChunkCount(settings)).Select(j => (e, j)))
               .Where((_, u) => u % Count == Index - 1);

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
