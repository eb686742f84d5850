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
    public void ReadmeShowsTheReportsTablesWhole()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var tables = LabReportTables.Of(Committed());
        var shown = tables.Where(t => readme.Contains($"**{t.Title}**")).ToList();
        Assert.True(shown.Count >= 2, "the README shows the R1 table and the census table from the report");
        foreach (var table in shown) Assert.Contains(LabMarkdown.Table(table), readme);
    }
}
