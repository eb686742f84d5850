using System.CommandLine;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Cli.Check;

/// <summary><c>check</c>: its arguments and options, and which handler runs: the catalogue (<see cref="CheckHandler"/>), a soak
/// (<see cref="SoakHandler"/>) or the deep profile (<see cref="DeepHandler"/>); <c>check merge</c> is <see cref="MergeCommand"/>.</summary>
public sealed class CheckCommand
{
    /// <summary>Catalogue ID prefixes.</summary>
    public readonly Argument<string[]> Ids = new("ids") { Description = "Catalogue ID prefixes to run (e.g. T1 P3.1); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
    /// <summary>Cases per THEOREM or PROBE.</summary>
    public readonly Option<int> MaxTest = new("--max-test") { Description = "Cases per THEOREM or PROBE (LAWs take their own).", DefaultValueFactory = _ => RunSettings.DefaultMaxTest };
    /// <summary>The master seed.</summary>
    public readonly Option<ulong?> Seed = new("--seed") { Description = "Master seed (default: fixed under CI, random otherwise; printed either way)." };
    /// <summary>The JSON report's file.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write a JSON report to this file (checked before the run starts)." };
    /// <summary>No progress lines.</summary>
    public readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No per-entry progress lines." };
    /// <summary>Save refuted PROBEs' counterexamples.</summary>
    public readonly Option<bool> Save = new("--save-counterexamples") { Description = "Write each refuted PROBE's shrunk counterexample as <ID>.json." };
    /// <summary>Where they are saved.</summary>
    public readonly Option<string> SaveTo = new("--counterexamples-dir") { Description = "Where --save-counterexamples writes.", DefaultValueFactory = _ => "counterexamples" };
    /// <summary>One shard of the run.</summary>
    public readonly Option<string?> ShardOption = new("--shard") { Description = "Run shard i of n (i/n): every n-th chunk of 1000 cases, seeds independent of the split; needs --json, combine with check merge." };
    /// <summary>No formal column.</summary>
    public readonly Option<bool> NoFormal = new("--no-formal") { Description = "Skip the formal column (the SMT solver's verdict per entry)." };
    /// <summary>The Coq column.</summary>
    public readonly Option<bool> CoqOption = new("--coq") { Description = "Add the second formal verdict per entry: Coq's, asked in this run of the built coq/ development (about 2.5 s more; prove always asks)." };
    /// <summary>The deep profile.</summary>
    public readonly Option<bool> Deep = new("--deep") { Description = "The deep profile: every THEOREM over latent value models at d = 64, 128, 256, 512, 1024 or --dimensions (D up to d + d/8), --max-test cases per dimension (default 4 here)." };
    /// <summary>The deep profile's dimensions.</summary>
    public readonly Option<string?> Dimensions = new("--dimensions") { Description = "With --deep: the representation dimensions d to run, comma-separated, 2 to 4096 each (default 64,128,256,512,1024)." };
    /// <summary>A soak of this many rounds.</summary>
    public readonly Option<int?> Soak = new("--soak") { Description = "Repeat the selected entries this many rounds, each under its own seed derived from --seed; report every failure with its replay command." };

    /// <summary>The cases per dimension of the deep profile unless <c>--max-test</c> says otherwise.</summary>
    public const int DeepCasesPerDimension = 4;

    /// <summary>The command, with <c>check merge</c> under it.</summary>
    public Command Create()
    {
        var check = new Command("check", "Run the catalogue: THEOREMs and LAWs must hold, PROBEs must be refuted." +
            "\n\nExamples:\n  rlaif-theorems check\n  rlaif-theorems check T1 P3.1 --max-test 10000 --seed 42 --json report.json" +
            "\n  rlaif-theorems check --deep   (THEOREMs at d = 64 … 1024)\n  rlaif-theorems check --soak 200 --max-test 1000   (the whole catalogue under 200 random seeds)\n  rlaif-theorems check --shard 1/2 --json a.json; rlaif-theorems check --shard 2/2 --json b.json; rlaif-theorems check merge a.json b.json" + ExitCodes.Help)
            { Ids, MaxTest, Seed, Json, Quiet, Save, SaveTo, ShardOption, NoFormal, CoqOption, Soak, Deep, Dimensions };
        Soak.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 1) r.AddError("--soak must be at least 1 round"); });
        // Only a value that parsed is checked here; one that did not is already a parse error ("abc", "1e3", 99999999999).
        MaxTest.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && n < 1) r.AddError("--max-test must be at least 1"); });
        ShardOption.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } s && Shard.Parse(s, out string? e) is null) r.AddError(e!); });
        Dimensions.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } s && DeepDimensions.Parse(s, out string? e) is null) r.AddError(e!); });
        check.Validators.Add(r =>
        {
            if (r.GetResult(Dimensions) is { Implicit: false } && r.GetResult(Deep) is not { Implicit: false })
                r.AddError("--dimensions chooses the deep profile's dimensions: use it with --deep");
            // The deep profile and the soak are whole runs of their own: they neither shard nor save counterexamples.
            var mode = r.GetResult(Deep) is { Implicit: false } ? "--deep" : r.GetResult(Soak) is { Implicit: false } ? "--soak" : null;
            if (mode is null) return;
            // A soak shards by rounds; the deep profile does not shard.
            var unsupported = new (Option Option, string Name)[] { (ShardOption, "--shard"), (Save, "--save-counterexamples"), (Soak, "--soak") }
                .Where(o => o.Name != mode && !(mode == "--soak" && o.Name == "--shard") && r.GetResult(o.Option) is { Implicit: false })
                .Select(o => o.Name).ToList();
            if (unsupported.Count > 0) r.AddError($"{mode} does not combine with {string.Join(" or ", unsupported)}");
        });
        check.SetAction(p =>
        {
            // Stryker disable once NullCoalescing : a zero-or-more argument parses to an empty array, never null.
            var ids = p.GetValue(Ids) ?? [];
            // The shard comes from --shard or from the scheduler's environment (a Slurm array, an indexed Job, RLAIF_SHARD).
            if (!ShardEnvironment.TryResolve(p.GetValue(ShardOption), ShardEnvironment.Current(), out var shard, out var problem))
                return Say.Usage("check", problem!);
            // --shard with --deep is refused by the parser: a shard here comes from the scheduler's variables, which are named.
            if (shard is not null && p.GetValue(Deep))
                return Say.Usage("check", $"--deep runs whole, but shard {shard} is named ({string.Join(", ", ShardEnvironment.Variables.Where(ShardEnvironment.Current().ContainsKey))})");
            if (p.GetValue(Deep))
                return DeepHandler.Run(ids, p.GetResult(MaxTest) is { Implicit: false } ? p.GetValue(MaxTest) : DeepCasesPerDimension, p.GetValue(Seed), p.GetValue(Json), p.GetValue(Quiet),
                    p.GetValue(Dimensions) is { } chosen ? DeepDimensions.Parse(chosen, out _)! : DeepProfile.Dimensions);
            if (p.GetValue(Soak) is int rounds)
                return SoakHandler.Run(ids, rounds, p.GetValue(MaxTest), p.GetValue(Seed), p.GetValue(Json), p.GetValue(Quiet), shard);
            return CheckHandler.Run(ids, p.GetValue(MaxTest), p.GetValue(Seed), p.GetValue(Json), p.GetValue(Quiet),
                p.GetValue(Save) ? p.GetValue(SaveTo) : null, shard, !p.GetValue(NoFormal), p.GetValue(CoqOption));
        });
        check.Add(new MergeCommand().Create());
        return check;
    }
}
