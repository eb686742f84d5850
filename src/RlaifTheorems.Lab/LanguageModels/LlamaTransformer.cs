using System.Numerics.Tensors;

namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// The Llama-2 forward pass on float32, one token at a time with a key/value cache: x₀ = embedding(token); per block l,
/// x ← x + W_o·Attention(RoPE(W_q·n), RoPE(W_k·n), W_v·n) with n = RMSNorm(x) = w ⊙ x / √(mean(x²) + 10⁻⁵), and
/// x ← x + W_2·(SiLU(W_1·n′) ⊙ W_3·n′) with n′ = RMSNorm(x); logits = W_cls·RMSNorm(x). Attention is causal and grouped
/// (query head h reads key/value head h / (heads / kv heads)), softmax(q·k / √head size); the rotary embedding turns each
/// pair (2i, 2i + 1) of a head by the angle pos · 10000^(−2i / head size). Each output is one dot product computed in the
/// same order whichever sequence or batch it belongs to, so batching never changes a result.
/// </summary>
public sealed class LlamaTransformer
{
    private readonly LlamaCheckpoint _w;
    private readonly float[] _cos, _sin;

    /// <summary>The pass over <paramref name="checkpoint"/>'s weights.</summary>
    public LlamaTransformer(LlamaCheckpoint checkpoint)
    {
        _w = checkpoint;
        var c = checkpoint.Config;
        int half = c.HeadSize / 2;
        _cos = new float[(long)c.SeqLen * half];
        _sin = new float[(long)c.SeqLen * half];
        for (int pos = 0; pos < c.SeqLen; pos++)
            for (int i = 0; i < half; i++)
            {
                float frequency = 1.0f / MathF.Pow(10000.0f, 2 * i / (float)c.HeadSize);
                float angle = pos * frequency;
                _cos[pos * half + i] = MathF.Cos(angle);
                _sin[pos * half + i] = MathF.Sin(angle);
            }
    }

    /// <summary>The model's shape.</summary>
    public LlamaConfig Config => _w.Config;

    /// <summary>The weights.</summary>
    public LlamaCheckpoint Weights => _w;

    /// <summary>Reads <paramref name="token"/> at <paramref name="s"/>'s next position and returns the next token's logits;
    /// <paramref name="edit"/>, if given, changes the residual stream after the embedding and after every block.</summary>
    public ReadOnlySpan<float> Step(LlamaSequence s, int token, ResidualEdit? edit = null)
    {
        var c = _w.Config;
        if ((uint)token >= (uint)c.VocabSize) throw new ArgumentOutOfRangeException(nameof(token), $"token {token} is outside the vocabulary 0…{c.VocabSize - 1}");
        if (s.Position >= c.SeqLen) throw new InvalidOperationException($"the sequence is full: {c.SeqLen} tokens");
        if (!ReferenceEquals(s.Model, this)) throw new ArgumentException("the sequence belongs to another model", nameof(s));
        int d = c.Dim, kvDim = c.KvDim, hs = c.HeadSize, pos = s.Position;
        var x = s.X.AsSpan();
        _w.Embedding.AsSpan(token * d, d).CopyTo(x);
        Finish(s, 0, edit);
        float scale = 1.0f / MathF.Sqrt(hs);
        for (int l = 0; l < c.Layers; l++)
        {
            RmsNorm(s.Xb, x, _w.AttentionNorm[l]);
            MatVec(s.Q, _w.Wq[l], s.Xb);
            MatVec(s.K, _w.Wk[l], s.Xb);
            MatVec(s.V, _w.Wv[l], s.Xb);
            Rotate(s.Q, pos, hs);
            Rotate(s.K, pos, hs);
            if (l == 0) s.EnsureCapacity(pos + 1);
            s.K.CopyTo(s.Keys[l], (long)pos * kvDim);
            s.V.CopyTo(s.Values[l], (long)pos * kvDim);
            var xb = s.Xb.AsSpan();
            for (int h = 0; h < c.Heads; h++)
            {
                var q = s.Q.AsSpan(h * hs, hs);
                int kvOffset = h / c.KvShare * hs;
                var att = s.Attention.AsSpan(0, pos + 1);
                var keys = s.Keys[l].AsSpan();
                for (int t = 0; t <= pos; t++)
                {
                    var key = keys.Slice(t * kvDim + kvOffset, hs);
                    float score = 0f;
                    for (int i = 0; i < hs; i++) score += q[i] * key[i];
                    att[t] = score * scale;
                }
                Softmax(att);
                var head = xb.Slice(h * hs, hs);
                head.Clear();
                var values = s.Values[l].AsSpan();
                for (int t = 0; t <= pos; t++)
                {
                    var value = values.Slice(t * kvDim + kvOffset, hs);
                    float a = att[t];
                    for (int i = 0; i < hs; i++) head[i] += a * value[i];
                }
            }
            MatVec(s.Xb2, _w.Wo[l], s.Xb);
            TensorPrimitives.Add(x, s.Xb2, x);
            RmsNorm(s.Xb, x, _w.FeedForwardNorm[l]);
            MatVec(s.Hb, _w.W1[l], s.Xb);
            MatVec(s.Hb2, _w.W3[l], s.Xb);
            for (int i = 0; i < c.HiddenDim; i++)
            {
                float gate = s.Hb[i];
                s.Hb[i] = gate * (1.0f / (1.0f + MathF.Exp(-gate))) * s.Hb2[i];
            }
            MatVec(s.Xb, _w.W2[l], s.Hb);
            TensorPrimitives.Add(x, s.Xb, x);
            Finish(s, l + 1, edit);
        }
        RmsNorm(s.Xb, x, _w.FinalNorm);
        MatVec(s.LogitsBuffer, _w.Classifier, s.Xb);
        s.Position = pos + 1;
        return s.Logits;
    }

    private static void Finish(LlamaSequence s, int layer, ResidualEdit? edit)
    {
        edit?.Invoke(layer, s.X);
        if (s.Residuals is { } kept) s.X.CopyTo(kept[layer], 0);
    }

    /// <summary>out = w ⊙ x / √(mean(x²) + 10⁻⁵).</summary>
    private static void RmsNorm(Span<float> output, ReadOnlySpan<float> x, ReadOnlySpan<float> weight)
    {
        float ss = 0f;
        for (int j = 0; j < x.Length; j++) ss += x[j] * x[j];
        ss = ss / x.Length + 1e-5f;
        ss = 1.0f / MathF.Sqrt(ss);
        for (int j = 0; j < x.Length; j++) output[j] = weight[j] * (ss * x[j]);
    }

    /// <summary>y = W x for W row-major with y.Length rows of x.Length.</summary>
    private static void MatVec(Span<float> y, float[] w, ReadOnlySpan<float> x)
    {
        int n = x.Length;
        for (int i = 0; i < y.Length; i++) y[i] = TensorPrimitives.Dot(w.AsSpan(i * n, n), x);
    }

    private void Rotate(Span<float> v, int pos, int hs)
    {
        int half = hs / 2;
        var cos = _cos.AsSpan(pos * half, half);
        var sin = _sin.AsSpan(pos * half, half);
        for (int i = 0; i < v.Length; i += 2)
        {
            int k = i % hs / 2;
            float v0 = v[i], v1 = v[i + 1];
            v[i] = v0 * cos[k] - v1 * sin[k];
            v[i + 1] = v0 * sin[k] + v1 * cos[k];
        }
    }

    private static void Softmax(Span<float> a)
    {
        float max = TensorPrimitives.Max(a);
        float sum = 0f;
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = MathF.Exp(a[i] - max);
            sum += a[i];
        }
        for (int i = 0; i < a.Length; i++) a[i] /= sum;
    }
}
