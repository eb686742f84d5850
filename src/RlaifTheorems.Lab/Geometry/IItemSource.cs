namespace RlaifTheorems.Lab.Geometry;

/// <summary>Receives one chunk of items: <paramref name="count"/> rows (row-major count×d) starting at item <paramref name="start"/>, and their values.</summary>
public delegate void ChunkAction(ReadOnlySpan<double> rows, ReadOnlySpan<double> values, long start, int count);

/// <summary>Items that can be read in chunks, in memory (<see cref="ItemSet"/>) or from a memory-mapped <c>.npy</c> file
/// (<see cref="NpyItemSource"/>), so every pass over them needs memory independent of n.</summary>
public interface IItemSource
{
    /// <summary>Where the items come from.</summary>
    string Label { get; }
    /// <summary>d.</summary>
    int Dimension { get; }
    /// <summary>n.</summary>
    long Count { get; }
    /// <summary>The name of item i (a word, a text, or "item i").</summary>
    string NameOf(long i);
    /// <summary>One pass over all items, in order, in chunks.</summary>
    void ForEachChunk(ChunkAction action);
}
