using System.Diagnostics;
using RlaifTheorems.Catalogue;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>docs/THEORY.md, the project's own account of the theory, covers every catalogue entry, and the repository stands on its own.</summary>
public sealed class TheoryDocumentTests
{
    [Fact]
    public void EveryCatalogueEntryHasASectionNamedAfterIt()
    {
        var headings = RepositoryFiles.Read("docs", "THEORY.md").Split('\n').Where(l => l.StartsWith("### ")).Select(l => l.Trim()).ToList();
        foreach (var e in TheoremCatalogue.All)
        {
            string expected = $"### {e.Id} {e.Name} ({(e.Id is "T5.2" or "N1" ? "THEOREM + LAW" : e.Kind.ToString().ToUpperInvariant())})";
            Assert.Contains(expected, headings);
        }
    }

    [Fact]
    public void EveryFigureTheDocsShowIsOneThatFiguresWrites()
    {
        foreach (string doc in new[] { "README.md", Path.Combine("docs", "THEORY.md") })
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(RepositoryFiles.Read(doc), @"figures/([a-z-]+)\.png"))
                Assert.Contains(m.Groups[1].Value, RlaifTheorems.Figures.TheoryFigures.Names);
    }

    [Fact]
    public void NoTrackedFilePointsOutsideTheRepository()
    {
        // The two strings are built here, so this file does not match itself.
        string shared = ".." + "/shared", spec = "SPEC" + ".md";
        var git = Process.Start(new ProcessStartInfo("git", $"grep -l -I -F -e {shared} -e {spec} -- . :!.ci") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true })!;
        string files = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(files.Trim().Length == 0, $"these files point outside the repository: {files}");
    }
}
