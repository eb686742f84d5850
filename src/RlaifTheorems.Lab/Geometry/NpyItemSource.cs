using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Geometry;

/// <summary>A researcher's activations: an n×d <c>.npy</c> array read through its memory map in chunks of rows, with one value per item.</summary>
public sealed class NpyItemSource : IItemSource, IDisposable
{
    private readonly NpyArray _array;
    private readonly double[] _values;
    private readonly int _chunkRows;
    private readonly long _first, _count;

    /// <inheritdoc />
    public string Label { get; }
    /// <inheritdoc />
    public int Dimension => _array.Columns;
    /// <inheritdoc />
    public long Count => _count;

    /// <summary>Opens the activations; <paramref name="values"/> must have one entry per row, all finite.</summary>
    /// <exception cref="LabDataException">The lengths disagree or a value is not finite.</exception>
    public NpyItemSource(NpyArray array, double[] values, string label) : this(array, values, label, 0, array.Rows)
    {
    }

    /// <summary>Rows [<paramref name="first"/>, first + <paramref name="count"/>) of the activations, with all n values (a shard of
    /// the file, whose moments <see cref="Moments.Merge"/> combines with the other shards').</summary>
    /// <param name="chunkRows">Rows per chunk; 0 for about 32 MB of doubles.</param>
    /// <exception cref="LabDataException">As above, or a row range outside the file.</exception>
    public NpyItemSource(NpyArray array, double[] values, string label, long first, long count, int chunkRows = 0)
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
        if (first < 0 || count < 1 || first + count > array.Rows)
            throw new LabDataException($"{array.Path}: rows {first}…{first + count - 1} are not rows of its {array.Rows}");
        _array = array;
        _values = values;
        _first = first;
        _count = count;
        // Chunks of about 32 MB of doubles: 1,024 rows at d = 4096, enough for the Gram update's dsyrk to run near its peak.
        _chunkRows = chunkRows > 0 ? chunkRows : (int)Math.Clamp((32L << 20) / Math.Max(1, 8L * array.Columns), 1, 1 << 16);
        Label = label;
    }

    /// <inheritdoc />
    public string NameOf(long i) => $"item {_first + i}";

    /// <summary>Passes the rows in chunks; the next chunk is read from the file (and checked finite) while the action works on the
    /// current one, so the pass waits on the disk only when the disk is the slower of the two.</summary>
    public void ForEachChunk(ChunkAction action)
    {
        var buffers = new[] { new double[(long)_chunkRows * Dimension], new double[(long)_chunkRows * Dimension] };
        Task<int>? pending = Task.Run(() => Read(0, buffers[0]));
        try
        {
            for (long start = 0, chunk = 0; start < Count; start += _chunkRows, chunk++)
            {
                int count = pending!.GetAwaiter().GetResult();
                var current = buffers[chunk % 2];
                long next = start + _chunkRows;
                var ahead = buffers[(chunk + 1) % 2];
                pending = next < Count ? Task.Run(() => Read(next, ahead)) : null;
                action(current.AsSpan(0, count * Dimension), _values.AsSpan((int)(_first + start), count), start, count);
            }
        }
        finally
        {
            // The file stays mapped until a read in flight has finished with it, whatever the action did.
            try { pending?.Wait(); } catch (AggregateException) { }
        }
    }

    /// <summary>Reads the chunk of rows from <paramref name="start"/> (relative to the shard) into <paramref name="buffer"/>; its row count.</summary>
    /// <exception cref="LabDataException">An entry is not finite.</exception>
    private int Read(long start, double[] buffer)
    {
        int count = (int)Math.Min(_chunkRows, Count - start);
        long row = _first + start;
        _array.ReadRows(row, count, buffer);
        if (!System.Numerics.Tensors.TensorPrimitives.IsFiniteAll<double>(buffer.AsSpan(0, count * Dimension)))
            throw new LabDataException($"{_array.Path}: a non-finite entry in rows {row}…{row + count - 1}");
        _array.Release(row, count);
        return count;
    }

    /// <inheritdoc />
    public void Dispose() => _array.Dispose();

    /// <summary>h_i, read from the file.</summary>
    public MathNet.Numerics.LinearAlgebra.Vector<double> Item(long i)
    {
        var row = new double[Dimension];
        _array.ReadRows(_first + i, 1, row);
        return MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(row);
    }
}
