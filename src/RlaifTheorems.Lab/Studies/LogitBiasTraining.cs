using RlaifTheorems.Kernels;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Lab.Studies;

/// <summary>The settings of THEORY R5's training: steps, stories per step, the KL weight β, Adam's step, and the checkpoints.</summary>
public sealed record TrainingOptions
{
    /// <summary>Policy-gradient steps.</summary>
    public int Steps { get; init; } = 30;
    /// <summary>Stories per step (the leave-one-out group).</summary>
    public int Batch { get; init; } = 16;
    /// <summary>β in R = score − β (log π_b − log π₀).</summary>
    public double Beta { get; init; } = 0.1;
    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; init; } = 0.05;
    /// <summary>A checkpoint every this many steps (and at step 0).</summary>
    public int CheckpointEvery { get; init; } = 10;
    /// <summary>Fresh stories per checkpoint (at least 2, so the KL estimate has an interval).</summary>
    public int CheckpointStories { get; init; } = 200;
}

/// <summary>One checkpoint: the mean value of fresh stories from π_b and the KL(π_b ‖ π₀) estimate, each with its interval, and the
/// mean judge score of those stories.</summary>
public sealed record TrainingCheckpoint(int Step, int Stories, BootstrapEstimate? MeanValue, BootstrapEstimate Divergence, double MeanScore);

/// <summary>
/// RLAIF by training (THEORY R5): a bias b on the output logits, π_b(y_t | y_&lt;t) = softmax(z_t + b) with the model frozen, trained by
/// KL-regularised policy gradient with a leave-one-out baseline on the frozen base model's judgment score_c, the base model the
/// reference. The gradient of log π_b(y) is Σ_t (e_{y_t} − softmax(z_t + b)), exact, with z_t + b formed in double (the draw itself
/// adds them in float32, as the model's logits are); stories run in parallel, each from its own
/// SplitMix64 stream, so a run is reproducible.
/// </summary>
public sealed class LogitBiasTraining
{
    private readonly LanguageModel _model;
    private readonly int[] _prompt;
    private readonly StoryJudge _judge;
    private readonly int _maxNewTokens;

    /// <summary>Training against constitution <paramref name="judge"/> from <paramref name="prompt"/>.</summary>
    public LogitBiasTraining(LanguageModel model, int[] prompt, JudgeConstitution judge, int maxNewTokens)
    {
        _model = model;
        _prompt = prompt;
        _judge = new StoryJudge(model, [judge]);
        _maxNewTokens = Math.Min(maxNewTokens, model.Config.SeqLen - prompt.Length - _judge.Tokens);
        if (_maxNewTokens < 1) throw new LabDataException($"the model reads {model.Config.SeqLen} tokens, too few for the prompt and the judging suffix");
    }

    /// <summary>One story from π_b: its new tokens, log π_b − log π₀ over its trajectory (the ending token included; a story cut at
    /// the cap has none, and its ending token is kept), Σ_t KL of
    /// the next-token laws, ∇_b log π_b, and the base model's score of it.</summary>
    public sealed record Rollout(int[] Tokens, int? EndToken, double LogRatio, double Divergence, double[] Gradient, double Score);

    /// <summary>Trains from b = 0; <paramref name="value"/> measures the checkpoints' stories.</summary>
    public (IReadOnlyList<TrainingCheckpoint> Checkpoints, float[] Bias) Train(TrainingOptions options, StoryValue value, ulong seed, int resamples,
        IProgress<int>? progress = null)
    {
        if (options.CheckpointStories < 2) throw new ArgumentOutOfRangeException(nameof(options), "a checkpoint needs at least 2 stories");
        int vocab = _model.Config.VocabSize;
        var bias = new float[vocab];
        var first = new double[vocab];
        var second = new double[vocab];
        var checkpoints = new List<TrainingCheckpoint>();
        ulong trainingSeed = SplitMix64.Mix(seed ^ 0x7472_6169_6E69_6E67UL), measureSeed = SplitMix64.Mix(seed ^ 0x6D65_6173_7572_6573UL);
        for (int step = 0; step <= options.Steps; step++)
        {
            if (step % options.CheckpointEvery == 0 || step == options.Steps)
                checkpoints.Add(Checkpoint(step, bias, options.CheckpointStories, value, SplitMix64.At(measureSeed, step), resamples));
            if (step == options.Steps) break;
            var rollouts = Sample(bias, options.Batch, SplitMix64.At(trainingSeed, step));
            var rewards = rollouts.Select(r => r.Score - options.Beta * r.LogRatio).ToArray();
            double total = rewards.Sum();
            var gradient = new double[vocab];
            for (int i = 0; i < rollouts.Length; i++)
            {
                double advantage = rewards[i] - (total - rewards[i]) / (rollouts.Length - 1);
                for (int v = 0; v < vocab; v++) gradient[v] += advantage * rollouts[i].Gradient[v] / rollouts.Length;
            }
            // Adam, ascending.
            const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
            for (int v = 0; v < vocab; v++)
            {
                first[v] = b1 * first[v] + (1 - b1) * gradient[v];
                second[v] = b2 * second[v] + (1 - b2) * gradient[v] * gradient[v];
                double mHat = first[v] / (1 - Math.Pow(b1, step + 1)), vHat = second[v] / (1 - Math.Pow(b2, step + 1));
                bias[v] += (float)(options.LearningRate * mHat / (Math.Sqrt(vHat) + eps));
            }
            progress?.Report(step + 1);
        }
        return (checkpoints, bias);
    }

    private TrainingCheckpoint Checkpoint(int step, float[] bias, int count, StoryValue value, ulong seed, int resamples)
    {
        var rollouts = Sample(bias, count, seed);
        var values = rollouts.Select(r => value.Of(_model.Tokenizer.Decode(r.Tokens, _prompt[^1])).Value).Where(v => v is not null).Select(v => v!.Value).ToArray();
        var divergence = rollouts.Select(r => r.Divergence).ToArray();
        int bootstrapSeed = (int)(seed % int.MaxValue);
        return new TrainingCheckpoint(step, values.Length, BootstrapEstimate.OfMean(values, resamples, bootstrapSeed, 0.95), BootstrapEstimate.OfMean(divergence, resamples, bootstrapSeed + 1, 0.95)!, rollouts.Average(r => r.Score));
    }

    /// <summary>Stories 0…count − 1 from π_b, story i from SplitMix64 stream (seed, i), in parallel.</summary>
    public Rollout[] Sample(float[] bias, int count, ulong seed)
    {
        var rollouts = new Rollout[count];
        Parallel.For(0, count, () => (_model.NewSequence(), _model.NewSequence(), _model.NewSequence()), (i, _, work) =>
        {
            rollouts[i] = One(bias, SplitMix64.At(seed, i), work.Item1, work.Item2, work.Item3);
            return work;
        }, _ => { });
        return rollouts;
    }

    private Rollout One(float[] bias, ulong state, LlamaSequence story, LlamaSequence suffix, LlamaSequence scratch)
    {
        int vocab = _model.Config.VocabSize;
        story.Reset();
        foreach (int token in _prompt) story.Read(token);
        var gradient = new double[vocab];
        var biased = new float[vocab];
        var tokens = new List<int>();
        double logRatio = 0, divergence = 0;
        var sampling = new Sampling(1, 1);
        int? end = null;
        while (tokens.Count < _maxNewTokens)
        {
            var logits = story.Logits;
            for (int v = 0; v < vocab; v++) biased[v] = logits[v] + bias[v];
            var logP = LogSoftmax.All(logits, bias);
            var logQ = LogSoftmax.All(logits);
            double kl = 0;
            for (int v = 0; v < vocab; v++)
            {
                double p = Math.Exp(logP[v]);
                kl += p > 0 ? p * (logP[v] - logQ[v]) : 0;
                gradient[v] -= p;
            }
            divergence += Math.Max(0, kl);
            int next = sampling.Next(biased, ref state);
            gradient[next] += 1;
            logRatio += logP[next] - logQ[next];
            if (next is LlamaTokenizer.Bos or LlamaTokenizer.Eos)
            {
                end = next;
                break;
            }
            tokens.Add(next);
            story.Read(next);
        }
        double score = tokens.Count == 0 ? 0 : _judge.Scores(story, suffix, scratch)[0];
        return new Rollout(tokens.ToArray(), end, logRatio, divergence, gradient, score);
    }
}
