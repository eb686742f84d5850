using System.Security.Cryptography;
using FsCheck.Fluent;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Properties.Lab.LanguageModels;

/// <summary>
/// The forward pass against its definition: the shipped model reproduces its published greedy story; the cached one-token-at-a-time
/// pass equals an independent double-precision recomputation of the whole prefix at every position (logits and residual stream),
/// on the shipped model and on random checkpoints of other shapes (grouped and ungrouped attention, separate classifier).
/// </summary>
public sealed class LlamaForwardPassTests
{
    [Fact]
    public void ShippedFilesAreTheOnesTheReadmeDescribes()
    {
        string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        string readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "models", "stories260K", "README.md"));
        Assert.Contains(Hash(CheckpointFiles.Stories260K), readme);
        Assert.Contains(Hash(CheckpointFiles.Tok512), readme);
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, "models", "stories260K", "LICENSE")));
        var c = CheckpointFiles.Stories.Config;
        Assert.Equal((64, 172, 5, 8, 4, 512, 512, true), (c.Dim, c.HiddenDim, c.Layers, c.Heads, c.KvHeads, c.VocabSize, c.SeqLen, c.SharedClassifier));
    }

    [Fact]
    public void GreedyContinuationOfOnceUponATimeIsThePublishedOne()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Once upon a time", bos: true);
        var story = model.Generate(prompt, 60, Sampling.Greedy, seed: 0);
        string text = model.Tokenizer.Decode([.. prompt.Skip(1), .. story]);
        Assert.StartsWith("Once upon a time, there was a little girl named Lily. She loved to play outside in the park. One day, she saw a big, red ball.", text);
    }

    [Fact]
    public void CachedPassEqualsFullRecomputationOnTheShippedModel()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Tom and his dog went to the sea.", bos: true);
        var tokens = prompt.Concat(model.Generate(prompt, 24, new Sampling(1, 0.9), seed: 7)).ToArray();
        AssertCachedEqualsReference(model.Transformer, tokens);
    }

    [SeededProperty(MaxTest = 25)]
    public FsCheck.Property CachedPassEqualsFullRecomputationOnRandomCheckpoints(byte dimSeed, byte shapeSeed, int seed)
    {
        // Grouped attention (two query heads per key/value head) by construction for half the multi-head shapes.
        int heads = 1 << (shapeSeed % 3), share = heads > 1 && shapeSeed / 3 % 2 == 1 ? 2 : 1, kvHeads = heads / share, layers = 1 + shapeSeed % 3;
        int headSize = 2 * (1 + dimSeed % 3), dim = heads * headSize, hidden = 1 + dimSeed % 11, vocab = 5 + dimSeed % 7;
        bool shared = shapeSeed % 2 == 0;
        var path = CheckpointFiles.Write(dim, hidden, layers, heads, kvHeads, vocab, seqLen: 12, shared, seed);
        Assert.True(LlamaCheckpoint.TryLoad(path, out var checkpoint, out var problem), problem);
        var random = new Random(seed);
        var tokens = Enumerable.Range(0, 1 + random.Next(12)).Select(_ => random.Next(vocab)).ToArray();
        AssertCachedEqualsReference(new LlamaTransformer(checkpoint!), tokens);
        File.Delete(path);
        return true.Label($"dim {dim}, heads {heads}/{kvHeads}, layers {layers}, shared {shared}, {tokens.Length} tokens")
            .Classify(heads != kvHeads, "grouped attention").Classify(!shared, "separate classifier");
    }

    /// <summary>Past the cache's first allocation (128 positions) the pass still equals the recomputation, and a copy of a long
    /// sequence reads on exactly as the original does.</summary>
    [Fact]
    public void TheCacheGrowsWithoutChangingAnything()
    {
        var path = CheckpointFiles.Write(dim: 8, hidden: 10, layers: 2, heads: 2, kvHeads: 1, vocab: 7, seqLen: 400, shared: false, seed: 12);
        Assert.True(LlamaCheckpoint.TryLoad(path, out var checkpoint, out var problem), problem);
        var transformer = new LlamaTransformer(checkpoint!);
        var random = new Random(12);
        var tokens = Enumerable.Range(0, 300).Select(_ => random.Next(7)).ToArray();
        AssertCachedEqualsReference(transformer, tokens);
        var original = new LlamaSequence(transformer);
        foreach (int t in tokens[..260]) original.Read(t);
        var copy = new LlamaSequence(transformer);
        copy.CopyFrom(original);
        foreach (int t in tokens[260..]) Assert.Equal(original.Read(t).ToArray(), copy.Read(t).ToArray());
    }

    /// <summary>Every position's float logits within 2·10⁻⁴·(1 + max |z|) of the double recomputation, and the last position's
    /// residual stream after every block within 2·10⁻⁴·(1 + max |x|).</summary>
    private static void AssertCachedEqualsReference(LlamaTransformer transformer, int[] tokens)
    {
        var (reference, residuals) = ReferenceTransformer.Run(transformer.Weights, tokens);
        var sequence = new LlamaSequence(transformer, keepResiduals: true);
        for (int t = 0; t < tokens.Length; t++)
        {
            var logits = sequence.Read(tokens[t]).ToArray();
            double scale = 1 + reference[t].Max(Math.Abs);
            for (int i = 0; i < logits.Length; i++)
                Assert.True(Math.Abs(logits[i] - reference[t][i]) <= 2e-4 * scale, $"position {t}, token {i}: cached {logits[i]} against recomputed {reference[t][i]}");
        }
        for (int l = 0; l < residuals.Length; l++)
        {
            double scale = 1 + residuals[l].Max(Math.Abs);
            for (int j = 0; j < residuals[l].Length; j++)
                Assert.True(Math.Abs(sequence.Residuals![l][j] - residuals[l][j]) <= 2e-4 * scale, $"residual after layer {l}, coordinate {j}");
        }
    }
}
