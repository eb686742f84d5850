namespace RlaifTheorems.Properties.Cli;

/// <summary>
/// Each usage error names its real problem: exit 2, nothing on standard output, and on standard error exactly the line that
/// names it (a parse error adds where to find usage). <see cref="UsageErrorTests"/> checks the exit code over more inputs;
/// here the words are read, so a message that names the wrong option, or none, fails.
/// </summary>
[Collection("Alone")]
public sealed class UsageMessageTests
{
    private const string Help = "Run with --help for usage.";

    /// <summary>The cases; &lt;file&gt; stands for an existing file and &lt;json&gt; for a writable path, made fresh in each run (so the cases'
    /// names, which test runners key on, do not change between runs).</summary>
    public static TheoryData<string[], string[]> Cases()
    {
        const string file = "<file>", json = "<json>";
        return new()
        {
            { ["check", "T1.2", "--shard", "1/2"], ["check: --shard writes a partial report for check merge: give --json FILE"] },
            { ["check", "P1.1", "--shard", "1/2", "--json", json, "--save-counterexamples"],
                ["check: --save-counterexamples needs the whole run: use it with check merge's report, not a shard"] },
            { ["check", "P1.1", "--save-counterexamples", "--counterexamples-dir", file], ["check: --counterexamples-dir <file> is a file, not a folder"] },
            { ["check", "P1.1", "--deep"], ["check --deep: none of the selected entries is a THEOREM over latent value models"] },
            { ["check", "L2", "--soak", "2", "--shard", "1/2"], ["check: a soak's shard writes a partial report for check merge: give --json FILE"] },
            { ["check", "L2", "--json", "/no/such/folder/r.json"], ["check: --json /no/such/folder/r.json: folder /no/such/folder does not exist"] },
            { ["check", "--max-test", "0"], ["rlaif-theorems: --max-test must be at least 1", Help] },
            { ["check", "--soak", "0"], ["rlaif-theorems: --soak must be at least 1 round", Help] },
            { ["check", "--deep", "--shard", "1/2", "--json", json], ["rlaif-theorems: --deep does not combine with --shard", Help] },
            { ["check", "--deep", "--soak", "2"], ["rlaif-theorems: --deep does not combine with --soak", Help] },
            { ["check", "--soak", "2", "--save-counterexamples"], ["rlaif-theorems: --soak does not combine with --save-counterexamples", Help] },
            { ["check", "--deep", "--dimensions", "1"], ["rlaif-theorems: --dimensions takes dimensions from 2 to 4096, comma-separated; '1' is not one", Help] },
            { ["check", "--deep", "--dimensions", "8,x"], ["rlaif-theorems: --dimensions takes dimensions from 2 to 4096, comma-separated; 'x' is not one", Help] },
            { ["check", "--deep", "--dimensions", "8,4097"], ["rlaif-theorems: --dimensions takes dimensions from 2 to 4096, comma-separated; '4097' is not one", Help] },
            { ["check", "--deep", "--dimensions", "8,8"], ["rlaif-theorems: --dimensions names 8 twice", Help] },
            { ["check", "--dimensions", "8"], ["rlaif-theorems: --dimensions chooses the deep profile's dimensions: use it with --deep", Help] },
            { ["check", "--deep", "--shard", "1/2", "--soak", "2", "--json", json], ["rlaif-theorems: --deep does not combine with --shard or --soak", Help] },
            { ["check", "--shard", "3/2", "--json", json], ["rlaif-theorems: --shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not '3/2'", Help] },
            { ["check", "L2", "--soak", "2", "--json", "/no/such/folder/r.json"], ["check: --json /no/such/folder/r.json: folder /no/such/folder does not exist"] },
            { ["check", "merge", file], ["check: merge: <file> is the report of a whole run, not of a shard"] },
            { ["check", "merge", file, "--json", "/no/such/folder/r.json"], ["check: --json /no/such/folder/r.json: folder /no/such/folder does not exist"] },
            { ["check", "L2", "--deep", "--json", "/no/such/folder/r.json"], ["check: --json /no/such/folder/r.json: folder /no/such/folder does not exist"] },
            { ["prove", "L2", "--json", "/no/such/folder/r.json"], ["prove: --json /no/such/folder/r.json: folder /no/such/folder does not exist"] },
            { ["prove", "--timeout", "0"], ["rlaif-theorems: --timeout takes 1 to 86400 seconds (a day), not 0", Help] },
            { ["prove", "--timeout", "86401"], ["rlaif-theorems: --timeout takes 1 to 86400 seconds (a day), not 86401", Help] },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NamesTheProblemInOneLine(string[] args, string[] expected)
    {
        string file = TempFiles.Write("{}", "not-a-folder"), json = TempFiles.Path("usage");
        string Fill(string text) => text.Replace("<file>", file).Replace("<json>", json);
        var (code, output, error) = CliRun.Of(args.Select(Fill).ToArray());
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(expected.Select(Fill), CliRun.Lines(error).Where(l => l.Length > 0));
    }

    [Theory]
    [InlineData("check", "Q9")]
    [InlineData("prove", "Q9")]
    public void AnUnknownIdNamesItAndListsTheIds(string command, string id)
    {
        string expected = $"{command}: no catalogue entry starts with '{id}'; IDs are {string.Join(", ", RlaifTheorems.Catalogue.TheoremCatalogue.All.Select(e => e.Id))}";
        var (code, _, error) = CliRun.Of(command, "L2", id);
        Assert.Equal((2, expected), (code, error.TrimEnd()));
        if (command != "check") return;
        foreach (string mode in new[] { "--soak", "--deep" })
        {
            var (modeCode, _, modeError) = CliRun.Of(mode == "--soak" ? ["check", "L2", id, "--soak", "2"] : ["check", "L2", id, "--deep"]);
            Assert.Equal((2, expected), (modeCode, modeError.TrimEnd()));
        }
    }

    /// <summary>A soak's shards share one soak seed: outside CI (whose seed is fixed) a shard without --seed is refused.</summary>
    [Fact]
    public void ASoaksShardNeedsItsSeedOutsideCi()
    {
        var (code, output, error) = CliRun.Of("check", "L2", "--soak", "2", "--shard", "1/2", "--max-test", "10", "--quiet", "--json", TempFiles.Path("soak-no-seed"));
        if (RlaifTheorems.Catalogue.Running.RunSettings.IsCi) { Assert.Equal(0, code); return; }
        Assert.Equal((2, ""), (code, output));
        Assert.Equal(["check: a soak's shards must share one soak seed: give --seed S"], CliRun.Lines(error).Where(l => l.Length > 0));
    }

    /// <summary>A soak's shard says so in its first line, and a soak's shard merged alone is refused, naming the missing one.</summary>
    [Fact]
    public void ASoaksShardSaysItsShardAndIsNotAWholeSoak()
    {
        string json = TempFiles.Path("soak-shard");
        var (code, _, error) = CliRun.Of("check", "L2", "--soak", "3", "--shard", "2/3", "--max-test", "10", "--seed", "4", "--quiet", "--json", json);
        Assert.Equal(0, code);
        Assert.Contains("check --soak: 3 rounds of 1 entries, 10 cases each, soak seed 4, shard 2/3", CliRun.Lines(error));
        var (mergeCode, mergeOutput, mergeError) = CliRun.Of("check", "merge", json);
        Assert.Equal((2, ""), (mergeCode, mergeOutput));
        Assert.Equal(["check: merge: shards 1/3, 3/3 of the soak are missing"], CliRun.Lines(mergeError).Where(l => l.Length > 0));
    }

    /// <summary>A scheduler's shard variable that is no shard is named, with what it holds.</summary>
    [Fact]
    public void AMalformedShardVariableIsNamed()
    {
        string? before = Environment.GetEnvironmentVariable("RLAIF_SHARD");
        try
        {
            Environment.SetEnvironmentVariable("RLAIF_SHARD", "abc");
            var (code, output, error) = CliRun.Of("check", "L2", "--json", TempFiles.Path("bad-shard-variable"));
            Assert.Equal((2, ""), (code, output));
            Assert.Equal(["check: RLAIF_SHARD: --shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not 'abc'"], CliRun.Lines(error).Where(l => l.Length > 0));
        }
        finally { Environment.SetEnvironmentVariable("RLAIF_SHARD", before); }
    }

    /// <summary>A shard named by the scheduler's environment is refused by the deep profile, which runs whole, and the message
    /// names the variable.</summary>
    [Fact]
    public void TheDeepProfileNamesTheSchedulersShard()
    {
        string? before = Environment.GetEnvironmentVariable("RLAIF_SHARD");
        try
        {
            Environment.SetEnvironmentVariable("RLAIF_SHARD", "1/2");
            var (code, _, error) = CliRun.Of("check", "L2", "--deep", "--quiet");
            Assert.Equal(2, code);
            Assert.Equal("check: --deep runs whole, but shard 1/2 is named (RLAIF_SHARD)", error.TrimEnd());
        }
        finally { Environment.SetEnvironmentVariable("RLAIF_SHARD", before); }
    }

    /// <summary>A Slurm array task is named by every variable that placed it, in the order the suite reads them.</summary>
    [Fact]
    public void TheDeepProfileNamesEverySlurmVariable()
    {
        string[] names = ["SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX"];
        string?[] before = names.Select(Environment.GetEnvironmentVariable).ToArray();
        try
        {
            foreach (var (name, value) in names.Zip(new[] { "2", "2", "1", "2" })) Environment.SetEnvironmentVariable(name, value);
            var (code, _, error) = CliRun.Of("check", "L2", "--deep", "--quiet");
            Assert.Equal(2, code);
            Assert.Equal("check: --deep runs whole, but shard 2/2 is named (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, SLURM_ARRAY_TASK_MIN, SLURM_ARRAY_TASK_MAX)", error.TrimEnd());
        }
        finally
        {
            foreach (var (name, value) in names.Zip(before)) Environment.SetEnvironmentVariable(name, value);
        }
    }
}
