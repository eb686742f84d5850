using System.Diagnostics;
using System.Text.Json;
using RlaifTheorems.Catalogue.Corpus;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using Spectre.Console;

namespace RlaifTheorems.Cli;

/// <summary>
/// <c>check</c>: runs the catalogue (optionally filtered by ID prefix, or one shard of it), shows progress on standard
/// error, prints a table, optionally writes a JSON report, and exits 1 if any THEOREM or LAW fails or any PROBE is not
/// refuted. <c>check merge</c> combines shard reports into the report of the whole run.
/// </summary>
public static class CheckCommand
{
    /// <summary>Runs the selected entries; with <paramref name="counterexampleDirectory"/>, writes each refuted PROBE's shrunk
    /// counterexample there as <c>&lt;ID&gt;.json</c>; with <paramref name="shard"/>, only that shard's chunks (a partial
    /// report for <c>check merge</c>, which needs <paramref name="jsonPath"/>). Returns the process exit code.</summary>
    public static int Run(IReadOnlyCollection<string> prefixes, int maxTest, ulong? seed, string? jsonPath, bool quiet,
        string? counterexampleDirectory, Shard? shard = null, bool formal = true)
    {
        var unknown = prefixes.Where(p => TheoremCatalogue.Select(new[] { p }).Count == 0 || p.Length == 0).ToList();
        if (unknown.Count > 0)
            return Usage($"no catalogue entry starts with {string.Join(" or ", unknown.Select(p => $"'{p}'"))}; IDs are {string.Join(", ", TheoremCatalogue.All.Select(e => e.Id))}");
        if (shard is not null && jsonPath is null) return Usage("--shard writes a partial report for check merge: give --json FILE");
        if (shard is not null && counterexampleDirectory is not null) return Usage("--save-counterexamples needs the whole run: use it with check merge's report, not a shard");
        if (jsonPath is not null && OutputFile.Problem(jsonPath, "--json") is { } jsonProblem) return Usage(jsonProblem);
        if (counterexampleDirectory is not null && File.Exists(counterexampleDirectory))
            return Usage($"--counterexamples-dir {counterexampleDirectory} is a file, not a folder");

        var entries = TheoremCatalogue.Select(prefixes);
        var settings = RunSettings.ForEnvironment(maxTest, seed);
        Console.Error.WriteLine($"check: {entries.Count} entries, {settings.MaxTest} cases each (LAWs use their own), seed {settings.Seed}" +
                                $"{(RunSettings.IsCi ? " (CI profile)" : "")}{(shard is null ? "" : $", shard {shard}")}");
        var clock = Stopwatch.StartNew();
        var results = new List<EntryResult>();
        using var interrupt = new Interrupt();
        if (shard is null)
        {
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                if (interrupt.Requested) break;
                string line = $"[{i + 1}/{entries.Count}] {entry.Id,-5} {entry.Name} … ";
                if (!quiet) Console.Error.Write(line);
                var progress = quiet || entry.ChunkCount(settings) == 1 ? null : new CaseProgress(line, settings.MaxTest);
                var result = entry.Run(settings, progress: progress, cancel: interrupt.Token);
                progress?.Done();
                results.Add(result);
                if (!quiet) Console.Error.WriteLine($"{(result.Interrupted ? "interrupted" : result.Verdict.ToString().ToLowerInvariant())} ({result.ElapsedMs / 1000:F1} s)");
            }
        }
        else
        {
            var units = shard.Units(entries, settings).ToList();
            foreach (var ((entry, chunk), i) in units.Select((u, i) => (u, i)))
            {
                if (interrupt.Requested) break;
                if (!quiet) Console.Error.Write($"[{i + 1}/{units.Count}] {entry.Id,-5} chunk {chunk + 1}/{entry.ChunkCount(settings)} … ");
                var result = entry.RunChunk(settings, chunk);
                results.Add(result);
                if (!quiet) Console.Error.WriteLine($"{result.Verdict.ToString().ToLowerInvariant()} ({result.ElapsedMs / 1000:F1} s)");
            }
        }
        if (interrupt.Requested)
        {
            clock.Stop();
            var partial = new CheckReport(TheoremCatalogue.SuiteVersion, settings.Seed, settings.MaxTest, RunSettings.IsCi, clock.Elapsed.TotalSeconds, results, shard?.ToString(), null)
                { Interrupted = true };
            Console.Error.WriteLine($"check: interrupted; {results.Count} of {(shard is null ? entries.Count : shard.Units(entries, settings).Count())} {(shard is null ? "entries" : "chunks")} reported{(results.LastOrDefault()?.Interrupted == true ? $", the last after {results[^1].Cases} cases" : "")}");
            if (jsonPath is not null) WriteReport(partial, jsonPath);
            TryPrint(() => PrintTable(results));
            return Interrupt.ExitCode;
        }
        var verdicts = formal && shard is null ? Formal(entries, quiet) : null;
        clock.Stop();

        var report = new CheckReport(TheoremCatalogue.SuiteVersion, settings.Seed, settings.MaxTest, RunSettings.IsCi, clock.Elapsed.TotalSeconds, results, shard?.ToString(), verdicts);
        if (shard is not null)
        {
            PrintTable(results);
            int failedChunks = results.Count(r => r.Kind != EntryKind.Probe && r.Verdict == Verdict.Failed);
            Console.WriteLine($"check shard {shard}: {results.Count} chunks, {failedChunks} failed; combine every shard with check merge");
            return WriteReport(report, jsonPath!) ?? (failedChunks == 0 ? 0 : 1);
        }
        return Finish(report, jsonPath, counterexampleDirectory, $"replay with --seed {settings.Seed} --max-test {settings.MaxTest}");
    }

    /// <summary><c>check --deep</c>: validates the IDs and the JSON target, then runs <see cref="DeepCommand"/>.</summary>
    public static int RunDeep(IReadOnlyCollection<string> prefixes, int casesPerDimension, ulong? seed, string? jsonPath, bool quiet)
    {
        var unknown = prefixes.Where(p => TheoremCatalogue.Select(new[] { p }).Count == 0 || p.Length == 0).ToList();
        if (unknown.Count > 0) return Usage($"no catalogue entry starts with {string.Join(" or ", unknown.Select(p => $"'{p}'"))}");
        if (jsonPath is not null && OutputFile.Problem(jsonPath, "--json") is { } problem) return Usage(problem);
        return DeepCommand.Run(TheoremCatalogue.Select(prefixes), casesPerDimension, seed, jsonPath, quiet);
    }

    /// <summary><c>check --soak N</c>: validates like <see cref="Run"/>, then runs <see cref="Soak"/>.</summary>
    public static int RunSoak(IReadOnlyCollection<string> prefixes, int rounds, int maxTest, ulong? seed, string? jsonPath, bool quiet)
    {
        var unknown = prefixes.Where(p => TheoremCatalogue.Select(new[] { p }).Count == 0 || p.Length == 0).ToList();
        if (unknown.Count > 0) return Usage($"no catalogue entry starts with {string.Join(" or ", unknown.Select(p => $"'{p}'"))}");
        if (jsonPath is not null && OutputFile.Problem(jsonPath, "--json") is { } problem) return Usage(problem);
        return Soak.Run(TheoremCatalogue.Select(prefixes), rounds, maxTest, seed, jsonPath, quiet);
    }

    /// <summary><c>check merge</c>: combines the reports of every shard of one run into the report of the whole run.</summary>
    public static int Merge(IReadOnlyList<string> files, string? jsonPath, string? counterexampleDirectory)
    {
        if (jsonPath is not null && OutputFile.Problem(jsonPath, "--json") is { } jsonProblem) return Usage(jsonProblem);
        var reports = new List<CheckReport>();
        foreach (string file in files)
        {
            if (Directory.Exists(file)) return Usage($"merge: {file} is a directory, not a report");
            if (!File.Exists(file)) return Usage($"merge: {file} does not exist");
            try
            {
                reports.Add(JsonSerializer.Deserialize<CheckReport>(File.ReadAllText(file), JsonFormat.Options)
                    ?? throw new JsonException("empty report"));
            }
            catch (JsonException e)
            {
                return Usage($"merge: {file} is not a check report: {e.Message}");
            }
            if (reports[^1].Shard is null) return Usage($"merge: {file} is the report of a whole run, not of a shard");
        }
        var first = reports[0];
        if (reports.Any(r => r.Seed != first.Seed || r.MaxTest != first.MaxTest || r.SuiteVersion != first.SuiteVersion))
            return Usage("merge: the reports come from different runs (seed, --max-test or suite version differ)");
        var shards = reports.Select(r => r.Shard!).ToList();
        if (shards.Distinct().Count() != shards.Count) return Usage($"merge: a shard is given twice ({string.Join(", ", shards)})");

        var order = TheoremCatalogue.All.Select(e => e.Id).ToList();
        var results = new List<EntryResult>();
        foreach (var group in reports.SelectMany(r => r.Entries).GroupBy(e => e.Id).OrderBy(g => order.IndexOf(g.Key)))
        {
            try { results.Add(EntryResult.Combine(group)); }
            catch (ArgumentException e) { return Usage($"merge: {e.Message.Replace($" (Parameter '{e.ParamName}')", "")}: give every shard of the run ({string.Join(", ", shards)} given)"); }
        }
        var report = new CheckReport(first.SuiteVersion, first.Seed, first.MaxTest, first.Ci, reports.Sum(r => r.ElapsedSeconds), results);
        return Finish(report, jsonPath, counterexampleDirectory, $"merged {reports.Count} shards; replay with --seed {first.Seed} --max-test {first.MaxTest}");
    }

    /// <summary>Per-query budget of the formal column, in seconds.</summary>
    public const int FormalTimeout = 5;

    /// <summary>The formal verdict of each entry at the cheapest shape of its statements, or null (with a note) without a solver.</summary>
    private static IReadOnlyList<RlaifTheorems.Formal.Proving.FormalVerdict>? Formal(IReadOnlyList<CatalogueEntry> entries, bool quiet)
    {
        var solver = new RlaifTheorems.Formal.Smt.Z3Solver();
        if (solver.Unavailable() is { } missing)
        {
            Console.Error.WriteLine($"check: no formal column: {missing}");
            return null;
        }
        if (!quiet) Console.Error.Write($"check: formal verdicts (z3, {FormalTimeout} s a query) … ");
        var prover = new RlaifTheorems.Formal.Proving.Prover(solver, TimeSpan.FromSeconds(FormalTimeout));
        var clock = Stopwatch.StartNew();
        var verdicts = entries.Select(e => prover.Prove(e.Id, firstShapeOnly: true)).ToList();
        if (!quiet) Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s");
        return verdicts;
    }

    private static int Finish(CheckReport report, string? jsonPath, string? counterexampleDirectory, string footnote)
    {
        // The report is written before anything is printed, so a full or closed standard output loses nothing.
        int? writeError = jsonPath is null ? null : WriteReport(report, jsonPath);
        try
        {
            int failed = PrintAndSave(report, counterexampleDirectory, footnote);
            return writeError ?? (failed == 0 ? 0 : 1);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"check: standard output could not be written ({e.Message}); the JSON report, if asked for, is complete");
            return writeError ?? 2;
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
        PrintTable(results, report.Formal);
        int failed = results.Count(r => !r.Passed) + (report.Formal?.Count(v => !v.Consistent) ?? 0);
        foreach (var v in report.Formal?.Where(v => !v.Consistent) ?? [])
            Console.WriteLine($"FAILED {v.Id} (formal): the solver contradicts it: {string.Join("; ", v.Results.Where(r => r.Contradicts).Select(r => $"{r.Part} at {r.Shape} is {r.Verdict}"))}");
        foreach (var r in results.Where(r => !r.Passed))
            Console.WriteLine($"FAILED {r.Id}: {r.Message}\n  replay: check {r.Id} --seed {report.Seed} --max-test {report.MaxTest}" +
                              (r.Counterexample is null ? "" : $"\n  shrunk case: {r.Counterexample}"));
        Console.WriteLine($"check: {results.Count - results.Count(r => !r.Passed)} passed, {results.Count(r => !r.Passed)} failed" +
                          (report.Formal is null ? "" : $"; formal: {report.Formal.Count(v => v.Verdict is "proven" or "refuted")} decided, {report.Formal.Count(v => v.Verdict == "not expressible")} not expressible, {report.Formal.Count(v => v.Verdict == "unknown")} unknown, {report.Formal.Count(v => !v.Consistent)} contradicted"));
        Console.WriteLine($"({report.ElapsedSeconds:F1} s, seed {report.Seed}; {footnote})");

        if (counterexampleDirectory is not null)
        {
            Directory.CreateDirectory(counterexampleDirectory);
            foreach (var r in results.Where(r => r.Kind == EntryKind.Probe && r.Verdict == Verdict.Refuted && r.Counterexample is not JsonElement))
            {
                // A counterexample exact arithmetic does not confirm is a bug to report, not a file to keep.
                var certificate = CorpusCertificates.For(r.Id, r.Counterexample!);
                if (!certificate.Certified)
                {
                    Console.WriteLine($"FAILED {r.Id}: its counterexample is not certified exactly ({certificate.Reason}); no file written");
                    failed++;
                    continue;
                }
                string path = Path.Combine(counterexampleDirectory, r.Id + ".json");
                (CounterexampleFile.From(r, TheoremCatalogue.SuiteVersion) with { Certifies = certificate.Inequality }).Write(path);
                Console.Error.WriteLine($"check: wrote {path} ({r.ShrunkDimensions}, violation {r.Violation:G4}; exactly: {certificate.Inequality})");
            }
        }
        return failed;
    }

    /// <summary>Writes the report; if that fails after all, prints it on standard output instead so the run is not lost.</summary>
    private static int? WriteReport(CheckReport report, string path)
    {
        string json = JsonFormat.Serialize(report);
        try
        {
            File.WriteAllText(path, json);
            Console.Error.WriteLine($"check: report written to {path}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"check: --json {path} could not be written ({e.Message}); the report follows on standard output");
            Console.WriteLine(json);
            return 2;
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"check: {message}");
        return 2;
    }

    private static void PrintTable(IReadOnlyList<EntryResult> results, IReadOnlyList<RlaifTheorems.Formal.Proving.FormalVerdict>? formal = null)
    {
        if (Console.IsOutputRedirected)
        {
            // Piped or in CI: plain text, wide enough that no cell wraps.
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
            AnsiConsole.Profile.Width = 160;
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("ID", "status", "verdict", "formal", "cases", "hypothesis", "min slack", "time (s)", "name");
        foreach (var r in results)
            table.AddRow(
                Markup.Escape(r.Chunk is { } c ? $"{r.Id}#{c}" : r.Id),
                r.Kind.ToString().ToUpperInvariant(),
                r.Interrupted ? $"[yellow]{r.Verdict.ToString().ToLowerInvariant()} so far (interrupted)[/]"
                    : r.Passed ? $"[green]{r.Verdict.ToString().ToLowerInvariant()}[/]" : $"[red]{r.Verdict.ToString().ToLowerInvariant()}[/]",
                formal?.FirstOrDefault(v => v.Id == r.Id) is { } f ? (f.Consistent ? f.Verdict : $"[red]{f.Verdict}[/]") : "-",
                r.Cases.ToString(),
                r.HypothesisCases.ToString(),
                r.Kind == EntryKind.Probe ? (r.Violation is { } v ? $"violation {v:G3}" : "-") : r.MinSlack?.ToString("G3") ?? "-",
                (r.ElapsedMs / 1000).ToString("F2"),
                Markup.Escape(r.Name));
        AnsiConsole.Write(table);
    }
}
