using System.CommandLine;
using System.Globalization;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Figures;
using RlaifTheorems.Lab.Studies;
using Spectre.Console;

namespace RlaifTheorems.Cli.Lab;

/// <summary><c>lab lm</c>: THEORY R5 on a llama2.c checkpoint — its stories, its own judgments, exact RLAIF on the sample, the
/// ceiling by layer, steering and ablation.</summary>
public sealed class StoriesCommand
{
    /// <summary>The model.</summary>
    public readonly ModelOptions ModelOptions = new();
    /// <summary>Stories.</summary>
    public readonly Option<int> Stories = new("--stories") { Description = "Stories drawn from the base model (temperature 1, no top-p).", DefaultValueFactory = _ => 2000 };
    /// <summary>New tokens per story.</summary>
    public readonly Option<int> Steps = new("--steps") { Description = "New tokens per story at most.", DefaultValueFactory = _ => 448 };
    /// <summary>Steering sample.</summary>
    public readonly Option<int> SteeringStories = new("--steering-stories") { Description = "Stories per steering strength and for the ablation.", DefaultValueFactory = _ => 400 };
    /// <summary>The seed.</summary>
    public readonly Option<ulong> Seed = new("--seed") { Description = "Story i draws from SplitMix64 stream (seed, i); folds and bootstrap derive from it.", DefaultValueFactory = _ => 1UL };
    /// <summary>Bootstrap resamples.</summary>
    public readonly Option<int> Resamples = new("--resamples") { Description = "Bootstrap resamples for every interval.", DefaultValueFactory = _ => 1000 };
    /// <summary>Training steps.</summary>
    public readonly Option<int> TrainingSteps = new("--training-steps") { Description = "Policy-gradient steps of RLAIF by training per constitution (0 skips training).", DefaultValueFactory = _ => 30 };
    /// <summary>The lexicon.</summary>
    public readonly Option<string> Lexicon = new("--lexicon") { Description = "The human ratings that define a story's true value: vader or afinn.", DefaultValueFactory = _ => "vader" };
    /// <summary>The report.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write every result, with its provenance, to this file." };
    /// <summary>Figures.</summary>
    public readonly Option<string?> Figures = new("--figures") { Description = "Write R5's figures (PNG and SVG) into this folder." };
    /// <summary>The cache.</summary>
    public readonly Option<string?> Cache = new("--cache") { Description = "Where the fetched lexicon is kept (default $RLAIF_LAB_CACHE or ~/.cache/rlaif-theorems)." };
    /// <summary>No progress.</summary>
    public readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No progress on standard error." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var lm = new Command("lm", "R5: the theory on a real language model — it writes stories, judges them under eight constitutions (three reversed) and three controls, is moved towards its judgments exactly on the sample, and is steered and ablated along its value direction; the true value is the stories' mean VADER valence." +
            "\n\nExamples:\n  rlaif-theorems lab lm --json lm.json --figures docs/figures/lm\n  rlaif-theorems lab lm --stories 200 --steering-stories 50 --resamples 200" +
            "\n\nExit codes: 0 measured, 2 bad usage, a checkpoint or tokenizer that cannot be read, or a lexicon that cannot be fetched (one line names it).")
            { Stories, Steps, SteeringStories, Seed, Resamples, TrainingSteps, Lexicon, Json, Figures, Cache, Quiet };
        ModelOptions.AddTo(lm);
        lm.SetAction(Run);
        return lm;
    }

    private int Run(ParseResult p)
    {
        var options = new StoryStudyOptions
        {
            Stories = p.GetValue(Stories), MaxNewTokens = p.GetValue(Steps), SteeringStories = p.GetValue(SteeringStories), Seed = p.GetValue(Seed), Resamples = p.GetValue(Resamples),
            Training = p.GetValue(TrainingSteps) is > 0 and var steps ? new TrainingOptions { Steps = steps, CheckpointEvery = Math.Max(1, steps / 3) } : null,
        };
        if (p.GetValue(TrainingSteps) < 0) return Say.Usage("lab", $"--training-steps must be at least 0, not {p.GetValue(TrainingSteps)}");
        if (options.Stories < 20) return Say.Usage("lab", $"--stories must be at least 20, not {options.Stories}");
        if (options.MaxNewTokens < 1) return Say.Usage("lab", $"--steps must be at least 1, not {options.MaxNewTokens}");
        if (options.SteeringStories < 2 || options.SteeringStories > options.Stories) return Say.Usage("lab", $"--steering-stories must lie in 2…--stories ({options.Stories}), not {options.SteeringStories}");
        if (options.Resamples < 100) return Say.Usage("lab", $"--resamples must be at least 100, not {options.Resamples}");
        string lexiconName = p.GetValue(Lexicon)!;
        if (lexiconName is not ("vader" or "afinn")) return Say.Usage("lab", $"--lexicon must be vader or afinn, not '{lexiconName}'");
        string? json = p.GetValue(Json), figures = p.GetValue(Figures);
        if (ReportOutput.Check("lab", json) is int bad) return bad;
        if (figures is not null && File.Exists(figures)) return Say.Usage("lab", $"--figures {figures} is a file, not a folder");
        if (!ModelOptions.TryLoad(p, out var model, out var problem)) return Say.Usage("lab", problem!);
        StoryStudyResult result;
        try
        {
            var cache = new LabCache(p.GetValue(Cache));
            var lexicon = lexiconName == "vader" ? ValueLexicon.Vader(cache) : ValueLexicon.Afinn(cache);
            result = StoryStudy.Run(model!, lexicon, options, new LabProgress(p.GetValue(Quiet)));
        }
        catch (Exception e) when (e is LabDataException or IOException or UnauthorizedAccessException)
        {
            return Say.Usage("lab", e.Message);
        }
        try
        {
            Print(result);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"lab: internal error printing the tables ({e.GetType().Name}): {e.Message.Split('\n')[0]}");
            return ExitCodes.Failed;
        }
        if (json is not null && !ReportOutput.Write("lab", json, result)) return ExitCodes.Usage;
        if (figures is not null)
            foreach (var file in StoryFigures.WriteAll(result, figures)) Console.Error.WriteLine($"lab: figure {file}");
        return ExitCodes.Ok;
    }

    /// <summary>R5's tables.</summary>
    public static void Print(StoryStudyResult r)
    {
        var console = Tables.Console(220);
        string F(double x) => double.IsFinite(x) ? x.ToString("0.000", CultureInfo.InvariantCulture) : "–";
        string I(BootstrapEstimate e) => $"{F(e.Value)} [{F(e.Low)}, {F(e.High)}]";
        string Held(bool? held) => held is null ? "undecided" : held.Value ? "held" : "FAILED";
        console.MarkupLineInterpolated($"[bold]R5 on {Path.GetFileName(r.Model)}[/] ({r.Configuration}), prompt \"{r.Prompt}\", seed {r.Seed}: {r.Valued} of {r.Drawn} stories valued by {r.Lexicon} ({r.Empty} empty, {r.Unvalued} without a rated word), {r.MeanTokens:0.0} tokens and {r.MeanRatedWords:0.0} rated words on average; {r.Seconds:0.0} s");
        console.MarkupLineInterpolated($"A(g) = corr(ℓ̄, V), the base model's own length-normalised log-likelihood: {I(r.GenerationAlignment)}");
        var t = new Table().Title($"R5 constitutions on the model's own stories: A(c) and Δ = A(c) − A(g) with 95% bootstrap intervals (a sign is decided when the Bonferroni interval over {r.Scores.Count} scores excludes 0), and the exact policy on the sample against T1.2 and T1.4");
        foreach (var h in new[] { "score", "kind", "A(c)", "Δ", "λ_max (n_eff)", "T1.2 predicted → observed", "T1.2", "T1.4 predicted → observed (steps against)", "T1.4" }) t.AddColumn(h);
        foreach (var s in r.Scores)
        {
            var path = s.Path;
            Row(t, new[] { s.Name, s.Kind.ToString(), I(s.Alignment) + (s.Alignment.SignDecided ? "" : " ?"), I(s.Gap) + (s.Gap.SignDecided ? "" : " ?"),
                $"{path.Strengths[^1]:0.00} ({path.EffectiveSizeAtEnd:0})", $"{path.T12Predicted} → {path.T12Observed}", Held(path.T12Held),
                $"{path.T14Predicted} → {path.T14Observed} ({path.T14StepsAgainst})", Held(path.T14Held) });
        }
        console.Write(t);
        var layers = new Table().Title("R5 ceiling by layer (C3): ρ̂ of V read from the residual stream (5-fold ridge, 95% interval), and the first constitution's readout there");
        foreach (var h in new[] { "layer", "ρ̂ stories", "in-sample", "ρ̂ rated words", "words", Markup.Escape($"cos_Σ(u_c, u_V) [{r.Scores[0].Name}]"), "A(u_c)", "reachable sup / inf" }) layers.AddColumn(h);
        foreach (var l in r.Layers)
        {
            var first = l.Readouts[0];
            Row(layers, l.Layer == 0 ? "0 (embedding)" : l.Layer.ToString(), $"{F(l.Stories.Rho)} [{F(l.Stories.Low)}, {F(l.Stories.High)}]", F(l.Stories.InSample),
                l.Words is { } w ? $"{F(w.Rho)} [{F(w.Low)}, {F(w.High)}]" : "–", l.Words?.Items.ToString() ?? "–", F(first.MetricCosine), F(first.ReadoutAlignment),
                first.ReachableSupremum is double sup && first.ReachableInfimum is double inf ? $"{F(sup)} / {F(inf)}" : "–");
        }
        console.Write(layers);
        string steering = string.Join("; ", r.Steering.Select(s => $"α = {s.Alpha:+0;-0;0}: V = {(s.MeanValue is { } m ? I(m) : "–")} ({s.Stories} valued)"));
        console.MarkupLineInterpolated($"[bold]Steering[/] at layer {r.SteeringLayer} along the value readout, α in units of σ = {r.SteeringScale:0.00}: {steering}");
        var ablation = new Table().Title("Ablation of the value direction at every layer: A(c) on the same seeds' stories, unablated and ablated, and the linear prediction A(P⊥u_c)");
        foreach (var h in new[] { "score", "stories", "unablated", "ablated", "linear prediction" }) ablation.AddColumn(h);
        foreach (var s in r.Scores.Where(s => s.Ablation is not null))
            Row(ablation, s.Name, s.Ablation!.Stories.ToString(), I(s.Ablation.Unablated), I(s.Ablation.Ablated), F(s.Ablation.LinearPrediction));
        console.Write(ablation);
        foreach (var training in r.Training)
        {
            console.MarkupLineInterpolated($"[bold]RLAIF by training[/] on \"{training.Name}\" ({training.Rule}; A(c) = {F(training.JudgeAlignment)}, Δ = {F(training.Gap)}): T1.4 {training.T14Predicted} → {training.T14Observed}: {Held(training.T14Held)}");
            foreach (var c in training.Checkpoints)
                console.MarkupLineInterpolated($"  step {c.Step,2}: V = {(c.MeanValue is { } m ? I(m) : "–")} ({c.Stories} valued), KL = {I(c.Divergence)} nats, judge score {F(c.MeanScore)}");
            console.MarkupLineInterpolated($"  bias promotes {string.Join(", ", training.Promoted)}; demotes {string.Join(", ", training.Demoted)}");
        }
        foreach (var (label, examples) in new[] { ("highest", r.Highest), ("lowest", r.Lowest) })
            foreach (var e in examples)
                console.MarkupLineInterpolated($"story {e.Index} ({label} V = {e.Value:+0.00;-0.00}): {Shorten(e.Text)}");
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(Markup.Escape).ToArray());

    private static string Shorten(string text)
    {
        text = text.Replace('\n', ' ');
        return text.Length <= 160 ? text : text[..160] + "…";
    }
}
