using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Representations;

namespace RlaifTheorems.Lab.Geometry;

/// <summary>Items held in memory: names, representations h_i ∈ R^d (row-major n×d, as the model gave them, not centred) and
/// human values y_i.</summary>
public sealed class ItemSet : IItemSource
{
    /// <summary>Item names (the words, texts, or "item i").</summary>
    public IReadOnlyList<string> Names { get; }
    /// <summary>h, row-major n×d.</summary>
    public double[] Representations { get; }
    /// <summary>y.</summary>
    public double[] Values { get; }
    /// <summary>d.</summary>
    public int Dimension { get; }
    /// <summary>Where the representations and values come from, e.g. "minilm × vader".</summary>
    public string Label { get; }

    /// <summary>n.</summary>
    public int Count => Values.Length;

    long IItemSource.Count => Count;

    /// <inheritdoc />
    public string NameOf(long i) => Names[(int)i];

    /// <inheritdoc />
    public void ForEachChunk(ChunkAction action)
    {
        const int chunk = 4096;
        for (int start = 0; start < Count; start += chunk)
        {
            int count = Math.Min(chunk, Count - start);
            action(Representations.AsSpan(start * Dimension, count * Dimension), Values.AsSpan(start, count), start, count);
        }
    }

    /// <summary>An item set; every entry must be finite.</summary>
    /// <exception cref="LabDataException">Shapes disagree, fewer than 3 items, or a non-finite entry.</exception>
    public ItemSet(IReadOnlyList<string> names, double[] representations, double[] values, int dimension, string label)
    {
        if (names.Count != values.Length || (long)values.Length * dimension != representations.LongLength)
            throw new LabDataException($"{label}: {names.Count} names, {values.Length} values and {representations.Length / Math.Max(1, dimension)} representations disagree");
        if (values.Length < 3) throw new LabDataException($"{label}: {values.Length} items; at least 3 are needed");
        for (long k = 0; k < representations.LongLength; k++)
            if (!double.IsFinite(representations[k]))
                throw new LabDataException($"{label}: item {k / dimension} has a non-finite representation entry");
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i])) throw new LabDataException($"{label}: item {i} has a non-finite value");
        Names = names;
        Representations = representations;
        Values = values;
        Dimension = dimension;
        Label = label;
    }

    /// <summary>The lexicon's items embedded by <paramref name="model"/>; items it cannot represent are dropped.</summary>
    public static ItemSet Embed(IRepresentationModel model, ValueLexicon lexicon, IProgress<int>? progress = null)
    {
        var vectors = model.Embed(lexicon.Items, progress);
        var keep = Enumerable.Range(0, lexicon.Count).Where(i => vectors[i] is not null).ToArray();
        var flat = new double[(long)keep.Length * model.Dimension];
        for (int k = 0; k < keep.Length; k++) vectors[keep[k]]!.CopyTo(flat, (long)k * model.Dimension);
        return new ItemSet(keep.Select(i => lexicon.Items[i]).ToArray(), flat, keep.Select(i => lexicon.Values[i]).ToArray(),
            model.Dimension, $"{model.Name} × {lexicon.Name}");
    }

    /// <summary>h_i as a vector.</summary>
    public Vector<double> Item(int i) => Vector<double>.Build.DenseOfArray(Representations.AsSpan(i * Dimension, Dimension).ToArray());

    /// <summary>The mean representation (uncentred): the default generation direction g of THEORY R2.</summary>
    public Vector<double> MeanRepresentation()
    {
        var mean = new double[Dimension];
        for (int i = 0; i < Count; i++) for (int j = 0; j < Dimension; j++) mean[j] += Representations[(long)i * Dimension + j] / Count;
        return Vector<double>.Build.DenseOfArray(mean);
    }

}
