namespace RlaifTheorems.Lab.Representations;

/// <summary>A representation space: maps texts (words, phrases, prompts) to vectors h ∈ R^d.</summary>
public interface IRepresentationModel
{
    /// <summary>Short name used in tables, JSON and cache files (minilm, arctic-xs, glove-100d, npy).</summary>
    string Name { get; }

    /// <summary>d.</summary>
    int Dimension { get; }

    /// <summary>The vectors of <paramref name="texts"/>, in order; null for a text the model cannot represent (a word-vector model
    /// that knows none of its words). <paramref name="progress"/> receives the number of texts done.</summary>
    double[]?[] Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null);
}
