using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Formal.Proving;
using Spectre.Console;

namespace RlaifTheorems.Cli.Check;

/// <summary><c>check</c>'s table: one row per entry (or chunk), with the formal verdict beside the random one.</summary>
public static class CheckTable
{
    /// <summary>Prints the rows of <paramref name="results"/>, and the footnote on partly encoded entries when there is a formal column.</summary>
    public static void Print(IReadOnlyList<EntryResult> results, IReadOnlyList<FormalVerdict>? formal = null)
    {
        Tables.Write(Build(results, formal), 160);
        if (formal is not null && results.Any(r => FormalCatalogue.NotEncoded.ContainsKey(r.Id)))
            Tables.Console(160).MarkupLine("* the solver's verdict covers the entry's encoded parts only; prove names the clauses no query covers");
    }

    /// <summary>The table: a verdict in green when the entry passed, red when it did not, yellow when interrupted; a formal
    /// verdict in red when the solver contradicts the entry, starred when it covers the entry's encoded parts only.</summary>
    public static Table Build(IReadOnlyList<EntryResult> results, IReadOnlyList<FormalVerdict>? formal = null)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("ID", "status", "verdict", "formal", "cases", "hypothesis", "min slack", "time (s)", "name");
        foreach (var r in results)
            table.AddRow(
                Markup.Escape(r.Chunk is { } c ? $"{r.Id}#{c}" : r.Id),
                r.Kind.ToString().ToUpperInvariant(),
                r.Interrupted ? $"[yellow]{r.Verdict.ToString().ToLowerInvariant()} so far (interrupted)[/]"
                    : r.Passed ? $"[green]{r.Verdict.ToString().ToLowerInvariant()}[/]" : $"[red]{r.Verdict.ToString().ToLowerInvariant()}[/]",
                // Stryker disable once Linq : the formal column holds a verdict for every entry of the run (FormalColumn.Prove), so First finds one.
                formal?.FirstOrDefault(v => v.Id == r.Id) is { } f ? (f.Consistent ? f.Verdict.Text() : $"[red]{f.Verdict.Text()}[/]") + Partial(r.Id) : "-",
                r.Cases.ToString(),
                r.HypothesisCases.ToString(),
                r.Kind == EntryKind.Probe ? (r.Violation is { } v ? $"violation {v:G3}" : "-") : r.MinSlack?.ToString("G3") ?? "-",
                (r.ElapsedMs / 1000).ToString("F2"),
                Markup.Escape(r.Name));
        return table;
    }

    private static string Partial(string id) => FormalCatalogue.NotEncoded.ContainsKey(id) ? "*" : "";
}
