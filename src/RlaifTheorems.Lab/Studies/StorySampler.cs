using RlaifTheorems.Kernels;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Lab.Studies;

/// <summary>One story of THEORY R5's sample: its new tokens and text, log π₀(y | prompt), the mean residual stream over the
/// positions that read its tokens (per layer, 0 = embedding), and every constitution's score.</summary>
public sealed record Story(int Index, int[] Tokens, string Text, double LogLikelihood, double[][] Layers, double[] Scores);

/// <summary>
/// Draws THEORY R5's stories from a language model (temperature 1, no top-p: the base policy π₀ itself; story i from SplitMix64
/// stream (seed, i), so story i equals <see cref="LanguageModel.Generate"/> with the same seed and index) and has the model
/// judge each under every constitution by reading the judging suffix and the answer words after the story's own cache. With a
/// <see cref="ResidualEdit"/>, the edited model writes and judges.
/// </summary>
public sealed class StorySampler
{
    private static readonly Sampling Base = new(1, 1);
    private readonly LanguageModel _model;
    private readonly StoryJudge _judge;
    private readonly int _maxNewTokens;

    /// <summary>A sampler of at most <paramref name="maxNewTokens"/> new tokens after <paramref name="prompt"/>, judged by <paramref name="judges"/>.</summary>
    public StorySampler(LanguageModel model, string prompt, IReadOnlyList<JudgeConstitution> judges, int maxNewTokens)
    {
        _model = model;
        _judge = new StoryJudge(model, judges);
        Prompt = model.Tokenizer.Encode(prompt, bos: true);
        _maxNewTokens = Math.Min(maxNewTokens, model.Config.SeqLen - Prompt.Length - _judge.Tokens);
        if (_maxNewTokens < 1) throw new LabDataException($"the model reads {model.Config.SeqLen} tokens, too few for the prompt and the judging suffixes");
    }

    /// <summary>The prompt's tokens, beginning-of-sequence first.</summary>
    public int[] Prompt { get; }

    /// <summary>New tokens per story at most (the request, capped so prompt, story and judging fit the model).</summary>
    public int MaxNewTokens => _maxNewTokens;

    /// <summary>Stories 0…count − 1 of the run seeded <paramref name="seed"/>, in parallel; a story that ends before its first token is null.</summary>
    public Story?[] Sample(int count, ulong seed, ResidualEdit? edit = null, IProgress<int>? progress = null)
    {
        var stories = new Story?[count];
        int done = 0;
        Parallel.For(0, count,
            () => (Story: _model.NewSequence(keepResiduals: true), Suffix: _model.NewSequence(), Scratch: _model.NewSequence()),
            (i, _, work) =>
            {
                stories[i] = One(i, seed, edit, work.Story, work.Suffix, work.Scratch);
                int finished = Interlocked.Increment(ref done);
                if (finished % 50 == 0 || finished == count) progress?.Report(finished);
                return work;
            },
            _ => { });
        return stories;
    }

    private Story? One(int index, ulong seed, ResidualEdit? edit, LlamaSequence story, LlamaSequence suffix, LlamaSequence scratch)
    {
        var c = _model.Config;
        story.Reset();
        foreach (int token in Prompt) story.Read(token, edit);
        ulong state = SplitMix64.At(seed, index);
        var tokens = new List<int>();
        var sums = new double[c.Layers + 1][];
        for (int l = 0; l <= c.Layers; l++) sums[l] = new double[c.Dim];
        double logLikelihood = 0;
        while (tokens.Count < _maxNewTokens)
        {
            int next = Base.Next(story.Logits, ref state);
            if (next is LlamaTokenizer.Bos or LlamaTokenizer.Eos) break;
            logLikelihood += LogSoftmax.Of(story.Logits, next);
            tokens.Add(next);
            story.Read(next, edit);
            for (int l = 0; l <= c.Layers; l++)
            {
                var x = story.Residuals![l];
                for (int j = 0; j < c.Dim; j++) sums[l][j] += x[j];
            }
        }
        if (tokens.Count == 0) return null;
        foreach (var layer in sums)
            for (int j = 0; j < layer.Length; j++) layer[j] /= tokens.Count;
        var scores = _judge.Scores(story, suffix, scratch, edit);
        string text = _model.Tokenizer.Decode(tokens.ToArray(), Prompt[^1]);
        return new Story(index, tokens.ToArray(), text, logLikelihood, sums, scores);
    }

    /// <summary>Each word's residual stream at its last token, read alone after the beginning-of-sequence token with its leading
    /// space (per layer, row-major words × D); words of more than <paramref name="maxTokens"/> tokens are left out.</summary>
    public static (string[] Words, double[][] Layers) WordRepresentations(LanguageModel model, IReadOnlyList<string> words, int maxTokens = 4)
    {
        var c = model.Config;
        var kept = words.Select(w => (Word: w, Tokens: model.Tokenizer.Encode(w, bos: true))).Where(w => w.Tokens.Length - 1 <= maxTokens).ToArray();
        var layers = new double[c.Layers + 1][];
        for (int l = 0; l <= c.Layers; l++) layers[l] = new double[kept.Length * c.Dim];
        Parallel.For(0, kept.Length, () => model.NewSequence(keepResiduals: true), (i, _, sequence) =>
        {
            sequence.Reset();
            foreach (int token in kept[i].Tokens) sequence.Read(token);
            for (int l = 0; l <= c.Layers; l++)
                for (int j = 0; j < c.Dim; j++) layers[l][i * c.Dim + j] = sequence.Residuals![l][j];
            return sequence;
        }, _ => { });
        return (kept.Select(k => k.Word).ToArray(), layers);
    }
}
