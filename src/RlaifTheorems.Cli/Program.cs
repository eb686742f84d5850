using System.CommandLine;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Cli;

/// <summary>Entry point (exit codes: 0 all as expected, 1 an entry failed, 2 bad usage or input): wires the sub-commands <c>check</c>, <c>eval</c>, <c>replay</c> and <c>list</c>.</summary>
public static class Program
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("RlaifTheorems: checks the latent value model of RLAIF (arXiv:2603.03000) with property-based tests.");

        var ids = new Argument<string[]>("ids") { Description = "Catalogue ID prefixes to run (e.g. T1 P3.1); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
        var maxTest = new Option<int>("--max-test") { Description = "Cases per THEOREM or PROBE.", DefaultValueFactory = _ => RunSettings.DefaultMaxTest };
        var seed = new Option<ulong?>("--seed") { Description = "Master seed (default: fixed under CI, random otherwise; printed either way)." };
        var json = new Option<string?>("--json") { Description = "Write a JSON report to this file." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No per-entry progress lines." };
        var save = new Option<bool>("--save-counterexamples") { Description = "Write each refuted PROBE's shrunk counterexample as <ID>.json." };
        var saveTo = new Option<string>("--counterexamples-dir") { Description = "Where --save-counterexamples writes.", DefaultValueFactory = _ => "counterexamples" };
        var check = new Command("check", "Run the catalogue: THEOREMs and LAWs must hold, PROBEs must be refuted.") { ids, maxTest, seed, json, quiet, save, saveTo };
        maxTest.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--max-test must be at least 1"); });
        check.SetAction(p => CheckCommand.Run(p.GetValue(ids) ?? [], p.GetValue(maxTest), p.GetValue(seed), p.GetValue(json), p.GetValue(quiet),
            p.GetValue(save) ? p.GetValue(saveTo) : null));
        root.Add(check);

        var modelPath = new Argument<string>("model") { Description = "A JSON file with E (rows), v, m, g and constitution (spanning vectors)." };
        var eval = new Command("eval", "Print every quantity of the theory for a model given as JSON.") { modelPath };
        eval.SetAction(p => EvalCommand.Run(p.GetValue(modelPath)!));
        root.Add(eval);

        var files = new Argument<string[]>("files") { Description = "Counterexample files, or directories of them.", Arity = ArgumentArity.OneOrMore };
        var replay = new Command("replay", "Re-evaluate pinned counterexamples: does each claim still break?") { files };
        replay.SetAction(p => ReplayCommand.Run(p.GetValue(files)!));
        root.Add(replay);

        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table." };
        var list = new Command("list", "List the catalogue: ID, status, name and statement.") { markdown };
        list.SetAction(p => ListCommand.Run(p.GetValue(markdown)));
        root.Add(list);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"rlaif-theorems: {error.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }
        return parsed.Invoke();
    }
}
