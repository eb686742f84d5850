using System.CommandLine;
using System.Globalization;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Cli;

/// <summary>Entry point (exit codes: 0 all as expected, 1 an entry failed, 2 bad usage or input): wires the sub-commands
/// <c>check</c> (and <c>check merge</c>), <c>eval</c>, <c>replay</c>, <c>list</c> and <c>figures</c>.</summary>
public static class Program
{
    private const string ExitCodes = "\n\nExit codes: 0 as expected, 1 an entry failed (a THEOREM or LAW broke, a PROBE was not refuted), 2 bad usage or input.";

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        // Numbers print the same under every locale (0.30, not 0,30; NaN and Infinity spelled alike), so tables, messages and
        // replay commands can be parsed and pasted back; the usage messages are English like the rest of the output.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        BatchedLinearAlgebra.Use(new SimdLinearAlgebra());
        var root = new RootCommand("rlaif-theorems: checks the latent value model of RLAIF (why RLAIF works: values as directions, constitutions as projections) with property-based tests." +
            "\n\nExample: rlaif-theorems check" + ExitCodes);

        var ids = new Argument<string[]>("ids") { Description = "Catalogue ID prefixes to run (e.g. T1 P3.1); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
        var maxTest = new Option<int>("--max-test") { Description = "Cases per THEOREM or PROBE (LAWs take their own).", DefaultValueFactory = _ => RunSettings.DefaultMaxTest };
        var seed = new Option<ulong?>("--seed") { Description = "Master seed (default: fixed under CI, random otherwise; printed either way)." };
        var json = new Option<string?>("--json") { Description = "Write a JSON report to this file (checked before the run starts)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No per-entry progress lines." };
        var save = new Option<bool>("--save-counterexamples") { Description = "Write each refuted PROBE's shrunk counterexample as <ID>.json." };
        var saveTo = new Option<string>("--counterexamples-dir") { Description = "Where --save-counterexamples writes.", DefaultValueFactory = _ => "counterexamples" };
        var shard = new Option<string?>("--shard") { Description = "Run shard i of n (i/n): every n-th chunk of 1000 cases, seeds independent of the split; needs --json, combine with check merge." };
        var noFormal = new Option<bool>("--no-formal") { Description = "Skip the formal column (the SMT solver's verdict per entry)." };
        var deep = new Option<bool>("--deep") { Description = "The deep profile: every THEOREM over latent value models at d = 64, 128, 256, 512, 1024 (D up to d + d/8), --max-test cases per dimension (default 4 here)." };
        var soak = new Option<int?>("--soak") { Description = "Repeat the selected entries this many rounds, each under its own seed derived from --seed; report every failure with its replay command." };
        var check = new Command("check", "Run the catalogue: THEOREMs and LAWs must hold, PROBEs must be refuted." +
            "\n\nExamples:\n  rlaif-theorems check\n  rlaif-theorems check T1 P3.1 --max-test 10000 --seed 42 --json report.json" +
            "\n  rlaif-theorems check --deep   (THEOREMs at d = 64 … 1024)\n  rlaif-theorems check --soak 200 --max-test 1000   (the whole catalogue under 200 random seeds)\n  rlaif-theorems check --shard 1/2 --json a.json; rlaif-theorems check --shard 2/2 --json b.json; rlaif-theorems check merge a.json b.json" + ExitCodes)
            { ids, maxTest, seed, json, quiet, save, saveTo, shard, noFormal, soak, deep };
        soak.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 1) r.AddError("--soak must be at least 1 round"); });
        // Only a value that parsed is checked here; one that did not is already a parse error ("abc", "1e3", 99999999999).
        maxTest.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 1) r.AddError("--max-test must be at least 1"); });
        shard.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } s && Shard.Parse(s, out string? e) is null) r.AddError(e!); });
        check.SetAction(p => p.GetValue(deep)
            ? CheckCommand.RunDeep(p.GetValue(ids) ?? [], p.GetResult(maxTest) is { Implicit: false } ? p.GetValue(maxTest) : 4, p.GetValue(seed), p.GetValue(json), p.GetValue(quiet))
            : p.GetValue(soak) is int rounds
            ? CheckCommand.RunSoak(p.GetValue(ids) ?? [], rounds, p.GetValue(maxTest), p.GetValue(seed), p.GetValue(json), p.GetValue(quiet))
            : CheckCommand.Run(p.GetValue(ids) ?? [], p.GetValue(maxTest), p.GetValue(seed), p.GetValue(json), p.GetValue(quiet),
            p.GetValue(save) ? p.GetValue(saveTo) : null, p.GetValue(shard) is { } s ? Shard.Parse(s, out _) : null, !p.GetValue(noFormal)));
        root.Add(check);

        var reports = new Argument<string[]>("reports") { Description = "The JSON reports of every shard of one run.", Arity = ArgumentArity.OneOrMore };
        var mergeJson = new Option<string?>("--json") { Description = "Write the merged JSON report to this file." };
        var merge = new Command("merge", "Combine shard reports (check --shard i/n --json …) into the report of the whole run: the same verdicts, counts and tightest cases as one run." +
            "\n\nExample: rlaif-theorems check merge a.json b.json --json report.json" + ExitCodes) { reports, mergeJson };
        merge.SetAction(p => CheckCommand.Merge(p.GetValue(reports)!, p.GetValue(mergeJson), null));
        check.Add(merge);

        var modelPath = new Argument<string>("model") { Description = "A JSON file with E (rows), v, m, g and constitution (spanning vectors); - reads standard input." };
        var eval = new Command("eval", "Print every quantity of the theory for a model given as JSON." +
            "\n\nExample: rlaif-theorems eval model.json   (model.json: {\"E\": [[1, 0], [0, 1]], \"v\": [-1, -1], \"m\": [1, 0], \"g\": [1, 0], \"constitution\": [[-1, 1]]})" +
            "\n\nExit codes: 0 evaluated, 2 bad usage or a malformed model (one line names the problem).") { modelPath };
        eval.SetAction(p => EvalCommand.Run(p.GetValue(modelPath)!));
        root.Add(eval);

        var files = new Argument<string[]>("files") { Description = "Counterexample files, or directories of them; - reads one file from standard input.", Arity = ArgumentArity.OneOrMore };
        var replay = new Command("replay", "Re-evaluate pinned counterexamples: does each claim still break?" +
            "\n\nExample: rlaif-theorems replay counterexamples" +
            "\n\nExit codes: 0 every claim still breaks as recorded, 1 a counterexample no longer refutes its claim, 2 bad usage or a malformed file.") { files };
        replay.SetAction(p => ReplayCommand.Run(p.GetValue(files)!));
        root.Add(replay);

        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table." };
        var list = new Command("list", "List the catalogue: ID, status, name and statement." +
            "\n\nExample: rlaif-theorems list --markdown\n\nExit codes: 0.") { markdown };
        list.SetAction(p => ListCommand.Run(p.GetValue(markdown)));
        root.Add(list);

        var proveIds = new Argument<string[]>("ids") { Description = "Catalogue ID prefixes to prove (e.g. T1 P3.1); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
        var proveTimeout = new Option<int>("--timeout") { Description = "Seconds per solver query.", DefaultValueFactory = _ => ProveCommand.DefaultTimeout };
        var proveJson = new Option<string?>("--json") { Description = "Write the verdicts, with exact models, to this file." };
        var proveQuiet = new Option<bool>("--quiet", "-q") { Description = "No per-query progress lines." };
        proveTimeout.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 1) r.AddError("--timeout must be at least 1 second"); });
        var prove = new Command("prove", "Hand every expressible entry to the SMT solver (z3): THEOREMs proven for all real inputs, PROBEs refuted with exact models, as far up in dimension as each query finishes in its budget." +
            "\n\nExample: rlaif-theorems prove T1 T2.5 --timeout 10 --json proofs.json" +
            "\n\nExit codes: 0 no contradiction (every answer proven, refuted, unknown or not expressible), 1 the solver contradicts an entry, 2 bad usage or no solver.")
            { proveIds, proveTimeout, proveJson, proveQuiet };
        prove.SetAction(p => ProveCommand.Run(p.GetValue(proveIds) ?? [], p.GetValue(proveTimeout), p.GetValue(proveJson), p.GetValue(proveQuiet)));
        root.Add(prove);

        var figuresOut = new Option<string>("--out") { Description = "Folder to write into.", DefaultValueFactory = _ => Path.Combine("docs", "figures") };
        var figuresCorpus = new Option<string>("--counterexamples-dir") { Description = "The corpus whose P1.1 and N2 cases are drawn.", DefaultValueFactory = _ => "counterexamples" };
        var figuresSeed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo figures.", DefaultValueFactory = _ => 2603 };
        var figures = new Command("figures", "Regenerate every figure of the docs (PNG and SVG): RLAIF paths (T1.2, T1.3, P1.1), the Beta law of ρ² (T2.4), the Pareto cone (T5.2), the learned judge (S1), the overshoot (N2)." +
            "\n\nExample: rlaif-theorems figures --out docs/figures --seed 2603" +
            "\n\nExit codes: 0 written, 2 bad usage, a missing corpus file or an unwritable folder.") { figuresOut, figuresCorpus, figuresSeed };
        figures.SetAction(p => FiguresCommand.Run(p.GetValue(figuresOut)!, p.GetValue(figuresCorpus)!, p.GetValue(figuresSeed)));
        root.Add(figures);

        var labStudies = new Argument<string[]>("studies") { Description = "Studies to run: ceiling (R1), constitutions (R2, R4 census, S1), adversarial (R3), path (R4); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
        var labEncoders = new Option<string>("--encoders") { Description = "Comma-separated representation models: minilm, arctic-xs, glove-100d.", DefaultValueFactory = _ => "minilm,arctic-xs,glove-100d" };
        var labLexicons = new Option<string>("--lexicons") { Description = "Comma-separated human value lexicons: vader, afinn.", DefaultValueFactory = _ => "vader,afinn" };
        var labActivations = new Option<string?>("--activations") { Description = "Your own representations: an n×d .npy (float32/float64, C or Fortran order, format 1–3), read memory-mapped in chunks." };
        var labValues = new Option<string?>("--values") { Description = "With --activations: one value per item, .npy or CSV." };
        var labSeed = new Option<int>("--seed") { Description = "Seed of folds, bootstrap, random constitutions and judged pairs.", DefaultValueFactory = _ => 1 };
        var labResamples = new Option<int>("--resamples") { Description = "Bootstrap resamples for ρ̂'s interval.", DefaultValueFactory = _ => 1000 };
        var labMaxItems = new Option<int?>("--max-items") { Description = "At most this many items per lexicon (a seeded sample)." };
        var labJson = new Option<string?>("--json") { Description = "Write the JSON report to this file (checked before the run starts)." };
        var labFigures = new Option<string?>("--figures") { Description = "Write the lab's figures (PNG and SVG) into this folder." };
        var labCache = new Option<string?>("--cache") { Description = "Where fetched packages and embeddings are kept (default $RLAIF_LAB_CACHE or ~/.cache/rlaif-theorems)." };
        var labQuiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        foreach (var o in new[] { labSeed, labResamples })
            o.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < (o == labSeed ? 0 : 1)) r.AddError($"{o.Name} must be at least {(o == labSeed ? 0 : 1)}"); });
        labMaxItems.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 10) r.AddError("--max-items must be at least 10"); });
        var lab = new Command("lab", "The theory on real representations: ρ̂ and its ceiling (R1), constitutions as concept directions (R2), the worst reachable constitution and what it activates (R3), exact RLAIF over real items against the linear-Gaussian predictions (R4)." +
            "\n\nExamples:\n  rlaif-theorems lab --json lab.json --figures docs/figures/lab\n  rlaif-theorems lab ceiling --encoders minilm --lexicons vader --seed 7\n  rlaif-theorems lab ceiling adversarial --activations acts.npy --values values.csv" +
            "\n\nExit codes: 0 measured, 2 bad usage or data that cannot be fetched or read (one line names it).")
            { labStudies, labEncoders, labLexicons, labActivations, labValues, labSeed, labResamples, labMaxItems, labJson, labFigures, labCache, labQuiet };
        lab.SetAction(p => LabCommand.Run(p.GetValue(labStudies) ?? [], new RlaifTheorems.Lab.Studies.LabOptions
        {
            Encoders = Split(p.GetValue(labEncoders)!), Lexicons = Split(p.GetValue(labLexicons)!), Seed = p.GetValue(labSeed),
            Resamples = p.GetValue(labResamples), MaxItems = p.GetValue(labMaxItems), Activations = p.GetValue(labActivations), Values = p.GetValue(labValues),
        }, p.GetValue(labJson), p.GetValue(labFigures), p.GetValue(labCache), p.GetValue(labQuiet)));
        root.Add(lab);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"rlaif-theorems: {error.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }
        return parsed.Invoke();
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
