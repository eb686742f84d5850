using System.Text.Json;
using RlaifTheorems.Cli.Lab;
using RlaifTheorems.Lab.Studies;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Properties.Cli.Lab;

/// <summary>The committed lab results are the report's own: <c>docs/lab/report.md</c> is the Markdown of
/// <c>docs/lab/report.json</c>, and every table the README shows from it appears there verbatim, so no lab table in the README
/// is chosen row by row or typed by hand.</summary>
public sealed class LabReportDocumentTests
{
    private static LabReport Committed() =>
        JsonSerializer.Deserialize<LabReport>(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "lab", "report.json")), JsonFormat.Options)!;

    [Fact]
    public void MarkdownReportIsTheJsonReports()
    {
        string markdown = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "lab", "report.md"));
        Assert.Equal(LabMarkdown.Of(Committed()), markdown);
    }

    [Fact]
    public void TheTextReportPrintsEveryTableAsText()
    {
        // Headers such as "[95%]" are Spectre markup unless escaped; the printer must take them as text.
        var report = Committed();
        var judge = report.Judges[0] with { Replications = new JudgeReplications(20, 0.3, 0.29, 0.31, 0.02, 1, 0, ["separated", .. Enumerable.Repeat("certified", 19)]) };
        var writer = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No, ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Out = new Spectre.Console.AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        LabTables.Print(report with { Judges = [judge], Notes = ["a note with [brackets]"] }, console);
        string text = writer.ToString();
        foreach (var table in LabReportTables.Of(report)) Assert.Contains(table.Title[..20], text);
        Assert.Contains("0.300 [0.290, 0.310], sd 0.020 (19 of 20 with a certified MLE; 1 separated, 0 undecided)", text);
        Assert.Contains("note: a note with [brackets]", text);
    }

    [Fact]
    public void ReadmeShowsTheReportsTablesWhole()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var tables = LabReportTables.Of(Committed());
        var shown = tables.Where(t => readme.Contains($"**{t.Title}**")).ToList();
        Assert.True(shown.Count >= 2, "the README shows the R1 table and the census table from the report");
        foreach (var table in shown) Assert.Contains(LabMarkdown.Table(table), readme);
    }
}
