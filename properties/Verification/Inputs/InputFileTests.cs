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
    [InlineData("\"v\": [1, 0], \"v\": [0, 1]", "v")]
    [InlineData("\"v\": [1, 0], \"V\": [0, 1]", "V")]
    public void EvalRejectsAKeyGivenTwice(string values, string second)
    {
        var (code, error) = Run(Model.Replace("\"v\": [1, 0]", values), "eval", "-");
        Assert.Equal(2, code);
        Assert.Equal($"eval: -: model file: gives the field \"{second}\" twice\n", error);
    }

    /// <summary>A field that is not a model field is named, not ignored: a misspelt "vectors" would otherwise print no
    /// alignments, without a word. Fields nested inside a value are not the model's and are not read as fields.</summary>
    [Theory]
    [InlineData("\"vector\": [[1, 0]]", "vector")]
    [InlineData("\"d_c\": {\"E\": 1}", "d_c")]
    [InlineData("\"\": 0", "")]
    public void EvalRejectsAFieldThatIsNotAModelField(string extra, string name)
    {
        var (code, error) = Run(Model.Replace("\"m\": [1, 1]", $"{extra}, \"m\": [1, 1]"), "eval", "-");
        Assert.Equal(2, code);
        Assert.Equal($"eval: -: model file: has the field \"{name}\", which is not a model field (E, v, m, g, constitution, vectors)\n", error);
    }

    /// <summary>Every model field in any case, comments and a trailing comma are read; a field after a nested object or array
    /// is still checked.</summary>
    [Fact]
    public void EvalReadsEveryModelFieldInAnyCase()
    {
        string json = "{ /* a model */ \"e\": [[1, 0], [0, 1]], \"V\": [1, 0], \"M\": [1, 1], \"G\": [0, 1], \"Constitution\": [[1, 0]], \"VECTORS\": [[1, 0]], }";
        Assert.Equal(0, Run(json, "eval", "-").Code);
        var (code, error) = Run(json.Replace(", }", ", \"x\": 1, }"), "eval", "-");
        Assert.Equal(2, code);
        Assert.Contains("\"x\", which is not a model field", error);
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
