namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// One sequence being read by a <see cref="LlamaTransformer"/>: its key/value cache (per layer, up to SeqLen positions of KV
/// coordinates, grown as the sequence reaches them), the logits after its last token, and, when asked for, the residual stream after the embedding and after every
/// block at that token. Not shared between threads; a batch holds one per sequence.
/// </summary>
public sealed class LlamaSequence
{
    internal readonly float[][] Keys, Values;
    private int _capacity;
    internal readonly float[] X, Xb, Xb2, Hb, Hb2, Q, K, V, Attention;
    private readonly float[] _logits;

    /// <summary>An empty sequence for <paramref name="model"/>; with <paramref name="keepResiduals"/>, the residual stream after the
    /// embedding and every block is kept for the last token read.</summary>
    public LlamaSequence(LlamaTransformer model, bool keepResiduals = false)
    {
        var c = model.Config;
        Model = model;
        Keys = new float[c.Layers][];
        Values = new float[c.Layers][];
        for (int l = 0; l < c.Layers; l++)
        {
            Keys[l] = [];
            Values[l] = [];
        }
        EnsureCapacity(Math.Min(c.SeqLen, 128));
        X = new float[c.Dim];
        Xb = new float[c.Dim];
        Xb2 = new float[c.Dim];
        Hb = new float[c.HiddenDim];
        Hb2 = new float[c.HiddenDim];
        Q = new float[c.Dim];
        K = new float[c.KvDim];
        V = new float[c.KvDim];
        Attention = new float[c.SeqLen];
        _logits = new float[c.VocabSize];
        if (keepResiduals)
        {
            Residuals = new float[c.Layers + 1][];
            for (int l = 0; l <= c.Layers; l++) Residuals[l] = new float[c.Dim];
        }
    }

    /// <summary>The model the sequence is read by.</summary>
    public LlamaTransformer Model { get; }

    /// <summary>Tokens read so far; the next token is read at this position.</summary>
    public int Position { get; internal set; }

    /// <summary>The logits of the next token after the last one read.</summary>
    public ReadOnlySpan<float> Logits => _logits;

    internal float[] LogitsBuffer => _logits;

    /// <summary>The residual stream at the last token read: [0] after the embedding, [l + 1] after block l (null unless kept).</summary>
    public float[][]? Residuals { get; }

    /// <summary>Reads <paramref name="token"/> at the next position (<see cref="LlamaTransformer.Step"/>).</summary>
    public ReadOnlySpan<float> Read(int token, ResidualEdit? edit = null) => Model.Step(this, token, edit);

    /// <summary>Grows the cache to hold at least <paramref name="positions"/> positions (doubling, at most the model's length): a
    /// large model's full cache (layers × length × KV coordinates × 2) is only allocated as far as a sequence reaches.</summary>
    internal void EnsureCapacity(int positions)
    {
        if (positions <= _capacity) return;
        var c = Model.Config;
        int grown = Math.Min(c.SeqLen, Math.Max(positions, 2 * _capacity));
        for (int l = 0; l < c.Layers; l++)
        {
            Array.Resize(ref Keys[l], checked(grown * c.KvDim));
            Array.Resize(ref Values[l], checked(grown * c.KvDim));
        }
        _capacity = grown;
    }

    /// <summary>Becomes a copy of <paramref name="source"/> (same model): its cache up to its position and its logits, so reading on
    /// from here equals reading on from the source.</summary>
    public void CopyFrom(LlamaSequence source)
    {
        if (!ReferenceEquals(source.Model, Model)) throw new ArgumentException("the sequences belong to different models", nameof(source));
        EnsureCapacity(source.Position);
        long used = (long)source.Position * Model.Config.KvDim;
        for (int l = 0; l < Keys.Length; l++)
        {
            Array.Copy(source.Keys[l], Keys[l], used);
            Array.Copy(source.Values[l], Values[l], used);
        }
        source._logits.CopyTo(_logits, 0);
        Position = source.Position;
    }

    /// <summary>Forgets every token read.</summary>
    public void Reset() => Position = 0;
}
