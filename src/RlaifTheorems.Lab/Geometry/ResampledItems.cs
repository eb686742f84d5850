namespace RlaifTheorems.Lab.Geometry;

/// <summary>A bootstrap resample of an in-memory item set: draw k is item <c>Draws[k]</c>, so an item drawn twice appears twice.</summary>
public sealed class ResampledItems(ItemSet items, int[] draws) : IItemSource
{
    private const int Chunk = 4096;

    /// <inheritdoc />
    public string Label => $"{items.Label} (resampled)";
    /// <inheritdoc />
    public int Dimension => items.Dimension;
    /// <inheritdoc />
    public long Count => draws.Length;
    /// <inheritdoc />
    public string NameOf(long i) => items.Names[draws[i]];

    /// <inheritdoc />
    public void ForEachChunk(ChunkAction action)
    {
        int d = items.Dimension;
        var rows = new double[Math.Min(Chunk, draws.Length) * d];
        var values = new double[Math.Min(Chunk, draws.Length)];
        for (int start = 0; start < draws.Length; start += Chunk)
        {
            int count = Math.Min(Chunk, draws.Length - start);
            for (int k = 0; k < count; k++)
            {
                int i = draws[start + k];
                items.Representations.AsSpan(i * d, d).CopyTo(rows.AsSpan(k * d, d));
                values[k] = items.Values[i];
            }
            action(rows.AsSpan(0, count * d), values.AsSpan(0, count), start, count);
        }
    }
}
