using System.CommandLine;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Cli.Check;

/// <summary><c>check merge</c>: the shard reports of one run combined into the report of the whole run (<see cref="ShardMerge"/>).</summary>
public sealed class MergeCommand
{
    /// <summary>The shard reports.</summary>
    public readonly Argument<string[]> Reports = new("reports") { Description = "The JSON reports of every shard of one run.", Arity = ArgumentArity.OneOrMore };
    /// <summary>The merged report's file.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write the merged JSON report to this file." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var merge = new Command("merge", "Combine shard reports (check --shard i/n --json …) into the report of the whole run: the same verdicts, counts and tightest cases as one run." +
            "\n\nExample: rlaif-theorems check merge a.json b.json --json report.json" + ExitCodes.Help) { Reports, Json };
        merge.SetAction(p => Run(p.GetValue(Reports)!, p.GetValue(Json)));
        return merge;
    }

    /// <summary>Merges; exit 0 when every entry passed, 1 when one failed, 2 when the reports are not the shards of one run.</summary>
    public static int Run(IReadOnlyList<string> files, string? jsonPath)
    {
        if (ReportOutput.Check("check", jsonPath) is int bad) return bad;
        // Stryker disable once Equality : the reports argument takes one or more, so Count ≥ 1 whenever Run is reached.
        if (files.Count > 0 && SoakMerge.IsSoakReport(files[0])) return MergeSoak(files, jsonPath);
        if (!ShardMerge.TryMerge(files, out var report, out var problem)) return Say.Usage("check", problem!);
        return CheckHandler.Finish(report!, jsonPath, null, $"merged {files.Count} shards; replay with --seed {report!.Seed} --max-test {report.MaxTest}");
    }

    private static int MergeSoak(IReadOnlyList<string> files, string? jsonPath)
    {
        if (!SoakMerge.TryMerge(files, out var soak, out var problem)) return Say.Usage("check", problem!);
        int failures = soak!.Results.Sum(r => r.Failed.Count);
        foreach (var round in soak.Results.Where(r => r.Failed.Count > 0))
            Console.WriteLine($"round {round.Index} (seed {round.Seed}) FAILED {string.Join(", ", round.Failed)}; replay: check {string.Join(" ", round.Failed)} --seed {round.Seed} --max-test {soak.MaxTest}");
        Console.WriteLine($"check --soak: {soak.Results.Count} rounds merged from {files.Count} shards, {soak.Results.Count(r => r.Failed.Count == 0)} passed every entry, {failures} failures (soak seed {soak.Seed})");
        if (jsonPath is not null && !ReportOutput.Write("check", jsonPath, soak)) return ExitCodes.Usage;
        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
