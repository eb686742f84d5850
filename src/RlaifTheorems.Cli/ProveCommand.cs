using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Corpus;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Formal.Smt;
using Spectre.Console;

namespace RlaifTheorems.Cli;

/// <summary>
/// <c>prove</c>: hands every expressible catalogue entry to the SMT solver, as far up in dimension as it finishes within the
/// per-query budget, and prints the table of verdicts (entry × part × shape: proven / refuted / unknown, seconds); with
/// <c>--json</c>, the same with the models of refuted PROBEs as exact SMT-LIB2 values.
/// </summary>
public static class ProveCommand
{
    /// <summary>The per-query budget of <c>prove</c>, in seconds, unless <c>--timeout</c> says otherwise.</summary>
    public const int DefaultTimeout = 10;

    /// <summary>Proves the entries selected by <paramref name="prefixes"/>; returns the exit code (1 if the solver contradicts an entry).</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int timeout, string? jsonPath, bool quiet)
    {
        var unknown = prefixes.Where(p => TheoremCatalogue.Select(new[] { p }).Count == 0 || p.Length == 0).ToList();
        if (unknown.Count > 0) return Fail($"no catalogue entry starts with {string.Join(" or ", unknown.Select(p => $"'{p}'"))}");
        if (jsonPath is not null && OutputFile.Problem(jsonPath, "--json") is { } problem) return Fail(problem);
        var solver = new Z3Solver();
        if (solver.Unavailable() is { } missing) return Fail(missing);
        var prover = new Prover(solver, TimeSpan.FromSeconds(timeout));
        var verdicts = new List<FormalVerdict>();
        foreach (var entry in TheoremCatalogue.Select(prefixes))
        {
            if (!quiet) Console.Error.WriteLine($"prove: {entry.Id} {entry.Name}");
            verdicts.Add(prover.Prove(entry.Id, firstShapeOnly: false,
                r => { if (!quiet) Console.Error.WriteLine($"  {r.Shape,-42} {r.Verdict,-8} {r.Seconds,6:F2} s  {r.Part}"); }));
        }
        Print(verdicts);
        int failed = verdicts.Count(v => !v.Consistent);
        Console.WriteLine($"prove: {verdicts.Count(v => v.Verdict is "proven" or "refuted")} decided, {verdicts.Count(v => v.Verdict == "unknown")} unknown, " +
                          $"{verdicts.Count(v => v.Verdict == "not expressible")} not expressible, {failed} contradicted (per-query budget {timeout} s)");
        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, JsonFormat.Serialize(new { suiteVersion = TheoremCatalogue.SuiteVersion, perQuerySeconds = timeout, entries = verdicts }));
            Console.Error.WriteLine($"prove: report written to {jsonPath}");
        }
        return failed == 0 ? 0 : 1;
    }

    private static void Print(IReadOnlyList<FormalVerdict> verdicts)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("ID", "verdict", "part", "shape", "solver", "s");
        foreach (var v in verdicts)
        {
            if (v.Results.Count == 0) { table.AddRow(v.Id, v.Verdict, Markup.Escape(v.Reason ?? ""), "", "", ""); continue; }
            foreach (var (r, i) in v.Results.Select((r, i) => (r, i)))
                table.AddRow(i == 0 ? v.Id : "", i == 0 ? v.Verdict : "", Markup.Escape(r.Part), Markup.Escape(r.Shape), r.Verdict, r.Seconds.ToString("F2"));
        }
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Width = 200;
        }
        AnsiConsole.Write(table);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"prove: {message}");
        return 2;
    }
}
