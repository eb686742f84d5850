using System.Diagnostics;
using System.Text.Json;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// The index contract (<see cref="ShardEnvironment"/>) as schedulers drive it: the same command, with no --shard, run as
/// separate processes under each Kubernetes JOB_COMPLETION_INDEX (with RLAIF_SHARD_COUNT), and under each task of a Slurm array
/// that starts at 1 with a step of 2, merges into one process's report; an inconsistent or ambiguous environment is refused
/// with exit 2. (jobs/slurm/test.sh runs the same on a real one-node Slurm cluster.)
/// </summary>
public sealed class SchedulerShardTests
{
    private static readonly string[] Run = ["check", "L2", "T1.2", "P1.1", "T2.4", "--max-test", "2500", "--seed", "31", "--quiet", "--no-formal"];

    private static (int Code, string Error) Tool(IEnumerable<string> args, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rlaif-theorems.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var name in ShardEnvironment.Variables) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    private static void ShardsMergeToTheSingleRun(IReadOnlyList<Dictionary<string, string>> tasks)
    {
        string single = TempFiles.Path("single");
        Assert.Equal(0, Tool(Run.Concat(["--json", single]), new Dictionary<string, string>()).Code);
        var shards = new List<string>();
        foreach (var environment in tasks)
        {
            string shard = TempFiles.Path("task");
            var (code, error) = Tool(Run.Concat(["--json", shard]), environment);
            Assert.True(code == 0, error);
            shards.Add(shard);
        }
        string merged = TempFiles.Path("merged");
        Assert.Equal(0, Tool(new[] { "check", "merge" }.Concat(shards).Concat(["--json", merged]), new Dictionary<string, string>()).Code);
        Assert.Equal(ReportRows.Of(single), ReportRows.Of(merged));
    }

    [Fact]
    public void AnIndexedJobsPodsMergeToTheSingleRun() =>
        ShardsMergeToTheSingleRun(Enumerable.Range(0, 3).Select(i => new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = $"{i}", ["RLAIF_SHARD_COUNT"] = "3" }).ToList());

    [Fact]
    public void ASlurmArrayWithAStepMergesToTheSingleRun() =>
        ShardsMergeToTheSingleRun(new[] { 1, 3, 5, 7 }.Select(id => new Dictionary<string, string>
        {
            ["SLURM_ARRAY_TASK_ID"] = $"{id}", ["SLURM_ARRAY_TASK_COUNT"] = "4", ["SLURM_ARRAY_TASK_MIN"] = "1",
            ["SLURM_ARRAY_TASK_MAX"] = "7", ["SLURM_ARRAY_TASK_STEP"] = "2",
        }).ToList());

    public static TheoryData<Dictionary<string, string>> Refused() =>
    [
        new() { ["SLURM_ARRAY_TASK_ID"] = "2", ["SLURM_ARRAY_TASK_COUNT"] = "4", ["SLURM_ARRAY_TASK_MIN"] = "1", ["SLURM_ARRAY_TASK_MAX"] = "7", ["SLURM_ARRAY_TASK_STEP"] = "2" },
        new() { ["SLURM_ARRAY_TASK_ID"] = "3" },
        new() { ["SLURM_ARRAY_TASK_ID"] = "x", ["SLURM_ARRAY_TASK_COUNT"] = "4" },
        new() { ["JOB_COMPLETION_INDEX"] = "3", ["RLAIF_SHARD_COUNT"] = "3" },
        new() { ["JOB_COMPLETION_INDEX"] = "0" },
        new() { ["JOB_COMPLETION_INDEX"] = "0", ["RLAIF_SHARD_COUNT"] = "2", ["RLAIF_SHARD"] = "2/2" },
        new() { ["RLAIF_SHARD"] = "3/2" },
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public void AnInconsistentOrAmbiguousEnvironmentIsRefused(Dictionary<string, string> environment)
    {
        var (code, error) = Tool(Run.Concat(["--json", TempFiles.Path("refused")]), environment);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void AnOptionAgreeingWithTheEnvironmentIsOneShard()
    {
        var env = new Dictionary<string, string> { ["RLAIF_SHARD"] = "2/3" };
        Assert.True(ShardEnvironment.TryResolve("2/3", env, out var shard, out _));
        Assert.Equal(new Shard(2, 3), shard);
        Assert.False(ShardEnvironment.TryResolve("1/3", env, out _, out var problem));
        Assert.Contains("ambiguous", problem);
        Assert.True(ShardEnvironment.TryResolve(null, new Dictionary<string, string>(), out shard, out _));
        Assert.Null(shard);
    }
}
