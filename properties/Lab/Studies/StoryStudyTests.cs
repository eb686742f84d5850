using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.LanguageModels;
using RlaifTheorems.Lab.Studies;
using RlaifTheorems.Properties.Lab.LanguageModels;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>
/// R5's pieces against independent recomputations: a sampled story is the model's own (the same tokens as generation, its
/// log-likelihood and every judge score equal to scoring the whole text afresh, its representation the mean residual of a fresh
/// read), edits do what they state, the value and readouts are their definitions, and the whole study runs on a small sample
/// with every number finite and reversed constitutions exactly mirrored (with a handmade lexicon: no network).
/// </summary>
public sealed class StoryStudyTests
{
    private static readonly ValueLexicon Handmade = new("handmade",
        ["happy", "sad", "good", "bad", "love", "loved", "cry", "cried", "fun", "scared", "nice", "angry", "smile", "smiled", "hurt", "friend",
         "friends", "lost", "play", "broke", "kind", "mean", "help", "sorry", "best", "great", "mad", "safe"],
        [2.7, -2.1, 1.9, -2.5, 3.2, 2.9, -2.1, -2.0, 2.3, -1.9, 1.8, -2.3, 2.1, 2.0, -2.4, 2.2, 2.1, -1.3, 1.4, -1.6, 2.4, -1.6, 1.7, -0.3, 3.2, 3.1, -2.2, 1.9],
        null);

    [Fact]
    public void SampledStoriesAreTheModelsOwnAndEveryScoreIsRecomputable()
    {
        var model = CheckpointFiles.Stories;
        var judges = JudgeConstitution.BuiltIn;
        var sampler = new StorySampler(model, "Once upon a time", judges, 40);
        var stories = sampler.Sample(6, seed: 5);
        var prompt = sampler.Prompt;
        foreach (var story in stories)
        {
            Assert.NotNull(story);
            Assert.Equal(model.Generate(prompt, sampler.MaxNewTokens, new Sampling(1, 1), 5, story!.Index), story.Tokens);
            Assert.Equal(model.LogProbability(prompt, story.Tokens), story.LogLikelihood, 1e-9);
            int[] context = [.. prompt, .. story.Tokens];
            for (int j = 0; j < judges.Count; j++)
            {
                int[] judged = [.. context, .. model.Tokenizer.Encode(judges[j].Suffix, bos: false)];
                double expected = model.LogProbability(judged, model.Tokenizer.Encode(judges[j].Positive, bos: false))
                                  - model.LogProbability(judged, model.Tokenizer.Encode(judges[j].Negative, bos: false));
                Assert.Equal(expected, story.Scores[j], 1e-9);
            }
            var fresh = model.NewSequence(keepResiduals: true);
            var mean = new double[model.Config.Layers + 1, model.Config.Dim];
            for (int t = 0; t < context.Length; t++)
            {
                fresh.Read(context[t]);
                if (t < prompt.Length) continue;
                for (int l = 0; l <= model.Config.Layers; l++)
                    for (int i = 0; i < model.Config.Dim; i++) mean[l, i] += fresh.Residuals![l][i];
            }
            for (int l = 0; l <= model.Config.Layers; l++)
                for (int i = 0; i < model.Config.Dim; i++) Assert.Equal(mean[l, i] / story.Tokens.Length, story.Layers[l][i], 1e-12 * (1 + Math.Abs(mean[l, i])));
        }
    }

    [Fact]
    public void SteeringByZeroChangesNothingAndAblationLeavesNoComponentAlongTheDirection()
    {
        var model = CheckpointFiles.Stories;
        var prompt = model.Tokenizer.Encode("Lily saw a big dog.", bos: true);
        var random = new Random(3);
        var unit = Enumerable.Range(0, model.Config.Dim).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        float norm = MathF.Sqrt(unit.Sum(u => u * u));
        for (int j = 0; j < unit.Length; j++) unit[j] /= norm;
        Assert.Equal(model.Generate(prompt, 30, Sampling.Greedy, 1), model.Generate(prompt, 30, Sampling.Greedy, 1, edit: ResidualEdits.Steer(2, 0f, unit)));
        Assert.NotEqual(model.Generate(prompt, 30, Sampling.Greedy, 1), model.Generate(prompt, 30, Sampling.Greedy, 1, edit: ResidualEdits.Steer(2, 40f, unit)));
        var sequence = model.NewSequence(keepResiduals: true);
        var ablate = ResidualEdits.Ablate(unit);
        foreach (int token in prompt)
        {
            sequence.Read(token, ablate);
            foreach (var x in sequence.Residuals!)
            {
                double along = x.Select((v, j) => (double)v * unit[j]).Sum(), size = Math.Sqrt(x.Sum(v => (double)v * v));
                Assert.True(Math.Abs(along) <= 1e-5 * size, $"⟨x, û⟩ = {along} after ablation, ‖x‖ = {size}");
            }
        }
    }

    /// <summary>A model too short for the prompt and the judging suffixes is refused with the lab's one-line error, not an exception
    /// that would reach the user as a stack trace.</summary>
    [Fact]
    public void AModelTooShortToJudgeIsRefusedInOneLine()
    {
        var path = CheckpointFiles.Write(dim: 8, hidden: 12, layers: 1, heads: 2, kvHeads: 1, vocab: 512, seqLen: 8, shared: true, seed: 5);
        Assert.True(LanguageModel.TryLoad(path, CheckpointFiles.Tok512, out var model, out var problem), problem);
        var e = Assert.Throws<LabDataException>(() => new StorySampler(model!, "Once upon a time", JudgeConstitution.BuiltIn, 40));
        Assert.Contains("too few for the prompt", e.Message);
        Assert.Throws<LabDataException>(() => new LogitBiasTraining(model!, model!.Tokenizer.Encode("Once upon a time", bos: true), JudgeConstitution.BuiltIn[0], 40));
    }

    [Fact]
    public void AStorysValueIsTheMeanValenceOfItsRatedWords()
    {
        var value = new StoryValue(Handmade);
        var (v, rated) = value.Of("The happy dog was SAD, and then happy again.");
        Assert.Equal(3, rated);
        Assert.Equal((2.7 - 2.1 + 2.7) / 3, v!.Value, 1e-12);
        Assert.Null(value.Of("The dog ran to the tree.").Value);
    }

    [Fact]
    public void ReadoutsRecoverALinearValueExactly()
    {
        var random = new Random(8);
        int n = 300, d = 7;
        var rows = Enumerable.Range(0, n * d).Select(_ => random.NextDouble() - 0.5).ToArray();
        var beta = Enumerable.Range(0, d).Select(_ => random.NextDouble() - 0.5).ToArray();
        var y = Enumerable.Range(0, n).Select(i => 3 + Enumerable.Range(0, d).Sum(j => beta[j] * rows[i * d + j])).ToArray();
        var readouts = new Readouts(rows, n, d);
        var u = readouts.Readout(y);
        for (int j = 0; j < d; j++) Assert.Equal(beta[j], u[j], 1e-9);
        Assert.Equal(1, readouts.Alignment(u, y), 1e-12);
        Assert.Equal(1, readouts.MetricCosine(u, readouts.Readout(y.Select(v => 2 * v + 1).ToArray())), 1e-12);
        Assert.Equal(-1, readouts.MetricCosine(u, -u), 1e-12);
    }

    [Fact]
    public void TheStudyRunsOnASmallSampleWithEveryNumberFiniteAndReversedScoresMirrored()
    {
        var options = new StoryStudyOptions
        {
            Stories = 40, MaxNewTokens = 96, SteeringStories = 10, Resamples = 100, Seed = 2,
            Training = new TrainingOptions { Steps = 2, Batch = 4, CheckpointEvery = 1, CheckpointStories = 10 },
        };
        var result = StoryStudy.Run(CheckpointFiles.Stories, Handmade, options, new SilentProgress());
        Assert.True(result.Valued >= 20, $"{result.Valued} stories valued");
        Assert.Equal(options.Stories, result.Valued + result.Empty + result.Unvalued);
        Assert.Equal(JudgeConstitution.BuiltIn.Count + 1, result.Scores.Count);
        foreach (var (name, reversed) in new[] { ("story happy/sad", "story sad/happy"), ("Tom kind/mean", "Tom mean/kind"), ("end good/bad", "end bad/good") })
            Assert.Equal(result.Scores.Single(s => s.Name == name).Alignment.Value, -result.Scores.Single(s => s.Name == reversed).Alignment.Value, 1e-12);
        Assert.Equal(CheckpointFiles.Stories.Config.Layers + 1, result.Layers.Count);
        Assert.Contains(result.Steering, p => p.Alpha == 0);
        foreach (var s in result.Scores)
        {
            Assert.True(s.Alignment.Low <= s.Alignment.Value + 1e-12 && s.Alignment.Value - 1e-12 <= s.Alignment.High, $"{s.Name}: {s.Alignment}");
            Assert.True(s.Alignment.BonferroniLow <= s.Alignment.Low && s.Alignment.High <= s.Alignment.BonferroniHigh);
            Assert.Equal(0, s.Path.Strengths[0]);
            Assert.True(s.Path.Strengths.Length == 1 || s.Path.EffectiveSizeAtEnd >= 50, $"{s.Name}: the grid ran past an effective size of 50");
        }
        Assert.NotEmpty(result.Training);
        foreach (var t in result.Training)
        {
            Assert.Equal([0, 1, 2], t.Checkpoints.Select(c => c.Step));
            Assert.Equal(0, t.Checkpoints[0].Divergence.Value, 1e-12);
            Assert.Equal(t.ExactDivergence.Length, t.PredictedValue.Length);
        }
        string json = JsonSerializer.Serialize(result, JsonFormat.Options);
        Assert.DoesNotContain("NaN", json);
        Assert.Contains(result.ModelSha256, File.ReadAllText(Path.Combine(RepositoryFiles.Root, "models", "stories260K", "README.md")));
    }
}
