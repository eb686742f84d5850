using System.CommandLine;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Cli;

/// <summary>Entry point: wires the sub-commands <c>check</c> and <c>eval</c>.</summary>
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
        var check = new Command("check", "Run the catalogue: THEOREMs and LAWs must hold, PROBEs must be refuted.") { ids, maxTest, seed, json, quiet };
        maxTest.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--max-test must be at least 1"); });
        check.SetAction(p => CheckCommand.Run(p.GetValue(ids) ?? [], p.GetValue(maxTest), p.GetValue(seed), p.GetValue(json), p.GetValue(quiet)));
        root.Add(check);

        return root.Parse(args).Invoke();
    }
}
