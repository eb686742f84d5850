using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Lab.Studies;

/// <summary>THEORY R5's RLAIF by training, on the three constitutions its rules pick, beside the exact tilt of the sample and the
/// linear-Gaussian curve.</summary>
public static class StoryTraining
{
    /// <summary>RLAIF by training on the three constitutions THEORY's rules pick (a rule that picks none is skipped and said).</summary>
    public static List<TrainingResult> Run(LanguageModel model, int[] prompt, StoryValue value, List<StoryScoreResult> results, double[][] scores,
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
            var t = StoryPaths.Standardise(scores[Array.IndexOf(names, pick.Name)]);
            var policy = new ItemPolicy(new double[t.Length], t, values);
            double mean = values.Average(), sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
            double floor = Math.Max(50, values.Length / 20.0);
            var exactKl = new List<double>();
            var exactEv = new List<double>();
            for (int k = 0; k <= 200; k++)
            {
                double lambda = k * StoryPaths.Step;
                if (k > 0 && StoryPaths.EffectiveSize(new double[t.Length], t, lambda) < floor) break;
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
}
