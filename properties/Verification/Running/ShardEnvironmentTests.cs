using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Verification.Running;

/// <summary>
/// The index contract read in process, for every source: each task of a regular Slurm array (any start, step and count, with or
/// without the optional variables) is shard (id − min)/step + 1 of count; each Kubernetes index k &lt; n is shard k + 1 of n;
/// RLAIF_SHARD=i/n is shard i of n. Anything else is refused in one line that names the variable or the inconsistency, and two
/// sources that name different shards are refused as ambiguous.
/// </summary>
public sealed class ShardEnvironmentTests
{
    private static Shard? Resolved(string? option, params (string Name, string Value)[] variables)
    {
        var env = variables.ToDictionary(v => v.Name, v => v.Value);
        Assert.True(ShardEnvironment.TryResolve(option, env, out var shard, out var problem), problem);
        Assert.Null(problem);
        return shard;
    }

    private static string Refused(string? option, params (string Name, string Value)[] variables)
    {
        var env = variables.ToDictionary(v => v.Name, v => v.Value);
        Assert.False(ShardEnvironment.TryResolve(option, env, out var shard, out var problem));
        Assert.Null(shard);
        Assert.False(string.IsNullOrWhiteSpace(problem));
        Assert.DoesNotContain('\n', problem);
        return problem!;
    }

    private static (string, string) V(string name, long value) => (name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void EveryTaskOfARegularSlurmArrayIsItsShard()
    {
        var random = new Random(6);
        int arrays = 0;
        for (int trial = 0; trial < 200; trial++, arrays++)
        {
            int count = 1 + random.Next(40);
            long min = random.Next(3) == 0 ? 0 : random.Next(1000), step = random.Next(3) == 0 ? 1 : 1 + random.Next(5);
            long max = min + (count - 1) * step;
            for (int i = 1; i <= count; i++)
            {
                long id = min + (i - 1) * step;
                var expected = new Shard(i, count);
                Assert.Equal(expected, Resolved(null, V("SLURM_ARRAY_TASK_ID", id), V("SLURM_ARRAY_TASK_COUNT", count),
                    V("SLURM_ARRAY_TASK_MIN", min), V("SLURM_ARRAY_TASK_MAX", max), V("SLURM_ARRAY_TASK_STEP", step)));
                Assert.Equal(expected, Resolved(null, V("SLURM_ARRAY_TASK_ID", id), V("SLURM_ARRAY_TASK_COUNT", count),
                    V("SLURM_ARRAY_TASK_MIN", min), V("SLURM_ARRAY_TASK_STEP", step)));
                if (min == 0 && step == 1)
                    Assert.Equal(expected, Resolved(null, V("SLURM_ARRAY_TASK_ID", id), V("SLURM_ARRAY_TASK_COUNT", count)));
                // The same shard named twice, by --shard and by the array, is not ambiguous.
                Assert.Equal(expected, Resolved(expected.ToString(), V("SLURM_ARRAY_TASK_ID", id), V("SLURM_ARRAY_TASK_COUNT", count),
                    V("SLURM_ARRAY_TASK_MIN", min), V("SLURM_ARRAY_TASK_STEP", step)));
            }
        }
        Assert.Equal(200, arrays);
    }

    /// <summary>Off the grid, before its start, past its end, an end that disagrees with the count, no shards, a zero step: refused.</summary>
    [Theory]
    [InlineData(5, 3, 4, 12, 2)]    // (5 − 4) not a multiple of the step 2
    [InlineData(3, 3, 4, 8, 2)]     // before the start
    [InlineData(10, 3, 4, 8, 2)]    // past the end
    [InlineData(6, 3, 4, 10, 2)]    // max − min = 6 ≠ (3 − 1)·2
    [InlineData(0, 0, 0, 0, 1)]     // no shards
    [InlineData(4, 3, 4, 4, 0)]     // a step of 0
    [InlineData(2, 3, 0, 2, 1)]     // max − min = 2 with count 3 and step 1 is regular: the control case
    public void AnIrregularSlurmArrayIsRefused(long id, long count, long min, long max, long step)
    {
        var variables = new[] { V("SLURM_ARRAY_TASK_ID", id), V("SLURM_ARRAY_TASK_COUNT", count), V("SLURM_ARRAY_TASK_MIN", min),
            V("SLURM_ARRAY_TASK_MAX", max), V("SLURM_ARRAY_TASK_STEP", step) };
        if (id == 2 && count == 3) { Assert.Equal(new Shard(3, 3), Resolved(null, variables)); return; }
        string problem = Refused(null, variables);
        Assert.Contains("not a regular range of shards", problem);
        Assert.Contains($"task {id} of {count}, {min}–{max} step {step}", problem);
        Assert.EndsWith($"submit it as --array=0-{count - 1} or give --shard i/n", problem);
    }

    [Theory]
    [InlineData("SLURM_ARRAY_TASK_ID", "-1")]
    [InlineData("SLURM_ARRAY_TASK_ID", "1.5")]
    [InlineData("SLURM_ARRAY_TASK_COUNT", "four")]
    [InlineData("SLURM_ARRAY_TASK_MIN", " 1")]
    [InlineData("SLURM_ARRAY_TASK_MAX", "")]
    [InlineData("SLURM_ARRAY_TASK_STEP", "+2")]
    public void ASlurmVariableThatIsNoWholeNumberIsNamed(string name, string text)
    {
        var env = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "1", ["SLURM_ARRAY_TASK_COUNT"] = "4", [name] = text };
        Assert.False(ShardEnvironment.TryResolve(null, env, out _, out var problem));
        Assert.Equal($"{name}={text} is not a whole number", problem);
    }

    /// <summary>The largest count a shard index can hold is accepted; one more is no regular range of shards.</summary>
    [Fact]
    public void ASlurmArrayOfAtMostIntMaxValueShardsIsAccepted()
    {
        Assert.Equal(new Shard(1, int.MaxValue), Resolved(null, V("SLURM_ARRAY_TASK_ID", 0), V("SLURM_ARRAY_TASK_COUNT", int.MaxValue)));
        Assert.Contains("not a regular range", Refused(null, V("SLURM_ARRAY_TASK_ID", 0), V("SLURM_ARRAY_TASK_COUNT", int.MaxValue + 1L)));
    }

    [Fact]
    public void ASlurmTaskWithoutACountIsRefused()
    {
        Assert.Contains("SLURM_ARRAY_TASK_COUNT is not", Refused(null, ("SLURM_ARRAY_TASK_ID", "0")));
        // Without the task id, the other Slurm variables name no shard.
        Assert.Null(Resolved(null, ("SLURM_ARRAY_TASK_COUNT", "4"), ("SLURM_ARRAY_TASK_MIN", "0")));
    }

    [Fact]
    public void EveryKubernetesIndexBelowTheCountIsItsShard()
    {
        for (int count = 1; count <= 12; count++)
            for (int index = 0; index < count; index++)
                Assert.Equal(new Shard(index + 1, count), Resolved(null, V("JOB_COMPLETION_INDEX", index), V("RLAIF_SHARD_COUNT", count)));
        Assert.Equal("JOB_COMPLETION_INDEX=3 is not below RLAIF_SHARD_COUNT=3", Refused(null, ("JOB_COMPLETION_INDEX", "3"), ("RLAIF_SHARD_COUNT", "3")));
        Assert.Equal("JOB_COMPLETION_INDEX=x is not a whole number", Refused(null, ("JOB_COMPLETION_INDEX", "x"), ("RLAIF_SHARD_COUNT", "3")));
        Assert.Equal("JOB_COMPLETION_INDEX=-1 is not a whole number", Refused(null, ("JOB_COMPLETION_INDEX", "-1"), ("RLAIF_SHARD_COUNT", "3")));
        foreach (var count in new[] { "0", "-2", "three" })
            Assert.Contains("RLAIF_SHARD_COUNT", Refused(null, ("JOB_COMPLETION_INDEX", "0"), ("RLAIF_SHARD_COUNT", count)));
        Assert.Contains("RLAIF_SHARD_COUNT", Refused(null, ("JOB_COMPLETION_INDEX", "0")));
        Assert.Null(Resolved(null, ("RLAIF_SHARD_COUNT", "3")));
    }

    [Fact]
    public void AMatrixVariableIsReadLikeTheOption()
    {
        Assert.Equal(new Shard(2, 5), Resolved(null, ("RLAIF_SHARD", "2/5")));
        Assert.Equal(new Shard(2, 5), Resolved("2/5"));
        foreach (var text in new[] { "0/5", "6/5", "2-5", "2/5/1", "x/5" })
        {
            Assert.Equal("RLAIF_SHARD: --shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not '" + text + "'", Refused(null, ("RLAIF_SHARD", text)));
            Assert.Equal("--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not '" + text + "'", Refused(text));
        }
    }

    [Fact]
    public void SourcesThatNameDifferentShardsAreAmbiguous()
    {
        Assert.Equal("the shard is ambiguous: --shard says 1/3, the Slurm array says 2/3",
            Refused("1/3", ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_COUNT", "3")));
        Assert.Equal("the shard is ambiguous: the indexed Job says 1/4, RLAIF_SHARD says 1/3",
            Refused(null, ("JOB_COMPLETION_INDEX", "0"), ("RLAIF_SHARD_COUNT", "4"), ("RLAIF_SHARD", "1/3")));
        Assert.Equal("the shard is ambiguous: the Slurm array says 1/2, the indexed Job says 2/2",
            Refused(null, ("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_COUNT", "2"), ("JOB_COMPLETION_INDEX", "1"), ("RLAIF_SHARD_COUNT", "2")));
        // Every source agreeing names one shard; no source names none.
        Assert.Equal(new Shard(2, 2), Resolved("2/2", ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_COUNT", "2"),
            ("JOB_COMPLETION_INDEX", "1"), ("RLAIF_SHARD_COUNT", "2"), ("RLAIF_SHARD", "2/2")));
        Assert.Null(Resolved(null));
        Assert.Null(Resolved(null, ("PATH", "/usr/bin")));
    }

    /// <summary>A malformed source is refused even when another source names a shard.</summary>
    [Fact]
    public void AMalformedSourceIsRefusedWhateverTheOthersSay()
    {
        Assert.Equal("SLURM_ARRAY_TASK_ID=a is not a whole number", Refused("1/2", ("SLURM_ARRAY_TASK_ID", "a"), ("SLURM_ARRAY_TASK_COUNT", "2")));
        Assert.StartsWith("RLAIF_SHARD: ", Refused("1/2", ("RLAIF_SHARD", "3/2")));
    }

    [Fact]
    public void TheCurrentEnvironmentIsRestrictedToTheContractsVariables()
    {
        Assert.All(ShardEnvironment.Current().Keys, k => Assert.Contains(k, ShardEnvironment.Variables));
        Assert.Equal(["SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "SLURM_ARRAY_TASK_STEP",
            "JOB_COMPLETION_INDEX", "RLAIF_SHARD_COUNT", "RLAIF_SHARD"], ShardEnvironment.Variables);
    }
}
