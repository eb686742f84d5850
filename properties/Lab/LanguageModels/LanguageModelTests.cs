using FsCheck.Fluent;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Properties.Lab.LanguageModels;

/// <summary>
/// Generation and scoring: next-token probabilities and whole-continuation probabilities sum to 1, a batch equals its sequences
/// run one at a time (bit for bit), a seed reproduces its samples, and the tokenizer decodes what it encodes.
/// </summary>
public sealed class LanguageModelTests
{
    [Fact]
    public void NextTokenProbabilitiesSumToOneAtEveryPosition()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Lily lost her favorite toy. She cried and cried.", bos: true);
        var sequence = model.NewSequence();
        int positions = 0;
        foreach (int token in prompt.Concat(model.Generate(prompt, 40, new Sampling(0.8, 1), seed: 3)))
        {
            double total = LogSoftmax.All(sequence.Read(token)).Sum(Math.Exp);
            Assert.True(Math.Abs(total - 1) <= 1e-12, $"position {positions}: Σ p = {total:R}");
            positions++;
        }
        Assert.True(positions > 20);
    }

    /// <summary>Σ over every two-token continuation c of p(c | context) = 1, by <see cref="LanguageModel.LogProbability"/> on a
    /// random model whose 259-token vocabulary makes the sum enumerable.</summary>
    [Fact]
    public void ContinuationProbabilitiesSumToOne()
    {
        var path = CheckpointFiles.Write(dim: 8, hidden: 12, layers: 2, heads: 2, kvHeads: 1, vocab: 259, seqLen: 8, shared: false, seed: 11, scale: 1.5);
        var pieces = new List<byte[]> { CheckpointFiles.Ascii("<unk>"), CheckpointFiles.Ascii("<s>"), CheckpointFiles.Ascii("</s>") };
        pieces.AddRange(Enumerable.Range(0, 256).Select(b => CheckpointFiles.Ascii($"<0x{b:X2}>")));
        Assert.True(LanguageModel.TryLoad(path, CheckpointFiles.WriteTokenizer(pieces), out var model, out var problem), problem);
        int[] context = [1, 70, 200];
        var pairs = new List<(int[], int[])>();
        for (int a = 0; a < 259; a++)
            for (int b = 0; b < 259; b++) pairs.Add((context, [a, b]));
        double total = model!.LogProbabilities(pairs).Sum(Math.Exp);
        Assert.True(Math.Abs(total - 1) <= 1e-9, $"Σ p(a, b | context) = {total:R}");
        double single = Enumerable.Range(0, 259).Sum(a => Math.Exp(model.LogProbability(context, [a])));
        Assert.True(Math.Abs(single - 1) <= 1e-12, $"Σ p(a | context) = {single:R}");
    }

    /// <summary>A judgment's log-probability contrast as measured independently on this model (issue 23: −1.09 after "Lily lost her
    /// favorite toy. She cried and cried. Lily felt very" for " happy" against " sad").</summary>
    [Fact]
    public void AJudgmentContrastMatchesTheIndependentMeasurement()
    {
        var model = CheckpointFiles.Stories;
        var context = model.Tokenizer.Encode("Lily lost her favorite toy. She cried and cried. Lily felt very", bos: true);
        double contrast = model.LogProbability(context, model.Tokenizer.Encode("happy", bos: false)) - model.LogProbability(context, model.Tokenizer.Encode("sad", bos: false));
        Assert.Equal(-1.09, contrast, 0.005);
    }

    [Fact]
    public void BatchingDoesNotChangeResults()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Once upon a time", bos: true);
        var sampling = new Sampling(1.0, 0.9);
        var batch = model.GenerateMany(prompt, 8, 50, sampling, seed: 42);
        for (int i = 0; i < batch.Length; i++) Assert.Equal(model.Generate(prompt, 50, sampling, seed: 42, index: i), batch[i]);
        Assert.True(batch.Select(s => string.Join(',', s)).Distinct().Count() > 1, "eight samples at temperature 1 are all the same");
        var pairs = batch.Select(s => (prompt, s)).ToArray();
        var scores = model.LogProbabilities(pairs);
        for (int i = 0; i < pairs.Length; i++) Assert.Equal(model.LogProbability(prompt, batch[i]), scores[i]);
    }

    [Fact]
    public void ASeedReproducesItsSamplesAndAnotherSeedDoesNot()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Tom had a red kite.", bos: true);
        var sampling = new Sampling(1.0, 1.0);
        Assert.Equal(model.Generate(prompt, 40, sampling, 5), model.Generate(prompt, 40, sampling, 5));
        Assert.NotEqual(model.Generate(prompt, 40, sampling, 5), model.Generate(prompt, 40, sampling, 6));
    }

    /// <summary>Sampling at temperature T draws token i with probability softmax(z / T)_i: over 20,000 draws from fixed logits the
    /// counts pass a χ² test at level 10⁻⁶, and top-p keeps exactly the nucleus.</summary>
    [Fact]
    public void SamplingDrawsFromTheTemperedSoftmaxAndTheNucleus()
    {
        float[] logits = [2f, 1f, 0f, -1f, 0.5f];
        var sampling = new Sampling(0.7, 1);
        var p = logits.Select(z => Math.Exp(z / 0.7)).ToArray();
        double sum = p.Sum();
        var counts = new int[logits.Length];
        ulong state = 9;
        const int draws = 20_000;
        for (int k = 0; k < draws; k++) counts[sampling.Next(logits, ref state)]++;
        double chi2 = counts.Select((c, i) => Math.Pow(c - draws * p[i] / sum, 2) / (draws * p[i] / sum)).Sum();
        Assert.True(chi2 < 33.4, $"χ² = {chi2:0.0} on 4 degrees of freedom");
        var nucleus = new Sampling(1, 0.6);
        var seen = new HashSet<int>();
        for (int k = 0; k < 2000; k++) seen.Add(nucleus.Next(logits, ref state));
        Assert.Equal([0, 1], seen.Order());
        float[] flat = [0.1f, 0f, 0.05f];
        var narrow = new Sampling(1, 0.01);
        for (int k = 0; k < 100; k++) Assert.Equal(0, narrow.Next(flat, ref state));
    }

    /// <summary>Decode(Encode(text)) = text (as UTF-8 sees it): the space prefixed before encoding is the one dropped after the
    /// beginning-of-sequence token, and characters outside the vocabulary come back from their byte tokens.</summary>
    [SeededProperty(MaxTest = 200)]
    public FsCheck.Property TokenizerDecodesWhatItEncodes(string? text)
    {
        text = (text ?? "").Replace("\0", "");
        var tokenizer = CheckpointFiles.Stories.Tokenizer;
        var tokens = tokenizer.Encode(text, bos: true);
        string normalised = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
        string decoded = tokenizer.Decode(tokens[1..]);
        return (decoded == normalised).Label($"'{text}' → '{decoded}'").Classify(text.Any(ch => ch > 127), "non-ASCII (byte fallback)");
    }
}
