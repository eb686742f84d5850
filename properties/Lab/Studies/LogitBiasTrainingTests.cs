using RlaifTheorems.Lab.LanguageModels;
using RlaifTheorems.Lab.Studies;
using RlaifTheorems.Properties.Lab.LanguageModels;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>
/// RLAIF by training against its definition: with b = 0 a rollout is the base model's own story (log-ratio and KL exactly 0);
/// the rollout's ∇_b log π_b(y) equals central finite differences of the teacher-forced log π_b(y) computed independently; the
/// per-story KL is Σ_t KL(softmax(z_t + b) ‖ softmax(z_t)) recomputed; training is reproducible from its seed.
/// </summary>
public sealed class LogitBiasTrainingTests
{
    private static readonly JudgeConstitution Judge = JudgeConstitution.BuiltIn[0];

    [Fact]
    public void WithNoBiasARolloutIsTheBaseModelsStory()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Once upon a time", bos: true);
        var trainer = new LogitBiasTraining(model, prompt, Judge, 40);
        var rollouts = trainer.Sample(new float[model.Config.VocabSize], 4, seed: 9);
        for (int i = 0; i < rollouts.Length; i++)
        {
            Assert.Equal(model.Generate(prompt, 40, new Sampling(1, 1), 9, i), rollouts[i].Tokens);
            Assert.Equal(0, rollouts[i].LogRatio);
            Assert.Equal(0, rollouts[i].Divergence, 1e-12);
        }
    }

    [Fact]
    public void TheGradientIsTheDerivativeOfTheTrajectorysLogProbability()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Once upon a time", bos: true);
        var trainer = new LogitBiasTraining(model, prompt, Judge, 30);
        var random = new Random(4);
        var bias = Enumerable.Range(0, model.Config.VocabSize).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var rollout = trainer.Sample(bias, 1, seed: 2)[0];
        var (logP, kl, logQ) = TeacherForced(model, prompt, rollout, bias.Select(b => (double)b).ToArray());
        Assert.Equal(logP - logQ, rollout.LogRatio, 1e-9);
        Assert.Equal(kl, rollout.Divergence, 1e-9);
        foreach (int v in new[] { rollout.Tokens[0], rollout.Tokens[^1], 13, 200, 511, LlamaTokenizer.Eos })
        {
            const double h = 1e-4;
            var up = bias.Select(b => (double)b).ToArray();
            var down = (double[])up.Clone();
            up[v] += h;
            down[v] -= h;
            double numeric = (TeacherForced(model, prompt, rollout, up).LogP - TeacherForced(model, prompt, rollout, down).LogP) / (2 * h);
            Assert.True(Math.Abs(numeric - rollout.Gradient[v]) <= 1e-5 * (1 + Math.Abs(numeric)), $"token {v}: analytic {rollout.Gradient[v]}, numeric {numeric}");
        }
    }

    [Fact]
    public void TrainingIsReproducibleFromItsSeedAndMovesTheBias()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Once upon a time", bos: true);
        var value = new StoryValue(new RlaifTheorems.Lab.Data.ValueLexicon("tiny", ["happy", "sad", "good", "bad"], [2.7, -2.1, 1.9, -2.5], null));
        var options = new TrainingOptions { Steps = 2, Batch = 4, CheckpointEvery = 1, CheckpointStories = 4 };
        var (a, biasA) = new LogitBiasTraining(model, prompt, Judge, 24).Train(options, value, 3, 100);
        var (b, biasB) = new LogitBiasTraining(model, prompt, Judge, 24).Train(options, value, 3, 100);
        Assert.Equal(biasA, biasB);
        Assert.Equal(3, a.Count);
        Assert.Equal(a.Select(c => c.Divergence.Value), b.Select(c => c.Divergence.Value));
        Assert.Equal(0, a[0].Divergence.Value, 1e-12);
        Assert.True(biasA.Any(x => x != 0) && a[^1].Divergence.Value > 0);
    }

    /// <summary>The trajectory read token by token with the bias on every position's logits, its ending token included (none when the
    /// story was cut at the cap): log π_b(y), Σ_t KL, log π₀(y), in double from the pass's logits.</summary>
    private static (double LogP, double Kl, double LogQ) TeacherForced(LanguageModel model, int[] prompt, LogitBiasTraining.Rollout rollout, double[] bias)
    {
        var sequence = model.NewSequence();
        foreach (int t in prompt) sequence.Read(t);
        double logP = 0, kl = 0, logQ = 0;
        int[] trajectory = rollout.EndToken is int end ? [.. rollout.Tokens, end] : rollout.Tokens;
        for (int k = 0; k < trajectory.Length; k++)
        {
            var z = sequence.Logits.ToArray();
            double maxP = z.Select((x, v) => x + bias[v]).Max(), maxQ = z.Max(x => (double)x);
            double sumP = z.Select((x, v) => Math.Exp(x + bias[v] - maxP)).Sum(), sumQ = z.Sum(x => Math.Exp(x - maxQ));
            double LogPOf(int v) => z[v] + bias[v] - maxP - Math.Log(sumP);
            double LogQOf(int v) => z[v] - maxQ - Math.Log(sumQ);
            for (int v = 0; v < z.Length; v++) kl += Math.Exp(LogPOf(v)) * (LogPOf(v) - LogQOf(v));
            logP += LogPOf(trajectory[k]);
            logQ += LogQOf(trajectory[k]);
            if (k < rollout.Tokens.Length) sequence.Read(trajectory[k]);
        }
        return (logP, kl, logQ);
    }
}
