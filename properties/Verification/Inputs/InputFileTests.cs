namespace RlaifTheorems.Properties.Verification.Inputs;

/// <summary>Input files: "-" is standard input, a directory is named as one (not as missing), and a key given twice is an error
/// rather than a silent last-one-wins.</summary>
[Collection("Console")]
public sealed class InputFileTests
{
    private const string Model = "{\"E\": [[1, 0], [0, 1]], \"v\": [1, 0], \"m\": [1, 1], \"g\": [0, 1], \"constitution\": [[1, 0]]}";

    private static (int Code, string Error) Run(string? stdin, params string[] args)
    {
        var (code, _, error) = RlaifTheorems.Properties.Cli.CliRun.WithInput(stdin, args);
        return (code, error);
    }

    [Fact]
    public void EvalReadsStandardInputFromDash() => Assert.Equal(0, Run(Model, "eval", "-").Code);

    [Fact]
    public void EvalNamesADirectory()
    {
        var (code, error) = Run(null, "eval", TempFiles.Root);
        Assert.Equal(2, code);
        Assert.Contains("is a directory", error);
    }

    [Theory]
    [InlineData("\"v\": [1, 0], \"v\": [0, 1]")]
    [InlineData("\"v\": [1, 0], \"V\": [0, 1]")]
    public void EvalRejectsAKeyGivenTwice(string values)
    {
        var (code, error) = Run(Model.Replace("\"v\": [1, 0]", values), "eval", "-");
        Assert.Equal(2, code);
        Assert.Contains("Duplicate property", error);
    }

    [Fact]
    public void ReplayReadsStandardInputAndRejectsADuplicatedId()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "counterexamples", "P1.1.json"));
        Assert.Equal(0, Run(text, "replay", "-").Code);
        var (code, error) = Run(text.Replace("\"id\": \"P1.1\"", "\"id\": \"P1.1\", \"id\": \"P1.2\""), "replay", "-");
        Assert.Equal(2, code);
        Assert.Contains("Duplicate property 'id'", error);
    }

    [Fact]
    public void MergeNamesADirectory()
    {
        var (code, error) = Run(null, "check", "merge", TempFiles.Root);
        Assert.Equal(2, code);
        Assert.Contains("is a directory", error);
    }
}
