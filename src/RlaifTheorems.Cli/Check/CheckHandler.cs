using System.Diagnostics;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Formal.Coq;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Formal.Smt;
using RlaifTheorems.Verification.Corpus;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Cli.Check;

/// <summary>
/// <c>check</c>: runs the catalogue (optionally filtered by ID prefix, or one shard of it), shows progress on standard error,
/// prints a table, optionally writes a JSON report, and exits 1 if any THEOREM or LAW fails or any PROBE is not refuted.
/// </summary>
public static class CheckHandler
{
    /// <summary>Runs the selected entries; with <paramref name="counterexampleDirectory"/>, writes each refuted PROBE's shrunk
    /// counterexample there as <c>&lt;ID&gt;.json</c>; with <paramref name="shard"/>, only that shard's chunks (a partial
    /// report for <c>check merge</c>, which needs <paramref name="jsonPath"/>); it stops when <paramref name="interrupt"/> (by default
    /// Ctrl-C or SIGTERM) is requested. Returns the process exit code.</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int maxTest, ulong? seed, string? jsonPath, bool quiet,
        string? counterexampleDirectory, Shard? shard = null, bool formal = true, bool coq = false, Interrupt? interrupt = null)
    {
        if (!EntrySelection.TrySelect(prefixes, out var entries, out var unknown)) return Say.Usage("check", unknown!);
        if (shard is not null && jsonPath is null) return Say.Usage("check", "--shard writes a partial report for check merge: give --json FILE");
        if (shard is not null && counterexampleDirectory is not null) return Say.Usage("check", "--save-counterexamples needs the whole run: use it with check merge's report, not a shard");
        if (ReportOutput.Check("check", jsonPath) is int bad) return bad;
        if (counterexampleDirectory is not null && File.Exists(counterexampleDirectory))
            return Say.Usage("check", $"--counterexamples-dir {counterexampleDirectory} is a file, not a folder");

        var run = new CheckRun(entries, RunSettings.ForEnvironment(maxTest, seed), shard);
        // Coq answers beside the property run (a separate process), so its seconds overlap the cases'.
        var coqTask = coq && shard is null ? Task.Run(() => CoqColumn(entries, CoqDevelopment.Locate())) : null;
        var settings = run.Settings;
        Console.Error.WriteLine($"check: {entries.Count} entries, {settings.MaxTest} cases each (LAWs use their own), seed {settings.Seed}" +
                                $"{(RunSettings.IsCi ? " (CI profile)" : "")}{(shard is null ? "" : $", shard {shard}")}");
        var clock = Stopwatch.StartNew();
        var results = new List<EntryResult>();
        // Stryker disable once Conditional : a listener made although an interrupt is given is never read (the given one decides)
        // and is disposed with the run; only a signal could reach it, and the command line always passes none.
        using var listening = interrupt is null ? new Interrupt() : null;
        interrupt ??= listening!;
        foreach (var (unit, i) in run.Units.Select((u, i) => (u, i)))
        {
            if (interrupt.Requested) break;
            string line = unit.Chunk is int chunk
                ? $"[{i + 1}/{run.Units.Count}] {unit.Entry.Id,-5} chunk {chunk + 1}/{unit.Entry.ChunkCount(settings)} … "
                : $"[{i + 1}/{run.Units.Count}] {unit.Entry.Id,-5} {unit.Entry.Name} … ";
            if (!quiet) Console.Error.Write(line);
            var progress = quiet || unit.Chunk is not null || unit.Entry.ChunkCount(settings) == 1 ? null : new CaseProgress(line, settings.MaxTest, Console.IsErrorRedirected);
            var result = run.Run(unit, progress, interrupt.Token);
            progress?.Done();
            results.Add(result);
            if (!quiet) Console.Error.WriteLine($"{(result.Interrupted ? "interrupted" : result.Verdict.ToString().ToLowerInvariant())} ({result.ElapsedMs / 1000:F1} s)");
        }
        if (interrupt.Requested)
        {
            // Stryker disable once Statement : the clock is read on the next line; stopping it first changes the time by microseconds.
            clock.Stop();
            var partial = run.Report(results, clock.Elapsed.TotalSeconds, null, interrupted: true);
            Console.Error.WriteLine($"check: interrupted; {results.Count} of {run.Units.Count} {(shard is null ? "entries" : "chunks")} reported{(results.LastOrDefault()?.Interrupted == true ? $", the last after {results[^1].Cases} cases" : "")}");
            if (jsonPath is not null) ReportOutput.Write("check", jsonPath, partial);
            TryPrint(() => CheckTable.Print(results));
            return ExitCodes.Interrupted;
        }
        var verdicts = formal && shard is null ? Formal(entries, quiet) : null;
        var (coqRows, coqSkipped) = coqTask is null ? (null, "not asked: check --coq or prove") : coqTask.Result;
        // Stryker disable once Statement : the clock is read just below; stopping it first changes the time by microseconds.
        clock.Stop();

        var report = run.Report(results, clock.Elapsed.TotalSeconds, verdicts, interrupted: false) with { Coq = coqRows, CoqSkipped = coqSkipped };
        if (shard is not null)
        {
            CheckTable.Print(results);
            int failedChunks = results.Count(r => r.Kind != EntryKind.Probe && r.Verdict == Verdict.Failed);
            Console.WriteLine($"check shard {shard}: {results.Count} chunks, {failedChunks} failed; combine every shard with check merge");
            return !ReportOutput.Write("check", jsonPath!, report) ? ExitCodes.Usage : failedChunks == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        return Finish(report, jsonPath, counterexampleDirectory, $"replay with --seed {settings.Seed} --max-test {settings.MaxTest}");
    }

    /// <summary>The formal column (<see cref="FormalColumn"/>), or null (with a note) without a solver.</summary>
    private static IReadOnlyList<FormalVerdict>? Formal(IReadOnlyList<CatalogueEntry> entries, bool quiet)
    {
        var solver = Z3.Find();
        if (solver.Unavailable() is { } missing)
        {
            Console.Error.WriteLine($"check: no formal column: {missing}");
            return null;
        }
        if (!quiet) Console.Error.Write($"check: formal verdicts (z3, {FormalColumn.PerQuerySeconds} s a query) … ");
        var clock = Stopwatch.StartNew();
        var verdicts = FormalColumn.Prove(entries, solver);
        if (!quiet) Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s");
        return verdicts;
    }

    /// <summary>The Coq column of the development in <paramref name="folder"/> (null: none found): Coq's own verdict in this run
    /// when the development is already built (asking costs a few seconds; building it is <c>prove</c>'s or <c>make -C coq</c>'s
    /// job), otherwise the reason there is none.</summary>
    public static (IReadOnlyList<CoqVerdict>? Rows, string? Skipped) CoqColumn(IReadOnlyList<CatalogueEntry> entries, string? folder)
    {
        if (folder is null) return (null, "no coq/ folder above the current directory");
        if (!CoqDevelopment.IsBuilt(folder)) return (null, "the Coq development is not built (make -C coq, or prove, builds it)");
        if (!CoqDevelopment.TryCheckOnce(folder, out var results, out var problem)) return (null, problem);
        return (CoqVerdicts.For(entries, CoqDevelopment.Theorems(folder), results, CoqDevelopment.Parts(folder)), null);
    }

    /// <summary>Writes the report (before anything is printed, so a full or closed standard output loses nothing), prints the
    /// table and the failures, saves the certified counterexamples; returns the exit code.</summary>
    internal static int Finish(CheckReport report, string? jsonPath, string? counterexampleDirectory, string footnote)
    {
        bool written = jsonPath is null || ReportOutput.Write("check", jsonPath, report);
        try
        {
            int failed = PrintAndSave(report, counterexampleDirectory, footnote);
            return !written ? ExitCodes.Usage : failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"check: standard output could not be written ({e.Message}); the JSON report, if asked for, is complete");
            return ExitCodes.Usage;
        }
    }

    private static void TryPrint(Action print)
    {
        try { print(); }
        catch (IOException e) { Console.Error.WriteLine($"check: standard output could not be written ({e.Message})"); }
    }

    /// <summary>Prints the table and the failures, saves the certified counterexamples; returns how many failed.</summary>
    private static int PrintAndSave(CheckReport report, string? counterexampleDirectory, string footnote)
    {
        var results = report.Entries;
        CheckTable.Print(results, report.Formal);
        int failed = results.Count(r => !r.Passed) + (report.Formal?.Count(v => !v.Consistent) ?? 0);
        foreach (var v in report.Formal?.Where(v => !v.Consistent) ?? [])
            Console.WriteLine($"FAILED {v.Id} (formal): the solver contradicts it: {string.Join("; ", v.Results.Where(r => r.Contradicts).Select(r => $"{r.Part} at {r.Shape} is {r.Verdict.Text()}"))}");
        foreach (var r in results.Where(r => !r.Passed))
            Console.WriteLine($"FAILED {r.Id}: {r.Message}\n  replay: check {r.Id} --seed {report.Seed} --max-test {report.MaxTest}" +
                              (r.Counterexample is null ? "" : $"\n  shrunk case: {r.Counterexample}"));
        Console.WriteLine($"check: {results.Count - results.Count(r => !r.Passed)} passed, {results.Count(r => !r.Passed)} failed" +
                          (report.Formal is null ? "" : $"; formal: {report.Formal.Count(v => v.Verdict is FormalVerdictKind.Proven or FormalVerdictKind.Refuted)} decided, {report.Formal.Count(v => v.Verdict == FormalVerdictKind.NotExpressible)} not expressible, {report.Formal.Count(v => v.Verdict == FormalVerdictKind.Unknown)} unknown, {report.Formal.Count(v => !v.Consistent)} contradicted"));
        if (report.Coq is { } coq)
        {
            var proven = coq.Where(c => c.Proven).Select(c => c.Id).ToArray();
            Console.WriteLine($"check: {CoqVerdicts.ProvenText}: {(proven.Length == 0 ? "none" : string.Join(", ", proven))} ({proven.Length} of {coq.Count}; Coq closed each in this run)");
        }
        else if (report.CoqSkipped is { } why) Console.WriteLine($"check: no Coq verdicts ({why})");
        Console.WriteLine($"({report.ElapsedSeconds:F1} s, seed {report.Seed}; {footnote})");

        if (counterexampleDirectory is null) return failed;
        foreach (var saved in CorpusFiles.Save(report, counterexampleDirectory))
        {
            if (saved.Path is null)
            {
                Console.WriteLine($"FAILED {saved.Result.Id}: its counterexample is not certified exactly ({saved.Certificate.Reason}); no file written");
                failed++;
            }
            else
                Console.Error.WriteLine($"check: wrote {saved.Path} ({saved.Result.ShrunkDimensions}, violation {saved.Result.Violation:G4}; exactly: {saved.Certificate.Inequality})");
        }
        return failed;
    }
}
