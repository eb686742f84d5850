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
        var (code, output, error) = CliRun.Of("prove", "L2", "T1.1", "--timeout", "1", "--json", json);
        var report = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var entries = report.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["L2", "T1.1"], entries.Select(e => e.GetProperty("id").GetString()));
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
            foreach (var r in e.GetProperty("results").EnumerateArray())
            {
                string seconds = r.GetProperty("seconds").GetDouble().ToString("F2", CultureInfo.InvariantCulture);
                string query = $@"{Regex.Escape(r.GetProperty("shape").GetString()!)}\s{{2,}}{Regex.Escape(r.GetProperty("verdict").GetString()!)}\s{{2,}}{Regex.Escape(seconds)}$";
                Assert.Contains(lines, l => Regex.IsMatch(l, query));
            }
        }
        var notEncoded = report.GetProperty("notEncoded");
        Assert.Equal(["T1.1"], notEncoded.EnumerateObject().Select(p => p.Name));
        string t11 = entries[1].GetProperty("verdict").GetString()!;
        Assert.Contains($"prove: T1.1 is {t11} for its encoded parts only; not encoded: {string.Join("; ", notEncoded.GetProperty("T1.1").EnumerateArray().Select(c => c.GetString()))}", lines);

        var verdicts = entries.Select(e => e.GetProperty("verdict").GetString()).ToList();
        Assert.Contains($"prove: {verdicts.Count(v => v is "proven" or "refuted")} decided, {verdicts.Count(v => v == "unknown")} unknown, " +
                        $"{verdicts.Count(v => v == "not expressible")} not expressible, 0 contradicted (per-query budget 1 s)", lines);

        if (report.TryGetProperty("coq", out var coq) && coq.ValueKind == JsonValueKind.Array)
        {
            var rows = coq.EnumerateArray().ToList();
            foreach (var row in rows)
                Assert.Contains(lines, l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(row.GetProperty("id").GetString()!)}\s{{2,}}{Regex.Escape(row.GetProperty("coqTheorem").GetString()!)}\s{{2,}}{Regex.Escape(row.GetProperty("file").GetString()!)}\s{{2,}}{Regex.Escape(row.GetProperty("verdict").GetString()!)}$"));
            Assert.Contains(lines, l => l.StartsWith($"prove: {rows.Count(r => r.GetProperty("proven").GetBoolean())} of {rows.Count} entries ", StringComparison.Ordinal));
        }
        else Assert.Contains($"prove: Coq skipped ({report.GetProperty("coqSkipped").GetString()}); no entry is reported proven in every dimension", lines);
        Assert.Contains($"prove: report written to {json}", CliRun.Lines(error));
    }
}
