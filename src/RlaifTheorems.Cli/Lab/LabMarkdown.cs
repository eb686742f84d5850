using System.Text;
using RlaifTheorems.Lab.Studies;

namespace RlaifTheorems.Cli.Lab;

/// <summary>The lab's report as Markdown: every table of <see cref="LabReportTables"/>, the paths' points, the notes, the seed and
/// the machine. The README's lab tables are this file's blocks, so no table there is chosen or typed by hand.</summary>
public static class LabMarkdown
{
    /// <summary>The Markdown text of <paramref name="report"/>.</summary>
    public static string Of(LabReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Lab report (seed {report.Seed})").AppendLine();
        text.AppendLine($"Machine: {report.Machine}. Every constitution, with its provenance and controls, is in the JSON report.").AppendLine();
        foreach (var table in LabReportTables.Of(report))
            text.Append(Table(table)).AppendLine();
        foreach (var p in report.Paths)
        {
            var at = new[] { 0, 10, 20, 30, 40 }.Where(k => k < p.Strengths.Length);
            text.AppendLine($"- R4 path ({p.Encoder} × {p.Lexicon}) {p.Constitution}, {p.Shape}: " + string.Join("; ", at.Select(k =>
                $"λ = {LabReportTables.F(p.Strengths[k])}: Â {LabReportTables.F(p.ObservedAlignment[k])} (linear {LabReportTables.F(p.PredictedAlignment[k])})")));
        }
        if (report.Paths.Count > 0) text.AppendLine();
        foreach (var note in report.Notes) text.AppendLine($"- Note: {note}");
        return text.ToString();
    }

    /// <summary>One table: its title in bold, then the pipe table (a '|' in a cell is escaped).</summary>
    public static string Table(LabReportTable table)
    {
        var text = new StringBuilder();
        text.AppendLine($"**{table.Title}**").AppendLine();
        text.AppendLine("| " + string.Join(" | ", table.Header.Select(Cell)) + " |");
        text.AppendLine("|" + string.Concat(table.Header.Select(_ => "---|")));
        foreach (var row in table.Rows) text.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
