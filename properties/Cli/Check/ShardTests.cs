using System.Text.Json;
using RlaifTheorems.Cli;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// <c>check --shard i/n</c> and <c>check merge</c>: n shards merged give the single run's report (verdicts, case and hypothesis
/// counts, the tightest case, a PROBE's shrunk counterexample), for n = 2 and 3, over entries of several chunks, a PROBE
/// and a LAW. Shards are run in process through <see cref="Program.Main"/>, as a user runs them.
/// </summary>
public sealed class ShardTests
{
    private static readonly string[] Selection = { "T1.2", "T2.1", "P1.1", "T2.4", "T5.1" };
    private const string Cases = "2500";

    private static string Temp(string name) => TempFiles.Path("shard-" + name);

    private static int Check(params string[] args) => Program.Main(new[] { "check" }.Concat(Selection).Concat(new[] { "--max-test", Cases, "--seed", "77", "-q" }).Concat(args).ToArray());

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ShardsMergedEqualTheSingleRun(int n)
    {
        string single = Temp("single"), merged = Temp("merged");
        Assert.Equal(0, Check("--json", single));
        var shards = Enumerable.Range(1, n).Select(i => Temp($"{i}of{n}")).ToList();
        for (int i = 1; i <= n; i++)
            Assert.Equal(0, Check("--shard", $"{i}/{n}", "--json", shards[i - 1]));
        Assert.Equal(0, Program.Main(new[] { "check", "merge" }.Concat(shards).Concat(new[] { "--json", merged }).ToArray()));
        Assert.Equal(ReportRows.Of(single), ReportRows.Of(merged));
    }

    [Fact]
    public void MergeOfAnIncompleteSetOfShardsIsAUsageError()
    {
        string a = Temp("1of2");
        Assert.Equal(0, Check("--shard", "1/2", "--json", a));
        Assert.Equal(2, Program.Main(new[] { "check", "merge", a }));
    }

    [Theory]
    [InlineData("--shard", "0/2")]
    [InlineData("--shard", "3/2")]
    [InlineData("--shard", "x")]
    public void MalformedShardIsAUsageError(string option, string value) => Assert.Equal(2, Check(option, value, "--json", Temp("bad")));
}
