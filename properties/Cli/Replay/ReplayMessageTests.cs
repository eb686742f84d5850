namespace RlaifTheorems.Properties.Cli.Replay;

/// <summary><c>replay</c>'s one-line refusals: a folder with no counterexample files, and a file that is not one, named once
/// (its path is not repeated inside the message), with exit 2.</summary>
[Collection("Alone")]
public sealed class ReplayMessageTests
{
    [Fact]
    public void AFolderWithoutCounterexamplesIsNamed()
    {
        string folder = TempFiles.Folder("empty-corpus");
        var (code, _, error) = CliRun.Of("replay", folder);
        Assert.Equal(2, code);
        Assert.Equal($"replay: no counterexample files (*.json) in {folder}", error.TrimEnd());
        string other = TempFiles.Folder("empty-corpus");
        var (twoCode, _, twoError) = CliRun.Of("replay", folder, other);
        Assert.Equal(2, twoCode);
        Assert.Equal($"replay: no counterexample files (*.json) in {folder}, {other}", twoError.TrimEnd());
    }

    [Theory]
    [InlineData("{\"id\": \"P1.1\"}")]
    [InlineData("nonsense")]
    public void AFileThatIsNoCounterexampleIsNamedOnce(string text)
    {
        string path = TempFiles.Write(text, "not-a-counterexample");
        var (code, _, error) = CliRun.Of("replay", path);
        Assert.Equal(2, code);
        var line = Assert.Single(CliRun.Lines(error), l => l.Length > 0);
        Assert.StartsWith($"replay: {path}: ", line);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(line, System.Text.RegularExpressions.Regex.Escape(path)));
    }
}
