using System.CommandLine;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Figures;
using RlaifTheorems.Lab.Studies;

namespace RlaifTheorems.Cli.Lab;

/// <summary><c>lab</c>: the theory on real representations and human value ratings (THEORY R1–R4): tables on standard output,
/// optionally a JSON report and figures.</summary>
public sealed class LabCommand
{
    /// <summary>The study names accepted on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, LabStudy> StudyNames = new Dictionary<string, LabStudy>
    {
        ["ceiling"] = LabStudy.Ceiling, ["constitutions"] = LabStudy.Constitutions, ["adversarial"] = LabStudy.Adversarial,
        ["path"] = LabStudy.Path, ["all"] = LabStudy.All,
    };

    /// <summary>The studies to run.</summary>
    public readonly Argument<string[]> Studies = new("studies") { Description = "Studies to run: ceiling (R1), constitutions (R2, R4 census, S1), adversarial (R3), path (R4); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
    /// <summary>Representation models.</summary>
    public readonly Option<string> Encoders = new("--encoders") { Description = "Comma-separated representation models: minilm, arctic-xs, glove-100d.", DefaultValueFactory = _ => "minilm,arctic-xs,glove-100d" };
    /// <summary>Human value lexicons.</summary>
    public readonly Option<string> Lexicons = new("--lexicons") { Description = "Comma-separated human value lexicons: vader, afinn.", DefaultValueFactory = _ => "vader,afinn" };
    /// <summary>A researcher's own representations.</summary>
    public readonly Option<string[]> Activations = new("--activations") { Description = "Your own representations: an n×d .npy (float32/float64, C or Fortran order, format 1–3), read memory-mapped in chunks; several files (one per layer, the same items and values) are a layer sweep.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true };
    /// <summary>Their values.</summary>
    public readonly Option<string?> Values = new("--values") { Description = "With --activations: one value per item, .npy or CSV." };
    /// <summary>The seed.</summary>
    public readonly Option<int> Seed = new("--seed") { Description = "Seed of folds, bootstrap, random constitutions and judged pairs.", DefaultValueFactory = _ => 1 };
    /// <summary>Bootstrap resamples.</summary>
    public readonly Option<int> Resamples = new("--resamples") { Description = "Bootstrap resamples for ρ̂'s interval.", DefaultValueFactory = _ => 1000 };
    /// <summary>Refitting bootstrap resamples.</summary>
    public readonly Option<int> RefitResamples = new("--refit-resamples") { Description = "Resamples of ρ̂'s refitting bootstrap (each refits the five readouts; 0 skips it).", DefaultValueFactory = _ => 100 };
    /// <summary>S1's replications.</summary>
    public readonly Option<int> JudgeReplications = new("--judge-replications") { Description = "Independent replications of S1 (fresh pairs and labels) behind the 95% interval on the mean A(d̂_N); 1 reports the point only.", DefaultValueFactory = _ => 20 };
    /// <summary>Supplied constitutions.</summary>
    public readonly Option<string[]> Constitution = new("--constitution") { Description = "A constitution of your own, evaluated beside the built-ins (repeatable): POSITIVE/NEGATIVE with entries split by ';' (words or texts), text:TEXT, or vector:FILE|NUMBERS (with --activations, vectors only).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
    /// <summary>A file of supplied constitutions.</summary>
    public readonly Option<string?> ConstitutionFile = new("--constitutions") { Description = "A JSON array of constitutions: {\"name\", \"positive\": [...], \"negative\": [...]}, {\"name\", \"text\"} or {\"name\", \"vector\": [...]}." };
    /// <summary>At most this many items per lexicon.</summary>
    public readonly Option<int?> MaxItems = new("--max-items") { Description = "At most this many items per lexicon (a seeded sample)." };
    /// <summary>The JSON report's file.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write the JSON report to this file (checked before the run starts)." };
    /// <summary>The Markdown report's file.</summary>
    public readonly Option<string?> Markdown = new("--markdown") { Description = "Write the report's tables as Markdown to this file (checked before the run starts)." };
    /// <summary>The export folder.</summary>
    public readonly Option<string?> Export = new("--export-items") { Description = "Write each encoder and lexicon's items, values, names, generation direction and constitution directions into this folder (for docs/lab/recompute.py)." };
    /// <summary>The figures' folder.</summary>
    public readonly Option<string?> FiguresFolder = new("--figures") { Description = "Write the lab's figures (PNG and SVG) into this folder." };
    /// <summary>The cache folder.</summary>
    public readonly Option<string?> Cache = new("--cache") { Description = "Where fetched packages and embeddings are kept (default $RLAIF_LAB_CACHE or ~/.cache/rlaif-theorems)." };
    /// <summary>No progress.</summary>
    public readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No progress on standard error." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        foreach (var (option, least) in new[] { (Seed, 0), (Resamples, 1), (RefitResamples, 0), (JudgeReplications, 1) })
            option.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < least) r.AddError($"{option.Name} must be at least {least}"); });
        MaxItems.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 10) r.AddError("--max-items must be at least 10"); });
        var lab = new Command("lab", "The theory on real representations: ρ̂ and its ceiling (R1), constitutions as concept directions (R2), the worst reachable constitution and what it activates (R3), exact RLAIF over real items against the linear-Gaussian predictions (R4)." +
            "\n\nExamples:\n  rlaif-theorems lab --json lab.json --figures docs/figures/lab\n  rlaif-theorems lab ceiling --encoders minilm --lexicons vader --seed 7\n  rlaif-theorems lab ceiling adversarial --activations acts.npy --values values.csv" +
            "\n\nExit codes: 0 measured, 2 bad usage or data that cannot be fetched or read (one line names it).")
            { Studies, Encoders, Lexicons, Activations, Values, Constitution, ConstitutionFile, Seed, Resamples, RefitResamples, JudgeReplications, MaxItems, Json, Markdown, Export, FiguresFolder, Cache, Quiet };
        lab.SetAction(p => Run(p.GetValue(Studies) ?? [], p.GetValue(Constitution) ?? [], p.GetValue(ConstitutionFile), new LabOptions
        {
            Encoders = Split(p.GetValue(Encoders)!), Lexicons = Split(p.GetValue(Lexicons)!), Seed = p.GetValue(Seed),
            Resamples = p.GetValue(Resamples), RefitResamples = p.GetValue(RefitResamples), JudgeReplications = p.GetValue(JudgeReplications), MaxItems = p.GetValue(MaxItems), Activations = p.GetValue(Activations) ?? [], ExportFolder = p.GetValue(Export), Values = p.GetValue(Values),
        }, p.GetValue(Json), p.GetValue(Markdown), p.GetValue(FiguresFolder), p.GetValue(Cache), p.GetValue(Quiet)));
        lab.Add(new MomentsCommand().Create());
        lab.Add(new MergeMomentsCommand().Create());
        lab.Add(new GenerateCommand().Create());
        lab.Add(new StoriesCommand().Create());
        return lab;
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs the lab; returns the exit code (0 measured, 2 bad usage or data).</summary>
    public static int Run(string[] studies, string[] constitutions, string? constitutionFile, LabOptions options, string? json, string? markdown,
        string? figures, string? cacheFolder, bool quiet)
    {
        var chosen = LabStudy.None;
        foreach (var s in studies.Length == 0 ? ["all"] : studies)
            if (StudyNames.TryGetValue(s, out var study)) chosen |= study;
            else return Say.Usage("lab", $"unknown study '{s}' (known: {string.Join(", ", StudyNames.Keys)})");
        if (ReportOutput.Check("lab", json) is int bad) return bad;
        if (markdown is not null && RlaifTheorems.Verification.Reports.OutputFile.Problem(markdown, "--markdown") is { } problem) return Say.Usage("lab", problem);
        if (figures is not null && File.Exists(figures)) return Say.Usage("lab", $"--figures {figures} is a file, not a folder");
        try
        {
            var supplied = constitutions.Select(SuppliedConstitutions.Parse).ToList();
            if (constitutionFile is not null) supplied.AddRange(SuppliedConstitutions.ReadFile(constitutionFile));
            options = options with { Constitutions = supplied };
        }
        catch (Exception e) when (e is LabDataException or NpyFormatException or IOException or UnauthorizedAccessException)
        {
            return Say.Usage("lab", e.Message);
        }
        LabReport report;
        try
        {
            var progress = new LabProgress(quiet);
            report = new LabRun(options with { Studies = chosen }, new LabCache(cacheFolder) { Say = progress.Note }, progress).Run();
        }
        catch (Exception e) when (e is LabDataException or NpyFormatException or ModelInputException or IOException or UnauthorizedAccessException)
        {
            return Say.Usage("lab", e.Message);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"lab: internal error ({e.GetType().Name}): {e.Message.Split('\n')[0]}");
            return ExitCodes.Failed;
        }
        LabTables.Print(report);
        if (json is not null) ReportOutput.Write("lab", json, report);
        if (markdown is not null)
        {
            File.WriteAllText(markdown, LabMarkdown.Of(report));
            Console.Error.WriteLine($"lab: Markdown report written to {markdown}");
        }
        if (figures is not null)
            foreach (var file in LabFigures.WriteAll(report, figures)) Console.Error.WriteLine($"lab: figure {file}");
        return ExitCodes.Ok;
    }
}
