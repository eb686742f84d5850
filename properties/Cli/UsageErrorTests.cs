using RlaifTheorems.Cli;

namespace RlaifTheorems.Properties.Cli;

/// <summary>Bad usage is one line and exit code 2, before any work is done: never a stack trace, never a silently ignored typo.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("check", "--max-test", "abc")]
    [InlineData("check", "--max-test", "1e3")]
    [InlineData("check", "--max-test", "99999999999")]
    [InlineData("check", "--max-test", "0")]
    [InlineData("check", "T1.2", "X9")]
    [InlineData("check", "")]
    [InlineData("check", "--bogus", "T1.2")]
    [InlineData("check", "T1.2", "--json", "/")]
    [InlineData("check", "T1.2", "--json", "/no/such/folder/report.json")]
    [InlineData("prove", "--timeout", "0")]
    [InlineData("prove", "Q9")]
    [InlineData("prove", "--timeout", "3000000")]
    [InlineData("lab", "lm", "--stories", "5")]
    [InlineData("lab", "lm", "--lexicon", "nrc")]
    [InlineData("lab", "lm", "--steering-stories", "5000")]
    [InlineData("lab", "lm", "--resamples", "10")]
    [InlineData("lab", "lm", "--model", "/no/such/model.bin")]
    [InlineData("check", "--soak", "2", "--shard", "1/2")]
    [InlineData("check", "--soak", "2", "--save-counterexamples")]
    [InlineData("check", "--deep", "--shard", "1/2", "--json", "deep.json")]
    [InlineData("check", "--deep", "--soak", "2")]
    [InlineData("check", "--deep", "--save-counterexamples")]
    public void IsAUsageError(params string[] args) => Assert.Equal(2, Program.Main(args.Append("--quiet").ToArray()));
}
