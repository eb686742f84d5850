using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Lab.Studies;
using Spectre.Console;

namespace RlaifTheorems.Cli.Lab;

/// <summary>The lab's tables and lines on standard output, one block per study.</summary>
public static class LabTables
{
    /// <summary>Prints every study of <paramref name="report"/>, then its notes, to <paramref name="console"/> (standard output when null); the
    /// tables' titles, headers and cells are text, never markup.</summary>
    public static void Print(LabReport report, IAnsiConsole? console = null)
    {
        console ??= Tables.Console(200);
        string F(double x) => LabReportTables.F(x);
        foreach (var table in LabReportTables.Of(report))
        {
            var t = new Table().Title(Markup.Escape(table.Title));
            foreach (var h in table.Header) t.AddColumn(Markup.Escape(h));
            foreach (var row in table.Rows) t.AddRow(row.Select(Markup.Escape).ToArray());
            console.Write(t);
        }
        foreach (var p in report.Paths)
        {
            int[] at = [0, 10, 20, 30, 40];
            string points = string.Join("; ", at.Where(k => k < p.Strengths.Length).Select(k => $"λ={p.Strengths[k]:0.00}: Â {F(p.ObservedAlignment[k])} (A {F(p.PredictedAlignment[k])}), EV {F(p.ObservedValue[k])} (lin {F(p.PredictedValue[k])})"));
            console.MarkupLineInterpolated($"[bold]R4 path ({p.Encoder} × {p.Lexicon}) {p.Constitution}[/] — {p.Shape}: {points}");
        }
        foreach (var note in report.Notes) console.WriteLine($"note: {note}");
        console.MarkupLineInterpolated($"[grey]seed {report.Seed}; {report.Machine}[/]");
    }
}
