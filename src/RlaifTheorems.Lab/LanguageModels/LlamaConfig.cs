namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// The shape of a Llama-2-architecture model in the llama2.c checkpoint format: seven int32 at the start of the file (dim,
/// hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size, seq_len), vocab_size negative when the classifier is stored apart from
/// the token embedding. Each head has dim / n_heads coordinates; n_heads / n_kv_heads query heads share one key/value head.
/// </summary>
public sealed record LlamaConfig(int Dim, int HiddenDim, int Layers, int Heads, int KvHeads, int VocabSize, int SeqLen, bool SharedClassifier)
{
    /// <summary>The header's size in bytes.</summary>
    public const int HeaderBytes = 7 * sizeof(int);

    /// <summary>Coordinates per head.</summary>
    public int HeadSize => Dim / Heads;

    /// <summary>Coordinates of one position's keys (or values): n_kv_heads · head size.</summary>
    public int KvDim => KvHeads * HeadSize;

    /// <summary>Query heads per key/value head.</summary>
    public int KvShare => Heads / KvHeads;

    /// <summary>The number of float32 the weights after the header take, the two rotary tables included (as Int128: a hostile header's product overflows a long).</summary>
    public Int128 WeightFloats =>
        (Int128)VocabSize * Dim
        + (Int128)Layers * (2 * (Int128)Dim + 2 * (Int128)Dim * Dim + 2 * (Int128)Dim * KvDim + 3 * (Int128)Dim * HiddenDim)
        + Dim
        + (Int128)SeqLen * HeadSize
        + (SharedClassifier ? 0 : (Int128)VocabSize * Dim);

    /// <summary>The header's seven numbers as a config, or the one-line reason they describe no model.</summary>
    public static bool TryCreate(ReadOnlySpan<int> header, out LlamaConfig? config, out string? problem)
    {
        config = null;
        int dim = header[0], hidden = header[1], layers = header[2], heads = header[3], kvHeads = header[4], vocab = header[5], seqLen = header[6];
        problem = dim <= 0 || hidden <= 0 || layers <= 0 || heads <= 0 || kvHeads <= 0 || vocab == 0 || seqLen <= 0
                ? $"the header ({dim}, {hidden}, {layers}, {heads}, {kvHeads}, {vocab}, {seqLen}) has a size that is not positive"
            : dim % heads != 0 ? $"dim {dim} is not a multiple of n_heads {heads}"
            : heads % kvHeads != 0 ? $"n_heads {heads} is not a multiple of n_kv_heads {kvHeads}"
            : dim / heads % 2 != 0 ? $"the head size {dim / heads} is odd, so rotary embeddings cannot pair its coordinates"
            : vocab == int.MinValue ? "the vocabulary size is out of range"
            : null;
        if (problem is not null) return false;
        config = new LlamaConfig(dim, hidden, layers, heads, kvHeads, Math.Abs(vocab), seqLen, vocab > 0);
        return true;
    }
}
