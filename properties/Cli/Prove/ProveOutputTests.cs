using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RlaifTheorems.Properties.Cli.Prove;

/// <summary>
/// What <c>prove</c> prints says what its JSON report says: each query's shape, the solver's verdict and its seconds; each
/// entry's verdict beside its ID; the clauses of a partly encoded entry that no query covers; the Coq column (or why it was
/// skipped); and the summary's counts.
/// </summary>
[Collection("Alone")]
public sealed class ProveOutputTests
{
    [Fact]
    public void EachQueryEntryAndCountIsTheReports()
    {
        string json = TempFiles.Path("prove-output");
        var (code, output, error) = CliRun.Of("prove", "L2", "T1.1", "T2.4", "--timeout", "1", "--json", json);
        var report = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var entries = report.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["L2", "T1.1", "T2.4"], entries.Select(e => e.GetProperty("id").GetString()));
        // Every shape that finished in the budget is queried, not only the first.
        Assert.True(entries[0].GetProperty("results").GetArrayLength() >= 2);
        bool withCoq = report.TryGetProperty("coq", out var coqRows) && coqRows.ValueKind == JsonValueKind.Array;
        // prove builds the development as needed: wherever Coq is installed, there is a Coq column.
        Assert.Equal(RlaifTheorems.Properties.Formal.Coq.CoqOnThisMachine.Installed(), withCoq);
        Assert.All(entries, e => Assert.True(e.GetProperty("consistent").GetBoolean()));
        Assert.Equal(0, code);
        Assert.Equal(1, report.GetProperty("perQuerySeconds").GetInt32());

        var lines = CliRun.Lines(output);
        Assert.Single(lines, l => CliRun.Row(l, "ID") is ["ID", "verdict", "part", "shape", "solver", "s"]);
        foreach (var e in entries)
        {
            string id = e.GetProperty("id").GetString()!, verdict = e.GetProperty("verdict").GetString()!;
            Assert.Contains(lines, l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(id)}\s{{2,}}{Regex.Escape(verdict)}\s{{2,}}"));
            Assert.Contains(CliRun.Lines(error), l => l.StartsWith($"prove: {id} ", StringComparison.Ordinal));
            // The ID and the verdict stand on the entry's first row only (and the ID once more in the Coq table).
            Assert.Equal(withCoq ? 2 : 1, lines.Count(l => CliRun.Row(l, id) is not null));
            var results = e.GetProperty("results").EnumerateArray().ToList();
            if (results.Count == 0) Assert.Contains(lines, l => CliRun.Row(l, id) is [_, "not expressible", var reason] && e.GetProperty("reason").GetString()!.StartsWith(reason, StringComparison.Ordinal));
            else Assert.Single(lines, l => Regex.IsMatch(l, $@"^\s*({Regex.Escape(id)}\s{{2,}})?{Regex.Escape(verdict)}\s{{2,}}{Regex.Escape(results[0].GetProperty("part").GetString()!)}"));
            foreach (var r in results)
            {
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"  {r.GetProperty("shape").GetString(),-42} {r.GetProperty("verdict").GetString(),-8} {r.GetProperty("seconds").GetDouble(),6:F2} s  {r.GetProperty("part").GetString()}"), CliRun.Lines(error));
                string seconds = r.GetProperty("seconds").GetDouble().ToString("F2", CultureInfo.InvariantCulture);
                string query = $@"{Regex.Escape(r.GetProperty("shape").GetString()!)}\s{{2,}}{Regex.Escape(r.GetProperty("verdict").GetString()!)}\s{{2,}}{Regex.Escape(seconds)}$";
                Assert.Contains(lines, l => Regex.IsMatch(l, query));
            }
        }
        // The ID and verdict cells hold an entry's ID and verdict on its first row, and are blank on its later rows (a part's
        // continuation included): read by the header's column positions.
        int header = Array.FindIndex(lines, l => CliRun.Row(l, "ID") is ["ID", "verdict", "part", "shape", "solver", "s"]);
        int verdictAt = lines[header].IndexOf("verdict", StringComparison.Ordinal), partAt = lines[header].IndexOf("part", StringComparison.Ordinal);
        var cells = lines.Skip(header + 2).TakeWhile(l => l.Length > 0)
            .Select(l => (Id: l[..verdictAt].Trim(), Verdict: l[verdictAt..partAt].Trim())).ToList();
        Assert.Equal(entries.Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("verdict").GetString()!)), cells.Where(c => c.Id.Length > 0));
        Assert.All(cells.Where(c => c.Id.Length == 0), c => Assert.Equal("", c.Verdict));
        Assert.True(cells.Count > entries.Count);

        var notEncoded = report.GetProperty("notEncoded");
        Assert.Equal(["T1.1"], notEncoded.EnumerateObject().Select(p => p.Name));
        string t11 = entries[1].GetProperty("verdict").GetString()!;
        Assert.Contains($"prove: T1.1 is {t11} for its encoded parts only; not encoded: {string.Join("; ", notEncoded.GetProperty("T1.1").EnumerateArray().Select(c => c.GetString()))}", lines);

        var verdicts = entries.Select(e => e.GetProperty("verdict").GetString()).ToList();
        Assert.Contains($"prove: {verdicts.Count(v => v is "proven" or "refuted")} decided, {verdicts.Count(v => v == "unknown")} unknown, " +
                        $"{verdicts.Count(v => v == "not expressible")} not expressible, 0 contradicted (per-query budget 1 s)", lines);

        if (withCoq)
        {
            var rows = coqRows.EnumerateArray().ToList();
            Assert.Single(lines, l => CliRun.Row(l, "ID") is ["ID", "Coq theorem", "file", "second verdict"]);
            foreach (var row in rows)
            {
                string[] expected = row.TryGetProperty("coqTheorem", out var named) && named.GetString() is { } theorem
                    ? [row.GetProperty("id").GetString()!, theorem, row.GetProperty("file").GetString()!, row.GetProperty("verdict").GetString()!]
                    : [row.GetProperty("id").GetString()!, "–", row.GetProperty("verdict").GetString()!];
                Assert.Contains(lines, l => CliRun.Row(l, expected[0]) is { } cells && cells.SequenceEqual(expected));
            }
            Assert.Contains(lines, l => l.StartsWith($"prove: {rows.Count(r => r.GetProperty("proven").GetBoolean())} of {rows.Count} entries ", StringComparison.Ordinal));
        }
        else Assert.Contains($"prove: Coq skipped ({report.GetProperty("coqSkipped").GetString()}); no entry is reported proven in every dimension", lines);
        Assert.Contains($"prove: report written to {json}", CliRun.Lines(error));
    }
}
