using System.Text.RegularExpressions;

namespace RlaifTheorems.Properties.Cli;

/// <summary>The GitHub workflow runs the README's tests through .ci/run, and its check matrix shards and merges one whole run.</summary>
public sealed class WorkflowTests
{
    private static string Workflow() => RepositoryFiles.Read(".github", "workflows", "ci.yml");

    [Fact]
    public void WorkflowRunsCiRunAndMergesEveryShardOfItsMatrix()
    {
        string yaml = Workflow();
        Assert.Contains("run: bash .ci/run", yaml);
        var matrix = Regex.Match(yaml, @"shard: \[([0-9, ]+)\]");
        Assert.True(matrix.Success);
        var shards = matrix.Groups[1].Value.Split(',').Select(s => int.Parse(s.Trim())).ToList();
        int n = shards.Count;
        Assert.Equal(Enumerable.Range(1, n), shards);
        Assert.Contains($"--shard ${{{{ matrix.shard }}}}/{n}", yaml);
        Assert.Contains("check merge " + string.Join(" ", shards.Select(i => $"shard-{i}.json")), yaml);
    }
}
