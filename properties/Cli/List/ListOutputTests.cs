using RlaifTheorems.Catalogue;

namespace RlaifTheorems.Properties.Cli.List;

/// <summary><c>list</c> prints every catalogue entry once, in the catalogue's order, with its ID, status, name and statement;
/// <c>list --markdown</c> prints the table the README shows, which is therefore the catalogue's own.</summary>
[Collection("Alone")]
public sealed class ListOutputTests
{
    [Fact]
    public void ListPrintsEveryEntryInOrder()
    {
        var (code, output, _) = CliRun.Of("list");
        Assert.Equal(0, code);
        var lines = CliRun.Lines(output).Where(l => l.Length > 0).ToList();
        Assert.Equal(TheoremCatalogue.All.Count, lines.Count);
        foreach (var (entry, line) in TheoremCatalogue.All.Zip(lines))
        {
            var cells = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(entry.Id, cells[0]);
            Assert.Equal(entry.Kind.ToString().ToUpperInvariant(), cells[1]);
            Assert.Equal($"{entry.Name}: {entry.Statement}", cells[2].TrimStart());
        }
    }

    [Fact]
    public void TheMarkdownTableIsTheReadmes()
    {
        var (code, output, _) = CliRun.Of("list", "--markdown");
        Assert.Equal(0, code);
        var printed = CliRun.Lines(output).Where(l => l.Length > 0).ToList();
        Assert.Equal(TheoremCatalogue.All.Count + 2, printed.Count);
        var readme = RepositoryFiles.Read("README.md").Split('\n').Select(l => l.TrimEnd()).ToList();
        int start = readme.IndexOf(printed[0]);
        Assert.True(start >= 0, "the README has no catalogue table");
        Assert.Equal(printed, readme.Skip(start).Take(printed.Count));
        Assert.False(readme.Skip(start + printed.Count).FirstOrDefault()?.StartsWith('|') ?? false, "the README's table has rows the catalogue does not");
    }
}
