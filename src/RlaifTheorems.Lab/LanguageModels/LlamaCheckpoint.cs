using System.Runtime.InteropServices;

namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// A Llama-2-architecture model's weights, read from a llama2.c checkpoint (the legacy format: <see cref="LlamaConfig"/>'s header,
/// then float32 weights in the order token embedding [V×D], per layer attention RMS [D], W_q [D×D], W_k [KV×D], W_v [KV×D],
/// W_o [D×D], feed-forward RMS [D], W_1 [H×D], W_2 [D×H], W_3 [H×D], the final RMS [D], two rotary tables the pass recomputes,
/// and the classifier [V×D] when it is not the embedding). Matrices are row-major, output by input: y = W x.
/// </summary>
public sealed class LlamaCheckpoint
{
    private LlamaCheckpoint(LlamaConfig config) => Config = config;

    /// <summary>The model's shape.</summary>
    public LlamaConfig Config { get; }
    /// <summary>The token embedding, V rows of D.</summary>
    public float[] Embedding { get; private init; } = [];
    /// <summary>Per layer: the attention's RMS weights.</summary>
    public float[][] AttentionNorm { get; private init; } = [];
    /// <summary>Per layer: W_q, D×D.</summary>
    public float[][] Wq { get; private init; } = [];
    /// <summary>Per layer: W_k, KV×D.</summary>
    public float[][] Wk { get; private init; } = [];
    /// <summary>Per layer: W_v, KV×D.</summary>
    public float[][] Wv { get; private init; } = [];
    /// <summary>Per layer: W_o, D×D.</summary>
    public float[][] Wo { get; private init; } = [];
    /// <summary>Per layer: the feed-forward's RMS weights.</summary>
    public float[][] FeedForwardNorm { get; private init; } = [];
    /// <summary>Per layer: W_1 (the gate), H×D.</summary>
    public float[][] W1 { get; private init; } = [];
    /// <summary>Per layer: W_2 (down), D×H.</summary>
    public float[][] W2 { get; private init; } = [];
    /// <summary>Per layer: W_3 (up), H×D.</summary>
    public float[][] W3 { get; private init; } = [];
    /// <summary>The final RMS weights.</summary>
    public float[] FinalNorm { get; private init; } = [];
    /// <summary>The classifier, V rows of D (the embedding itself when shared).</summary>
    public float[] Classifier { get; private init; } = [];

    /// <summary>Reads a checkpoint, or says in one line why the file is not one: unreadable, a header that describes no model, a
    /// newer export format, or a size that does not add up to the header's weights.</summary>
    public static bool TryLoad(string path, out LlamaCheckpoint? checkpoint, out string? problem)
    {
        checkpoint = null;
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot read the checkpoint {path}: {e.Message}";
            return false;
        }
        using (stream)
        {
            Span<int> header = stackalloc int[7];
            if (stream.Length < LlamaConfig.HeaderBytes || !ReadExactly(stream, MemoryMarshal.AsBytes(header)))
            {
                problem = $"{path} is not a llama2.c checkpoint: {stream.Length} bytes, shorter than the 28-byte header";
                return false;
            }
            if (header[0] == 0x616b3432)
            {
                problem = $"{path} is a llama2.c export of version 1 or later (magic \"ak42\"); this loader reads the legacy format (export with --version 0)";
                return false;
            }
            if (!LlamaConfig.TryCreate(header, out var config, out var bad))
            {
                problem = $"{path} is not a llama2.c checkpoint: {bad}";
                return false;
            }
            Int128 expected = LlamaConfig.HeaderBytes + config!.WeightFloats * sizeof(float);
            if (expected != stream.Length)
            {
                problem = $"{path} has {stream.Length} bytes but its header (dim {config.Dim}, hidden {config.HiddenDim}, {config.Layers} layers, " +
                          $"{config.Heads} heads, {config.KvHeads} kv heads, vocabulary {config.VocabSize}, sequence {config.SeqLen}) needs {expected}";
                return false;
            }
            checkpoint = Read(stream, config);
            int bad2 = checkpoint.FirstNonFinite();
            if (bad2 >= 0)
            {
                checkpoint = null;
                problem = $"{path} holds a non-finite weight in its tensor number {bad2} (0 is the embedding)";
                return false;
            }
            problem = null;
            return true;
        }
    }

    private static LlamaCheckpoint Read(Stream stream, LlamaConfig c)
    {
        int d = c.Dim, h = c.HiddenDim, kv = c.KvDim;
        float[] Next(long count)
        {
            var a = new float[count];
            ReadExactly(stream, MemoryMarshal.AsBytes(a.AsSpan()));
            return a;
        }
        float[][] PerLayer(long count)
        {
            var a = new float[c.Layers][];
            for (int l = 0; l < c.Layers; l++) a[l] = Next(count);
            return a;
        }
        var embedding = Next((long)c.VocabSize * d);
        var attentionNorm = PerLayer(d);
        var wq = PerLayer((long)d * d);
        var wk = PerLayer((long)kv * d);
        var wv = PerLayer((long)kv * d);
        var wo = PerLayer((long)d * d);
        var feedForwardNorm = PerLayer(d);
        var w1 = PerLayer((long)h * d);
        var w2 = PerLayer((long)d * h);
        var w3 = PerLayer((long)h * d);
        var finalNorm = Next(d);
        stream.Seek((long)c.SeqLen * c.HeadSize * sizeof(float), SeekOrigin.Current);
        var classifier = c.SharedClassifier ? embedding : Next((long)c.VocabSize * d);
        return new LlamaCheckpoint(c)
        {
            Embedding = embedding, AttentionNorm = attentionNorm, Wq = wq, Wk = wk, Wv = wv, Wo = wo, FeedForwardNorm = feedForwardNorm,
            W1 = w1, W2 = w2, W3 = w3, FinalNorm = finalNorm, Classifier = classifier,
        };
    }

    /// <summary>The index, in file order, of the first tensor holding a NaN or infinity, or −1.</summary>
    private int FirstNonFinite()
    {
        var tensors = new List<float[]> { Embedding };
        foreach (var group in new[] { AttentionNorm, Wq, Wk, Wv, Wo, FeedForwardNorm, W1, W2, W3 }) tensors.AddRange(group);
        tensors.Add(FinalNorm);
        tensors.Add(Classifier);
        for (int i = 0; i < tensors.Count; i++)
            foreach (var w in tensors[i])
                if (!float.IsFinite(w)) return i;
        return -1;
    }

    private static bool ReadExactly(Stream stream, Span<byte> buffer)
    {
        try
        {
            stream.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
