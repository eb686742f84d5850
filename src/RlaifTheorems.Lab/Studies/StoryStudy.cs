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
    /// <summary>The grid step of λ (in standard deviations of the standardised judge score).</summary>
    public const double Step = 0.05;

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

        var layers = Layers(model, stories, values, generation, scores, names, lexicon, options, progress);
        var best = layers.MaxBy(l => l.Stories.Rho)!;
        var features = Features(stories, best.Layer, model.Config.Dim);
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
            steering.Add(new SteeringPoint(alpha, v.Length, MeanEstimate(v, options.Resamples, seed + 1 + a, bonferroni)));
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
            var path = ExactPath(generation, t, values, alignment, gap);
            int kk = k;
            double Score(Story s) => kk < judges.Count ? s.Scores[kk] : s.Tokens.Length;
            var readout = readouts.Readout(t);
            double prediction = readouts.Alignment(readout - direction * readout.DotProduct(direction), values);
            var ablation = new AblationResult(ablated.Length,
                MeanCorrelation(unablated.Select(Score).ToArray(), unablatedValues, options.Resamples, seed, bonferroni),
                MeanCorrelation(ablated.Select(Score).ToArray(), ablatedValues, options.Resamples, seed, bonferroni), prediction);
            var judge = k < judges.Count ? judges[k] : null;
            results.Add(new StoryScoreResult(names[k], kinds[k], judge?.Suffix ?? "", judge?.Positive ?? "", judge?.Negative ?? "", alignment, gap, path, ablation));
        }

        var training = options.Training is null ? [] : Train(model, sampler.Prompt, value, results, scores, names, values, options, progress);

        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        StoryExample Example(int i) => new(stories[i].Index, values[i], generation[i], options.Prompt + stories[i].Text);
        string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(model.ModelPath)));
        var c = model.Config;
        return new StoryStudyResult(model.ModelPath, sha, $"dim {c.Dim}, hidden {c.HiddenDim}, {c.Layers} layers, {c.Heads} heads, {c.KvHeads} kv heads, vocabulary {c.VocabSize}, sequence {c.SeqLen}",
            options.Prompt, options.Seed, lexicon.Name, options.Resamples, sampler.MaxNewTokens, options.Stories, drawn.Count(s => s is null),
            drawn.Count(s => s is not null) - n, n, stories.Average(s => s.Tokens.Length), rated.Average(), generationAlignment, results, layers,
            best.Layer, scale, direction.ToArray(), steering, training, order.TakeLast(3).Reverse().Select(Example).ToArray(), order.Take(3).Select(Example).ToArray(), watch.Elapsed.TotalSeconds);
    }

    /// <summary>RLAIF by training on the three constitutions THEORY's rules pick (a rule that picks none is skipped and said).</summary>
    private static List<TrainingResult> Train(LanguageModel model, int[] prompt, StoryValue value, List<StoryScoreResult> results, double[][] scores,
        string[] names, double[] values, StoryStudyOptions options, ILabProgress progress)
    {
        var picks = new List<(StoryScoreResult? Score, string Rule)>
        {
            (results.Where(r => r.Kind == JudgeKind.Value).MaxBy(r => r.Gap.Value), "Δ > 0: the value-laden constitution with the largest Δ"),
            (results.Where(r => r.Kind == JudgeKind.Control && r.Gap.SignDecided && r.Gap.Value < 0 && r.Name != JudgeConstitution.LengthControl)
                .MinBy(r => Math.Abs(r.Alignment.Value)), "Δ < 0: the control whose Δ is decided negative with the smallest |A(c)|"),
            (results.Where(r => r.Kind == JudgeKind.Reversed).MinBy(r => r.Alignment.Value), "adversarial: the reversed constitution with the most negative A(c)"),
        };
        var trained = new List<TrainingResult>();
        int seed = (int)(options.Seed % int.MaxValue);
        foreach (var (pick, rule) in picks)
        {
            if (pick is null)
            {
                progress.Note($"training: no constitution meets \"{rule}\"; skipped");
                continue;
            }
            var judge = JudgeConstitution.BuiltIn.Single(j => j.Name == pick.Name);
            var trainer = new LogitBiasTraining(model, prompt, judge, options.MaxNewTokens);
            var (checkpoints, bias) = trainer.Train(options.Training!, value, options.Seed, options.Resamples,
                progress.Start($"training on \"{pick.Name}\" ({options.Training!.Steps} steps × {options.Training.Batch} stories)", options.Training.Steps));
            var t = Standardise(scores[Array.IndexOf(names, pick.Name)]);
            var policy = new ItemPolicy(new double[t.Length], t, values);
            double mean = values.Average(), sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
            double floor = Math.Max(50, values.Length / 20.0);
            var exactKl = new List<double>();
            var exactEv = new List<double>();
            for (int k = 0; k <= 200; k++)
            {
                double lambda = k * Step;
                if (k > 0 && EffectiveSize(new double[t.Length], t, lambda) < floor) break;
                var (ev, kl, _) = policy.At(lambda);
                exactKl.Add(kl);
                exactEv.Add(ev);
            }
            var predicted = exactKl.Select(kl => mean + pick.Alignment.Value * sd * Math.Sqrt(2 * kl)).ToArray();
            var start = checkpoints[0].MeanValue;
            var end = checkpoints[^1].MeanValue;
            string t14Predicted = !pick.Alignment.SignDecided ? "undecided (A(c)'s interval contains 0)" : pick.Alignment.Value > 0 ? "EV rises" : "EV falls";
            bool decided = start is not null && end is not null && (end.Low > start.High || end.High < start.Low);
            string t14Observed = start is null || end is null ? "no value measured" : !decided ? "no change beyond the intervals" : end.Value > start.Value ? "EV rises" : "EV falls";
            bool? held = !pick.Alignment.SignDecided || !decided ? null : end!.Value > start!.Value == pick.Alignment.Value > 0;
            var order = Enumerable.Range(0, bias.Length).OrderByDescending(v => bias[v]).ToArray();
            string Piece(int v) => $"{model.Tokenizer.PieceText(v).Trim()} ({bias[v]:+0.00;-0.00})";
            trained.Add(new TrainingResult(pick.Name, rule, pick.Alignment.Value, pick.Gap.Value, checkpoints, exactKl.ToArray(), exactEv.ToArray(), predicted,
                t14Predicted, t14Observed, held, order.Take(8).Select(Piece).ToArray(), order.TakeLast(8).Reverse().Select(Piece).ToArray()));
        }
        return trained;
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

    /// <summary>R4's exact policy over the stories with s = standardised ℓ̄ and t = standardised score, on the grid λ = 0, 0.05, …
    /// while the tilted sample's effective size stays at least max(50, n/20), and the comparisons with T1.2 and T1.4.</summary>
    private static StoryPathResult ExactPath(double[] generation, double[] score, double[] values, BootstrapEstimate alignment, BootstrapEstimate gap)
    {
        var s = Standardise(generation);
        var t = Standardise(score);
        int n = values.Length;
        var policy = new ItemPolicy(s, t, values);
        double aG = Correlation.Pearson(generation, values), aC = alignment.Value, r = Correlation.Pearson(generation, score);
        double mean = values.Average(), sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / n);
        double floor = Math.Max(50, n / 20.0);
        var strengths = new List<double>();
        var ev = new List<double>();
        var kl = new List<double>();
        var realised = new List<double>();
        double effective = n;
        for (int k = 0; k <= 200; k++)
        {
            double lambda = k * Step;
            double size = EffectiveSize(s, t, lambda);
            if (k > 0 && size < floor) break;
            var (e, d, a) = policy.At(lambda);
            strengths.Add(lambda);
            ev.Add(e);
            kl.Add(d);
            realised.Add(a);
            effective = size;
        }
        var predictedEv = strengths.Select(l => mean + sd * (aG + l * aC)).ToArray();
        var predictedA = strengths.Select(l => (aG + l * aC) / Math.Sqrt(Math.Max(1e-300, 1 + 2 * l * r + l * l))).ToArray();
        int last = strengths.Count - 1;
        string t12Predicted = !gap.SignDecided ? "undecided (Δ's interval contains 0)" : gap.Value > 0 ? "ends above Â(0)" : "ends below Â(0)";
        bool endsAbove = realised[last] > realised[0];
        bool? t12Held = last == 0 || !gap.SignDecided ? null : endsAbove == gap.Value > 0;
        string t14Predicted = !alignment.SignDecided ? "undecided (A(c)'s interval contains 0)" : alignment.Value > 0 ? "EV rises" : "EV falls";
        bool rises = ev[last] > ev[0];
        // Steps of the grid against the predicted direction (against the observed one when the prediction is undecided).
        bool up = alignment.SignDecided ? alignment.Value > 0 : rises;
        int against = 0;
        for (int k = 1; k <= last; k++) if (up ? ev[k] < ev[k - 1] : ev[k] > ev[k - 1]) against++;
        bool? t14Held = last == 0 || !alignment.SignDecided ? null : rises == alignment.Value > 0;
        return new StoryPathResult(strengths.ToArray(), ev.ToArray(), kl.ToArray(), realised.ToArray(), predictedEv, predictedA, effective,
            t12Predicted, last == 0 ? "no grid point beyond 0" : endsAbove ? "ends above Â(0)" : "ends below Â(0)", t12Held,
            t14Predicted, last == 0 ? "no grid point beyond 0" : rises ? "EV rises" : "EV falls", against, t14Held);
    }

    private static double EffectiveSize(double[] s, double[] t, double lambda)
    {
        double top = double.NegativeInfinity;
        for (int i = 0; i < s.Length; i++) top = Math.Max(top, s[i] + lambda * t[i]);
        double sum = 0, squares = 0;
        for (int i = 0; i < s.Length; i++)
        {
            double w = Math.Exp(s[i] + lambda * t[i] - top);
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }

    private static double[] Standardise(double[] x)
    {
        double mean = x.Average(), sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        return x.Select(v => sd > 0 ? (v - mean) / sd : 0).ToArray();
    }

    private static BootstrapEstimate? MeanEstimate(double[] v, int resamples, int seed, double level)
    {
        if (v.Length < 2) return null;
        var indices = Bootstrap.Indices(v.Length, resamples, seed);
        var estimates = Bootstrap.Estimates(indices, ix => ix.Average(i => v[i]));
        var (low, high) = Bootstrap.Percentile(estimates, 0.95);
        var (bLow, bHigh) = Bootstrap.Percentile(estimates, level);
        return new BootstrapEstimate(v.Average(), low, high, bLow, bHigh);
    }

    private static BootstrapEstimate MeanCorrelation(double[] x, double[] y, int resamples, int seed, double level)
    {
        var indices = Bootstrap.Indices(y.Length, resamples, seed);
        var estimates = Bootstrap.Estimates(indices, ix => Correlation.Pearson(x, y, ix));
        var (low, high) = Bootstrap.Percentile(estimates, 0.95);
        var (bLow, bHigh) = Bootstrap.Percentile(estimates, level);
        return new BootstrapEstimate(Correlation.Pearson(x, y), low, high, bLow, bHigh);
    }

    /// <summary>Row-major stories × D of layer <paramref name="layer"/>'s story representations.</summary>
    private static double[] Features(Story[] stories, int layer, int dim)
    {
        var rows = new double[stories.Length * dim];
        for (int i = 0; i < stories.Length; i++) stories[i].Layers[layer].CopyTo(rows, i * dim);
        return rows;
    }

    private static List<LayerResult> Layers(LanguageModel model, Story[] stories, double[] values, double[] generation, double[][] scores, string[] names,
        ValueLexicon lexicon, StoryStudyOptions options, ILabProgress progress)
    {
        var c = model.Config;
        int seed = (int)(options.Seed % int.MaxValue);
        var words = lexicon.Words();
        var (spelled, wordLayers) = StorySampler.WordRepresentations(model, words.Items);
        var wordValue = words.Items.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => words.Values[p.i]);
        var wordValues = spelled.Select(w => wordValue[w]).ToArray();
        progress.Note($"{spelled.Length} of {words.Count} {lexicon.Name} words are spelled in at most 4 tokens");
        var sink = progress.Start("ceiling and readouts by layer", c.Layers + 1);
        var layers = new List<LayerResult>();
        string label = Path.GetFileNameWithoutExtension(model.ModelPath);
        for (int l = 0; l <= c.Layers; l++)
        {
            var features = Features(stories, l, c.Dim);
            var storyItems = new ItemSet(stories.Select(s => $"story {s.Index}").ToArray(), features, values, c.Dim, $"{label} layer {l} stories");
            var storyCeiling = CeilingStudy.Run(storyItems, $"{label} layer {l}", $"{lexicon.Name} (stories)", null, seed, options.Resamples);
            CeilingResult? wordCeiling = null;
            if (spelled.Length >= 20)
            {
                var wordItems = new ItemSet(spelled, wordLayers[l], wordValues, c.Dim, $"{label} layer {l} words");
                wordCeiling = CeilingStudy.Run(wordItems, $"{label} layer {l}", $"{lexicon.Name} (words)", null, seed, options.Resamples);
            }
            var readouts = new Readouts(features, stories.Length, c.Dim);
            var uV = readouts.Readout(values);
            var uG = readouts.Readout(generation);
            var geometry = new EmpiricalGeometry(ItemPasses.Moments(storyItems).Total());
            var rows = new List<LayerReadout>();
            for (int k = 0; k < names.Length; k++)
            {
                var uC = readouts.Readout(scores[k]);
                double? sup = null, inf = null;
                if (readouts.Variance(uC) > 0 && readouts.Variance(uG) > 0)
                {
                    var reach = new ReachableAlignment(geometry.Model(uC, uG));
                    (sup, inf) = (reach.Supremum, reach.Infimum);
                }
                rows.Add(new LayerReadout(names[k], readouts.MetricCosine(uC, uV), readouts.Alignment(uC, values), sup, inf));
            }
            layers.Add(new LayerResult(l, storyCeiling, wordCeiling, rows));
            sink.Report(l + 1);
        }
        return layers;
    }
}
