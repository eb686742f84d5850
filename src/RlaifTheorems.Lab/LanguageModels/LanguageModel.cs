using RlaifTheorems.Kernels;

namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// A llama2.c checkpoint with its tokenizer: seeded generation and exact continuation log-probabilities, one sequence or many
/// (a batch runs its sequences in parallel, each with its own cache and random stream, so its results equal one-at-a-time runs).
/// </summary>
public sealed class LanguageModel
{
    private LanguageModel(LlamaTransformer transformer, LlamaTokenizer tokenizer, string modelPath)
    {
        Transformer = transformer;
        Tokenizer = tokenizer;
        ModelPath = modelPath;
    }

    /// <summary>The forward pass.</summary>
    public LlamaTransformer Transformer { get; }
    /// <summary>The tokenizer.</summary>
    public LlamaTokenizer Tokenizer { get; }
    /// <summary>The checkpoint's path, for provenance.</summary>
    public string ModelPath { get; }
    /// <summary>The model's shape.</summary>
    public LlamaConfig Config => Transformer.Config;

    /// <summary>The checkpoint and its tokenizer, or the one-line reason either cannot be used (<see cref="LlamaCheckpoint.TryLoad"/>,
    /// <see cref="LlamaTokenizer.TryLoad"/>).</summary>
    public static bool TryLoad(string modelPath, string tokenizerPath, out LanguageModel? model, out string? problem)
    {
        model = null;
        if (!LlamaCheckpoint.TryLoad(modelPath, out var checkpoint, out problem)) return false;
        if (!LlamaTokenizer.TryLoad(tokenizerPath, checkpoint!.Config.VocabSize, out var tokenizer, out problem)) return false;
        model = new LanguageModel(new LlamaTransformer(checkpoint), tokenizer!, modelPath);
        return true;
    }

    /// <summary>A new empty sequence.</summary>
    public LlamaSequence NewSequence(bool keepResiduals = false) => new(Transformer, keepResiduals);

    /// <summary>
    /// Continues <paramref name="prompt"/> (tokens, beginning-of-sequence first) by at most <paramref name="maxNewTokens"/> tokens,
    /// stopping before a beginning- or end-of-sequence token or when the sequence reaches the model's length; sequence <paramref name="index"/> of the run
    /// seeded <paramref name="seed"/> draws from SplitMix64 stream (seed, index).
    /// </summary>
    public int[] Generate(IReadOnlyList<int> prompt, int maxNewTokens, Sampling sampling, ulong seed, int index = 0, ResidualEdit? edit = null)
    {
        if (prompt.Count == 0) throw new ArgumentException("the prompt has no tokens", nameof(prompt));
        if (prompt.Count > Config.SeqLen) throw new ArgumentException($"the prompt has {prompt.Count} tokens, more than the model's {Config.SeqLen}", nameof(prompt));
        var sequence = NewSequence();
        ReadOnlySpan<float> logits = default;
        foreach (int token in prompt) logits = sequence.Read(token, edit);
        ulong state = SplitMix64.At(seed, index);
        int cap = Math.Min(maxNewTokens, Config.SeqLen - prompt.Count);
        var generated = new List<int>();
        while (generated.Count < cap)
        {
            int next = sampling.Next(logits, ref state);
            if (next is LlamaTokenizer.Bos or LlamaTokenizer.Eos) break;
            generated.Add(next);
            if (generated.Count < cap) logits = sequence.Read(next, edit);
        }
        return generated.ToArray();
    }

    /// <summary>Sequences 0…count − 1 of <see cref="Generate"/> from one prompt, in parallel; equal to generating each alone.</summary>
    public int[][] GenerateMany(IReadOnlyList<int> prompt, int count, int maxNewTokens, Sampling sampling, ulong seed, ResidualEdit? edit = null)
    {
        var result = new int[count][];
        Parallel.For(0, count, i => result[i] = Generate(prompt, maxNewTokens, sampling, seed, i, edit));
        return result;
    }

    /// <summary>log p(continuation | context) = Σ_t log p(c_t | context, c_&lt;t), exact from the pass's logits (<see cref="LogSoftmax"/>).</summary>
    public double LogProbability(IReadOnlyList<int> context, IReadOnlyList<int> continuation)
    {
        if (context.Count == 0) throw new ArgumentException("the context has no tokens", nameof(context));
        if (context.Count + continuation.Count > Config.SeqLen + 1)
            throw new ArgumentException($"context and continuation have {context.Count + continuation.Count} tokens, more than the model reads", nameof(continuation));
        var sequence = NewSequence();
        ReadOnlySpan<float> logits = default;
        foreach (int token in context) logits = sequence.Read(token);
        double total = 0;
        for (int t = 0; t < continuation.Count; t++)
        {
            total += LogSoftmax.Of(logits, continuation[t]);
            if (t + 1 < continuation.Count) logits = sequence.Read(continuation[t]);
        }
        return total;
    }

    /// <summary><see cref="LogProbability"/> of many (context, continuation) pairs, in parallel; equal to scoring each alone.</summary>
    public double[] LogProbabilities(IReadOnlyList<(int[] Context, int[] Continuation)> pairs)
    {
        var result = new double[pairs.Count];
        Parallel.For(0, pairs.Count, i => result[i] = LogProbability(pairs[i].Context, pairs[i].Continuation));
        return result;
    }
}
