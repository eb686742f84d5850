using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Geometry;

/// <summary>A researcher's activations: an n×d <c>.npy</c> array read through its memory map in chunks of rows, with one value per item.</summary>
public sealed class NpyItemSource : IItemSource, IDisposable
{
    private readonly NpyArray _array;
    private readonly double[] _values;
    private readonly int _chunkRows;

    /// <inheritdoc />
    public string Label { get; }
    /// <inheritdoc />
    public int Dimension => _array.Columns;
    /// <inheritdoc />
    public long Count => _array.Rows;

    /// <summary>Opens the activations; <paramref name="values"/> must have one entry per row, all finite.</summary>
    /// <exception cref="LabDataException">The lengths disagree or a value is not finite.</exception>
    public NpyItemSource(NpyArray array, double[] values, string label)
    {
        if (array.Header.Dimensions != 2)
            throw new LabDataException($"{array.Path}: activations need shape (n, d); this file is a vector of {array.Rows}");
        if (array.Rows == 0) throw new LabDataException($"{array.Path} has no items (0 rows)");
        if (array.Columns == 0) throw new LabDataException($"{array.Path} has no columns: each item needs a representation of d ≥ 1 numbers");
        if (array.Rows < 3) throw new LabDataException($"{array.Path} has {array.Rows} items; at least 3 are needed");
        if (values.LongLength != array.Rows)
            throw new LabDataException($"{array.Path} has {array.Rows} items but the values have {values.Length}");
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i])) throw new LabDataException($"value {i} is not finite");
        _array = array;
        _values = values;
        // Chunks of about 32 MB of doubles: 1,024 rows at d = 4096, enough for the Gram update's dsyrk to run near its peak.
        _chunkRows = (int)Math.Clamp((32L << 20) / Math.Max(1, 8L * array.Columns), 1, 1 << 16);
        Label = label;
    }

    /// <inheritdoc />
    public string NameOf(long i) => $"item {i}";

    /// <inheritdoc />
    public void ForEachChunk(ChunkAction action)
    {
        var buffer = new double[(long)_chunkRows * Dimension];
        for (long start = 0; start < Count; start += _chunkRows)
        {
            int count = (int)Math.Min(_chunkRows, Count - start);
            _array.ReadRows(start, count, buffer);
            var rows = buffer.AsSpan(0, count * Dimension);
            foreach (double x in rows)
                if (!double.IsFinite(x)) throw new LabDataException($"{_array.Path}: a non-finite entry in rows {start}…{start + count - 1}");
            _array.Release(start, count);
            action(rows, _values.AsSpan((int)start, count), start, count);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _array.Dispose();
}
