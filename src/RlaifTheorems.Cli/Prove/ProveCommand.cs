using System.CommandLine;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Formal.Coq;
using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Formal.Smt;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;
using Spectre.Console;

namespace RlaifTheorems.Cli.Prove;

/// <summary>
/// <c>prove</c>: hands every expressible catalogue entry to the SMT solver, as far up in dimension as it finishes within the
/// per-query budget, and prints the table of verdicts (entry × part × shape: proven / refuted / unknown, seconds); with
/// <c>--json</c>, the same with the models of refuted PROBEs as exact SMT-LIB2 values.
/// </summary>
public sealed class ProveCommand
{
    /// <summary>The per-query budget of <c>prove</c>, in seconds, unless <c>--timeout</c> says otherwise.</summary>
    public const int DefaultTimeout = 10;

    /// <summary>The largest per-query budget, in seconds: a day.</summary>
    public const int MaxTimeout = 86_400;

    /// <summary>Catalogue ID prefixes.</summary>
    public readonly Argument<string[]> Ids = new("ids") { Description = "Catalogue ID prefixes to prove (e.g. T1 P3.1); all when omitted.", Arity = ArgumentArity.ZeroOrMore };
    /// <summary>Seconds per query.</summary>
    public readonly Option<int> Timeout = new("--timeout") { Description = "Seconds per solver query.", DefaultValueFactory = _ => DefaultTimeout };
    /// <summary>The JSON report's file.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write the verdicts, with exact models, to this file." };
    /// <summary>No progress lines.</summary>
    public readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No per-query progress lines." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        Timeout.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int n) && (n < 1 || n > MaxTimeout))
                r.AddError($"--timeout takes 1 to {MaxTimeout} seconds (a day), not {n}");
        });
        var prove = new Command("prove", "Hand every expressible entry to the SMT solver (z3): THEOREMs proven for all real inputs, PROBEs refuted with exact models, as far up in dimension as each query finishes in its budget." +
            "\n\nExample: rlaif-theorems prove T1 T2.5 --timeout 10 --json proofs.json" +
            "\n\nExit codes: 0 no contradiction (every answer proven, refuted, unknown or not expressible), 1 the solver contradicts an entry, 2 bad usage or no solver.")
            { Ids, Timeout, Json, Quiet };
        // Stryker disable once NullCoalescing : a zero-or-more argument parses to an empty array, never null.
        prove.SetAction(p => Run(p.GetValue(Ids) ?? [], p.GetValue(Timeout), p.GetValue(Json), p.GetValue(Quiet)));
        return prove;
    }

    /// <summary>Proves the entries selected by <paramref name="prefixes"/>; returns the exit code (1 if the solver contradicts an entry).</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int timeout, string? jsonPath, bool quiet)
    {
        if (!EntrySelection.TrySelect(prefixes, out var entries, out var unknown)) return Say.Usage("prove", unknown!);
        if (ReportOutput.Check("prove", jsonPath) is int bad) return bad;
        var solver = Z3.Find();
        if (solver.Unavailable() is { } missing) return Say.Usage("prove", missing);
        var prover = new Prover(solver, TimeSpan.FromSeconds(timeout));
        var verdicts = new List<FormalVerdict>();
        foreach (var entry in entries)
        {
            if (!quiet) Console.Error.WriteLine($"prove: {entry.Id} {entry.Name}");
            verdicts.Add(prover.Prove(entry.Id, firstShapeOnly: false,
                r => { if (!quiet) Console.Error.WriteLine($"  {r.Shape,-42} {r.Verdict.Text(),-8} {r.Seconds,6:F2} s  {r.Part}"); }));
        }
        Print(verdicts);
        foreach (var v in verdicts.Where(v => FormalCatalogue.NotEncoded.ContainsKey(v.Id)))
            Console.WriteLine($"prove: {v.Id} is {v.Verdict.Text()} for its encoded parts only; not encoded: {string.Join("; ", FormalCatalogue.NotEncoded[v.Id])}");
        var (coq, coqSkipped) = CoqColumn(entries, CoqDevelopment.Locate());
        int failed = verdicts.Count(v => !v.Consistent);
        Console.WriteLine($"prove: {verdicts.Count(v => v.Verdict is FormalVerdictKind.Proven or FormalVerdictKind.Refuted)} decided, {verdicts.Count(v => v.Verdict == FormalVerdictKind.Unknown)} unknown, " +
                          $"{verdicts.Count(v => v.Verdict == FormalVerdictKind.NotExpressible)} not expressible, {failed} contradicted (per-query budget {timeout} s)");
        if (jsonPath is not null && !ReportOutput.Write("prove", jsonPath, new ProveReport(TheoremCatalogue.SuiteVersion, timeout, verdicts, coq, coqSkipped)
            { NotEncoded = verdicts.Where(v => FormalCatalogue.NotEncoded.ContainsKey(v.Id)).ToDictionary(v => v.Id, v => FormalCatalogue.NotEncoded[v.Id]) }))
            return ExitCodes.Usage;
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>The second verdict per entry, from Coq in this run on the development in <paramref name="folder"/> (null: none
    /// found; it is rebuilt as needed and every theorem's assumptions printed), printed as a table; null with the reason, printed,
    /// when there is no development, Coq is absent or the development does not build.</summary>
    public static (IReadOnlyList<CoqVerdict>? Rows, string? Skipped) CoqColumn(IReadOnlyList<CatalogueEntry> entries, string? folder)
    {
        IReadOnlyList<CoqAssumptions> results = [];
        string? skipped = folder is null ? "no coq/ folder above the current directory"
            : !CoqDevelopment.TryCheck(folder, out results, out var problem) ? problem
            : null;
        if (skipped is not null)
        {
            Console.WriteLine($"prove: Coq skipped ({skipped}); no entry is reported proven in every dimension");
            return (null, skipped);
        }
        var theorems = CoqDevelopment.Theorems(folder!);
        var rows = CoqVerdicts.For(entries, theorems, results, CoqDevelopment.Parts(folder!));
        var table = new Table().Border(TableBorder.Simple).AddColumns("ID", "Coq theorem", "file", "second verdict");
        foreach (var r in rows) table.AddRow(r.Id, Markup.Escape(r.CoqTheorem ?? "–"), Markup.Escape(r.File ?? ""), Markup.Escape(r.Verdict));
        Tables.Write(table, 200);
        Console.WriteLine($"prove: {rows.Count(r => r.Proven)} of {rows.Count} entries {CoqVerdicts.ProvenText}, Coq's Print Assumptions closed for each");
        return (rows, null);
    }

    private static void Print(IReadOnlyList<FormalVerdict> verdicts)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("ID", "verdict", "part", "shape", "solver", "s");
        foreach (var v in verdicts)
        {
            // An entry without queries (not expressible) has one row, its reason in the part's column.
            if (v.Results.Count == 0) table.AddRow(v.Id, v.Verdict.Text(), Markup.Escape(v.Reason ?? ""), "", "", "");
            foreach (var (r, i) in v.Results.Select((r, i) => (r, i)))
                table.AddRow(i == 0 ? v.Id : "", i == 0 ? v.Verdict.Text() : "", Markup.Escape(r.Part), Markup.Escape(r.Shape), r.Verdict.Text(), r.Seconds.ToString("F2"));
        }
        Tables.Write(table, 200);
    }
}
