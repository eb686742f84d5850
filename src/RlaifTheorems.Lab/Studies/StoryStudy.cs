using System.Diagnostics;
using System.Security.Cryptography;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.LanguageModels;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>The sizes and seed of an R5 run.</summary>
public sealed record StoryStudyOptions
{
    /// <summary>Stories drawn from the base model.</summary>
    public int Stories { get; init; } = 2000;
    /// <summary>New tokens per story at most.</summary>
    public int MaxNewTokens { get; init; } = 448;
    /// <summary>Story i draws from SplitMix64 stream (seed, i); the bootstrap and folds derive from it too.</summary>
    public ulong Seed { get; init; } = 1;
    /// <summary>Bootstrap resamples.</summary>
    public int Resamples { get; init; } = 1000;
    /// <summary>Stories per steering strength and for the ablation.</summary>
    public int SteeringStories { get; init; } = 400;
    /// <summary>The prompt every story continues.</summary>
    public string Prompt { get; init; } = "Once upon a time";
    /// <summary>Steering strengths α, in units of the typical residual norm.</summary>
    public double[] Alphas { get; init; } = [-4, -2, -1, 0, 1, 2, 4];
    /// <summary>RLAIF by training (null: not run).</summary>
    public TrainingOptions? Training { get; init; } = new();
}

/// <summary>
/// THEORY R5: the theory's quantities on a real language model's own stories, judgments and interventions. Every score is
/// reported with its interval, decided or not; definitions are THEORY's.
/// </summary>
public static class StoryStudy
{
    /// <summary>Runs R5 with <paramref name="lexicon"/>'s ratings as the true value.</summary>
    public static StoryStudyResult Run(LanguageModel model, ValueLexicon lexicon, StoryStudyOptions options, ILabProgress progress)
    {
        var watch = Stopwatch.StartNew();
        var judges = JudgeConstitution.BuiltIn;
        var sampler = new StorySampler(model, options.Prompt, judges, options.MaxNewTokens);
        var value = new StoryValue(lexicon);
        var drawn = sampler.Sample(options.Stories, options.Seed, null, progress.Start("writing and judging stories", options.Stories));
        var (stories, values, rated) = Valued(drawn, value);
        if (stories.Length < 20) throw new LabDataException($"only {stories.Length} of {options.Stories} stories have a word {lexicon.Name} rates; at least 20 are needed");
        progress.Note($"{stories.Length} of {options.Stories} stories valued ({drawn.Count(s => s is null)} empty, {drawn.Count(s => s is not null) - stories.Length} without a rated word)");

        int n = stories.Length, seed = (int)(options.Seed % int.MaxValue);
        var names = judges.Select(j => j.Name).Append(JudgeConstitution.LengthControl).ToArray();
        var kinds = judges.Select(j => j.Kind).Append(JudgeKind.Control).ToArray();
        var scores = Enumerable.Range(0, names.Length).Select(k => stories.Select(s => k < judges.Count ? s.Scores[k] : s.Tokens.Length).ToArray()).ToArray();
        var generation = stories.Select(s => s.LogLikelihood / s.Tokens.Length).ToArray();
        var indices = Bootstrap.Indices(n, options.Resamples, seed);
        double bonferroni = 1 - 0.05 / names.Length;
        BootstrapEstimate Estimate(double point, Func<int[], double> statistic)
        {
            var estimates = Bootstrap.Estimates(indices, statistic);
            var (low, high) = Bootstrap.Percentile(estimates, 0.95);
            var (bLow, bHigh) = Bootstrap.Percentile(estimates, bonferroni);
            return new BootstrapEstimate(point, low, high, bLow, bHigh);
        }
        var generationAlignment = Estimate(Correlation.Pearson(generation, values), ix => Correlation.Pearson(generation, values, ix));

        var layers = StoryLayers.Run(model, stories, values, generation, scores, names, lexicon, options, progress);
        var best = layers.MaxBy(l => l.Stories.Rho)!;
        var features = StoryLayers.Features(stories, best.Layer, model.Config.Dim);
        var readouts = new Readouts(features, n, model.Config.Dim);
        var direction = readouts.Readout(values).Normalize(2);
        double scale = Enumerable.Range(0, n).Average(i => Vector<double>.Build.DenseOfArray(features.AsSpan(i * model.Config.Dim, model.Config.Dim).ToArray()).L2Norm());
        var unit = direction.Select(x => (float)x).ToArray();

        var steering = new List<SteeringPoint>();
        var steerSink = progress.Start($"steering at layer {best.Layer} ({options.Alphas.Length} strengths × {options.SteeringStories} stories)", options.Alphas.Length);
        var baseSubset = drawn.Take(options.SteeringStories).ToArray();
        for (int a = 0; a < options.Alphas.Length; a++)
        {
            double alpha = options.Alphas[a];
            var steered = alpha == 0 ? baseSubset : sampler.Sample(options.SteeringStories, options.Seed, ResidualEdits.Steer(best.Layer, (float)(alpha * scale), unit));
            var (_, v, _) = Valued(steered, value);
            steering.Add(new SteeringPoint(alpha, v.Length, BootstrapEstimate.OfMean(v, options.Resamples, seed + 1 + a, bonferroni)));
            steerSink.Report(a + 1);
        }
        var ablatedDrawn = sampler.Sample(options.SteeringStories, options.Seed, ResidualEdits.Ablate(unit), progress.Start("ablating the value direction at every layer", options.SteeringStories));
        var (ablated, ablatedValues, _) = Valued(ablatedDrawn, value);
        var (unablated, unablatedValues, _) = Valued(baseSubset, value);

        var results = new List<StoryScoreResult>();
        for (int k = 0; k < names.Length; k++)
        {
            var t = scores[k];
            var alignment = Estimate(Correlation.Pearson(t, values), ix => Correlation.Pearson(t, values, ix));
            var gap = Estimate(alignment.Value - generationAlignment.Value, ix => Correlation.Pearson(t, values, ix) - Correlation.Pearson(generation, values, ix));
            var path = StoryPaths.Exact(generation, t, values, alignment, gap);
            int kk = k;
            double Score(Story s) => kk < judges.Count ? s.Scores[kk] : s.Tokens.Length;
            var readout = readouts.Readout(t);
            double prediction = readouts.Alignment(readout - direction * readout.DotProduct(direction), values);
            var ablation = new AblationResult(ablated.Length,
                BootstrapEstimate.OfCorrelation(unablated.Select(Score).ToArray(), unablatedValues, options.Resamples, seed, bonferroni),
                BootstrapEstimate.OfCorrelation(ablated.Select(Score).ToArray(), ablatedValues, options.Resamples, seed, bonferroni), prediction);
            var judge = k < judges.Count ? judges[k] : null;
            results.Add(new StoryScoreResult(names[k], kinds[k], judge?.Suffix ?? "", judge?.Positive ?? "", judge?.Negative ?? "", alignment, gap, path, ablation));
        }

        var training = options.Training is null ? [] : StoryTraining.Run(model, sampler.Prompt, value, results, scores, names, values, options, progress);

        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        StoryExample Example(int i) => new(stories[i].Index, values[i], generation[i], options.Prompt + stories[i].Text);
        string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(model.ModelPath)));
        var c = model.Config;
        return new StoryStudyResult(model.ModelPath, sha, $"dim {c.Dim}, hidden {c.HiddenDim}, {c.Layers} layers, {c.Heads} heads, {c.KvHeads} kv heads, vocabulary {c.VocabSize}, sequence {c.SeqLen}",
            options.Prompt, options.Seed, lexicon.Name, options.Resamples, sampler.MaxNewTokens, options.Stories, drawn.Count(s => s is null),
            drawn.Count(s => s is not null) - n, n, stories.Average(s => s.Tokens.Length), rated.Average(), generationAlignment, results, layers,
            best.Layer, scale, direction.ToArray(), steering, training, order.TakeLast(3).Reverse().Select(Example).ToArray(), order.Take(3).Select(Example).ToArray(), watch.Elapsed.TotalSeconds);
    }

    /// <summary>The stories that have a value, their values and rated-word counts.</summary>
    private static (Story[] Stories, double[] Values, int[] Rated) Valued(Story?[] drawn, StoryValue value)
    {
        var kept = new List<Story>();
        var values = new List<double>();
        var rated = new List<int>();
        foreach (var story in drawn)
        {
            if (story is null) continue;
            var (v, count) = value.Of(story.Text);
            if (v is null) continue;
            kept.Add(story);
            values.Add(v.Value);
            rated.Add(count);
        }
        return (kept.ToArray(), values.ToArray(), rated.ToArray());
    }
}
