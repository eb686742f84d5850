using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// What <c>check</c> prints says what its JSON report says: one table row per entry with its kind, verdict, formal verdict,
/// counts and tightest slack (or a PROBE's violation) to three digits; a FAILED line with the replay command per failure;
/// the summary's counts; the footnote's seed and budget; on standard error the header and one progress line per entry. The
/// report itself is checked against the run in the verification layer's tests; here the printed text is read against it.
/// </summary>
[Collection("Alone")]
public sealed class CheckOutputTests
{
    private static JsonElement Report(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    private static IEnumerable<JsonElement> Entries(JsonElement report) => report.GetProperty("entries").EnumerateArray();

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The printed number agrees with <paramref name="value"/> to the three significant digits it shows.</summary>
    /// <summary>The cell holds <paramref name="value"/> to three significant digits, as the table promises (the report keeps all).</summary>
    private static void ThreeDigits(double value, string cell) =>
        Assert.Equal(value.ToString("G3", CultureInfo.InvariantCulture), cell);

    /// <summary>Each entry's row against its report entry; returns the rows by ID.</summary>
    private static Dictionary<string, string[]> RowsAgree(string output, JsonElement report, Func<string, string> formal)
    {
        var lines = CliRun.Lines(output);
        Assert.Single(lines, l => CliRun.Row(l, "ID") is ["ID", "status", "verdict", "formal", "cases", "hypothesis", "min slack", "time (s)", "name"]);
        var rows = new Dictionary<string, string[]>();
        foreach (var e in Entries(report))
        {
            string id = e.GetProperty("id").GetString()!;
            var row = Assert.Single(lines.Select(l => CliRun.Row(l, id)).OfType<string[]>());
            Assert.Equal(9, row.Length);
            Assert.Equal(e.GetProperty("kind").GetString()!.ToUpperInvariant(), row[1]);
            Assert.Equal(e.GetProperty("verdict").GetString(), row[2]);
            Assert.Equal(formal(id), row[3]);
            Assert.Equal(e.GetProperty("cases").GetInt32().ToString(CultureInfo.InvariantCulture), row[4]);
            Assert.Equal(e.GetProperty("hypothesisCases").GetInt32().ToString(CultureInfo.InvariantCulture), row[5]);
            if (e.GetProperty("kind").GetString() == "probe")
            {
                if (e.TryGetProperty("violation", out var violation) && violation.ValueKind == JsonValueKind.Number)
                {
                    Assert.StartsWith("violation ", row[6]);
                    ThreeDigits(violation.GetDouble(), row[6]["violation ".Length..]);
                }
                else Assert.Equal("-", row[6]);
            }
            else ThreeDigits(e.GetProperty("minSlack").GetDouble(), row[6]);
            Assert.Matches(@"^\d+\.\d\d$", row[7]);
            Assert.Equal(e.GetProperty("elapsedMs").GetDouble() / 1000, Number(row[7]), 0.005 + 1e-9);
            Assert.Equal(e.GetProperty("name").GetString(), row[8]);
            rows[id] = row;
        }
        return rows;
    }

    [Fact]
    public void EachRowTheSummaryAndTheProgressSayWhatTheReportSays()
    {
        string json = TempFiles.Path("check-output");
        var (code, output, error) = CliRun.Of("check", "L2", "T1.2", "P1.1", "T2.4", "--max-test", "200", "--seed", "5", "--no-formal", "--json", json);
        var report = Report(json);
        var entries = Entries(report).ToList();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.True(e.GetProperty("passed").GetBoolean()));
        Assert.Equal(0, code);
        RowsAgree(output, report, _ => "-");

        var lines = CliRun.Lines(output);
        Assert.Contains("check: 4 passed, 0 failed", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("FAILED", StringComparison.Ordinal));
        Assert.Contains("check: no Coq verdicts (not asked: check --coq or prove)", lines);
        Assert.Contains(lines, l => l.StartsWith('(') && l.EndsWith(" s, seed 5; replay with --seed 5 --max-test 200)", StringComparison.Ordinal));

        var errors = CliRun.Lines(error);
        Assert.Contains($"check: 4 entries, 200 cases each (LAWs use their own), seed 5{(RlaifTheorems.Catalogue.Running.RunSettings.IsCi ? " (CI profile)" : "")}", errors);
        foreach (var (e, i) in entries.Select((e, i) => (e, i)))
            Assert.Contains(errors, l => Regex.IsMatch(l, $@"^\[{i + 1}/4\] {Regex.Escape($"{e.GetProperty("id").GetString(),-5} {e.GetProperty("name").GetString()} … {e.GetProperty("verdict").GetString()}")} \((\d+\.\d) s\)$")
                && Math.Abs(Number(Regex.Match(l, @"\((\d+\.\d) s\)$").Groups[1].Value) - e.GetProperty("elapsedMs").GetDouble() / 1000) <= 0.05 + 1e-9);
        Assert.Contains($"check: report written to {json}", errors);

        // The footnote on partly encoded entries belongs to the formal column: without one, none.
        var (_, partlyEncoded, _) = CliRun.Of("check", "T2.5", "--max-test", "50", "--seed", "5", "--no-formal", "--quiet");
        Assert.True(RlaifTheorems.Formal.Encodings.FormalCatalogue.NotEncoded.ContainsKey("T2.5"));
        Assert.DoesNotContain(CliRun.Lines(partlyEncoded), l => l.StartsWith('*'));
    }

    /// <summary>An entry of several chunks, with standard error redirected (as here and in CI), adds a line at each tenth of
    /// its budget that a chunk passes, before the last chunk, then ends its own line with the verdict.</summary>
    [Fact]
    public void ALongEntryReportsItsCasesAtEachTenthItPasses()
    {
        var (code, _, error) = CliRun.Of("check", "L2", "--max-test", "2500", "--seed", "3", "--no-formal");
        Assert.Equal(0, code);
        Assert.Contains("[1/1] L2    ProjectorIsSymmetricIdempotent … \n  … 1,000/2,500 cases\n  … 2,000/2,500 cases\n  … holds (", error);
        Assert.DoesNotContain("2,500/2,500", error);

        // A PROBE refuted in its first chunk of a large budget reaches no tenth: its verdict ends its own line.
        var (probeCode, _, probeError) = CliRun.Of("check", "P1.1", "--max-test", "100000", "--seed", "3", "--no-formal");
        Assert.Equal(0, probeCode);
        Assert.Contains(CliRun.Lines(probeError), l => Regex.IsMatch(l, $@"^\[1/1\] P1\.1  {RlaifTheorems.Catalogue.TheoremCatalogue.Find("P1.1")!.Name} … refuted \(\d+\.\d s\)$"));
    }

    [Fact]
    public void AnUnrefutedProbeIsAFailureWithItsReplayCommand()
    {
        string json = TempFiles.Path("check-failed");
        var (code, output, error) = CliRun.Of("check", "P1.1", "T3.1", "--max-test", "1", "--seed", "1", "--no-formal", "--quiet", "--json", json);
        var report = Report(json);
        var probe = Entries(report).Single(e => e.GetProperty("id").GetString() == "P1.1");
        // One case, seed 1: the case drawn does not meet P1.1's hypothesis, so the PROBE is not refuted.
        Assert.False(probe.GetProperty("passed").GetBoolean());
        Assert.Equal(1, code);
        RowsAgree(output, report, _ => "-");
        var lines = CliRun.Lines(output);
        Assert.Contains($"FAILED P1.1: {probe.GetProperty("message").GetString()}", lines);
        Assert.Contains("  replay: check P1.1 --seed 1 --max-test 1", lines);
        // An unrefuted PROBE has no counterexample, so no shrunk case is shown.
        Assert.False(probe.TryGetProperty("counterexample", out var counterexample) && counterexample.ValueKind != JsonValueKind.Null);
        Assert.DoesNotContain(lines, l => l.Contains("shrunk case", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("FAILED", StringComparison.Ordinal));
        Assert.Contains("check: 1 passed, 1 failed", lines);
        Assert.DoesNotContain(CliRun.Lines(error), l => l.StartsWith('['));
    }

    [Fact]
    public void TheFormalColumnAndItsCountsAreTheSolversVerdicts()
    {
        string json = TempFiles.Path("check-formal");
        var (code, output, _) = CliRun.Of("check", "L2", "T1.1", "P1.1", "--max-test", "50", "--seed", "5", "--quiet", "--json", json);
        Assert.Equal(0, code);
        var report = Report(json);
        var formal = report.GetProperty("formal").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("verdict").GetString()!);
        Assert.Equal(["L2", "P1.1", "T1.1"], formal.Keys.Order());
        // T1.1 is encoded in part (its limit is argued on paper), so its verdict is starred and the footnote printed.
        Assert.Contains("T1.1", FormalCatalogue.NotEncoded.Keys);
        Assert.DoesNotContain("L2", FormalCatalogue.NotEncoded.Keys);
        RowsAgree(output, report, id => formal[id] + (FormalCatalogue.NotEncoded.ContainsKey(id) ? "*" : ""));
        var lines = CliRun.Lines(output);
        Assert.Contains("* the solver's verdict covers the entry's encoded parts only; prove names the clauses no query covers", lines);
        int decided = formal.Values.Count(v => v is "proven" or "refuted"), unknown = formal.Values.Count(v => v == "unknown");
        int notExpressible = formal.Values.Count(v => v == "not expressible");
        Assert.Contains($"check: 3 passed, 0 failed; formal: {decided} decided, {notExpressible} not expressible, {unknown} unknown, 0 contradicted", lines);
    }

    [Fact]
    public void EachSavedCounterexampleIsNamedWithItsViolation()
    {
        string folder = TempFiles.Folder("saved"), json = TempFiles.Path("check-saved");
        var (code, _, error) = CliRun.Of("check", "P1.1", "--max-test", "200", "--seed", "5", "--no-formal", "--quiet", "--save-counterexamples", "--counterexamples-dir", folder, "--json", json);
        Assert.Equal(0, code);
        double violation = Entries(Report(json)).Single().GetProperty("violation").GetDouble();
        string path = Path.Combine(folder, "P1.1.json");
        Assert.True(File.Exists(path));
        var line = Assert.Single(CliRun.Lines(error), l => l.StartsWith($"check: wrote {path} (", StringComparison.Ordinal));
        string printed = line[(line.IndexOf("violation ", StringComparison.Ordinal) + "violation ".Length)..line.IndexOf(';')];
        Assert.True(Math.Abs(Number(printed) - violation) <= 5e-4 * violation, $"{printed} printed for {violation:R}");
        Assert.Contains("; exactly: ", line);
    }

    [Fact]
    public void ShardsSayTheirChunksAndTheMergeSaysTheWholeRun()
    {
        string[] run = ["check", "L2", "P1.1", "--max-test", "2500", "--seed", "7", "--no-formal"];
        var shards = new[] { TempFiles.Path("out-1of2"), TempFiles.Path("out-2of2") };
        for (int i = 0; i < 2; i++)
        {
            var (code, output, error) = CliRun.Of([.. run, "--shard", $"{i + 1}/2", "--json", shards[i]]);
            Assert.Equal(0, code);
            int chunks = Entries(Report(shards[i])).Count();
            var errors = CliRun.Lines(error);
            Assert.Contains($"check: 2 entries, 2500 cases each (LAWs use their own), seed 7{(RlaifTheorems.Catalogue.Running.RunSettings.IsCi ? " (CI profile)" : "")}, shard {i + 1}/2", errors);
            // One progress line per chunk: its place in the shard, its entry and its index among the entry's chunks, from 1.
            foreach (var (e, k) in Entries(Report(shards[i])).Select((e, k) => (e, k)))
                Assert.Contains(errors, l => l.StartsWith($"[{k + 1}/{chunks}] {e.GetProperty("id").GetString(),-5} chunk {e.GetProperty("chunk").GetInt32() + 1}/{e.GetProperty("chunks").GetInt32()} … {e.GetProperty("verdict").GetString()} (", StringComparison.Ordinal));
            Assert.Contains($"check shard {i + 1}/2: {chunks} chunks, 0 failed; combine every shard with check merge", CliRun.Lines(output));
            Assert.Equal(chunks, CliRun.Lines(output).Count(l => l.TrimStart().StartsWith("L2#", StringComparison.Ordinal) || l.TrimStart().StartsWith("P1.1#", StringComparison.Ordinal)));
        }
        string merged = TempFiles.Path("out-merged");
        var (mergeCode, mergeOutput, _) = CliRun.Of("check", "merge", shards[0], shards[1], "--json", merged);
        Assert.Equal(0, mergeCode);
        RowsAgree(mergeOutput, Report(merged), _ => "-");
        var lines = CliRun.Lines(mergeOutput);
        Assert.Contains("check: 2 passed, 0 failed", lines);
        Assert.Contains(lines, l => l.EndsWith(" s, seed 7; merged 2 shards; replay with --seed 7 --max-test 2500)", StringComparison.Ordinal));
    }

    [Fact]
    public void ASoakSaysEachRoundsSeedAndItsSummaryCountsTheRounds()
    {
        string json = TempFiles.Path("soak-output");
        var (code, output, error) = CliRun.Of("check", "L2", "P1.1", "--soak", "2", "--max-test", "100", "--seed", "11", "--json", json);
        Assert.Equal(0, code);
        var errors = CliRun.Lines(error);
        Assert.Contains("check --soak: 2 rounds of 2 entries, 100 cases each, soak seed 11", errors);
        for (int k = 0; k < 2; k++)
            Assert.Contains(errors, l => l.StartsWith($"soak: round {k + 1}/2 (seed {SoakRun.RoundSeed(11, k)}): 2/2 passed (", StringComparison.Ordinal));
        Assert.Contains(CliRun.Lines(output), l => l.StartsWith("check --soak: 2 rounds, 2 passed every entry, 0 failures (", StringComparison.Ordinal) && l.EndsWith(" s, soak seed 11)", StringComparison.Ordinal));
        var rounds = Report(json).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([SoakRun.RoundSeed(11, 0), SoakRun.RoundSeed(11, 1)], rounds.Select(r => r.GetProperty("seed").GetUInt64()));
        Assert.Contains($"check: report written to {json}", errors);
    }

    /// <summary>A shard's chunk of a PROBE that finds no counterexample is not a failure of the shard: the PROBE is refuted or
    /// not by the merge of every chunk. With three cases under seed 1, neither P1 PROBE is refuted in its chunk.</summary>
    [Fact]
    public void AShardsUnrefutedProbeChunksAreNotFailures()
    {
        string json = TempFiles.Path("shard-unrefuted");
        var (code, output, error) = CliRun.Of("check", "P1.1", "P1.2", "--max-test", "3", "--seed", "1", "--no-formal", "--shard", "1/1", "--json", json);
        Assert.Equal(["failed", "failed"], Entries(Report(json)).Select(e => e.GetProperty("verdict").GetString()));
        Assert.Equal(0, code);
        Assert.Contains("check shard 1/1: 2 chunks, 0 failed; combine every shard with check merge", CliRun.Lines(output));
        Assert.Contains($"check: report written to {json}", CliRun.Lines(error));
    }

    /// <summary>--quiet prints no progress, also for an entry of several chunks: standard error holds the run's header only.</summary>
    [Fact]
    public void AQuietRunPrintsOnlyItsHeader()
    {
        var (code, _, error) = CliRun.Of("check", "L2", "--max-test", "3000", "--seed", "4", "--no-formal", "--quiet");
        Assert.Equal(0, code);
        Assert.Equal([$"check: 1 entries, 3000 cases each (LAWs use their own), seed 4{(RlaifTheorems.Catalogue.Running.RunSettings.IsCi ? " (CI profile)" : "")}"],
            CliRun.Lines(error).Where(l => l.Length > 0));
    }
    /// <summary>A soak whose rounds fail says each failure with its replay command, on standard error as it happens and, after
    /// a merge of its shards, on standard output; both exit 1. Seven cases of each P1 PROBE per round leave some unrefuted at
    /// this seed, two of them in one round.</summary>
    [Fact]
    public void ASoakSaysEachFailedRoundWithItsReplayAndSoDoesItsMerge()
    {
        string[] run = ["check", "P1", "--soak", "4", "--max-test", "7", "--seed", "3", "--quiet"];
        string whole = TempFiles.Path("soak-failing");
        var (code, output, error) = CliRun.Of([.. run, "--json", whole]);
        var failed = Report(whole).GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("failed").GetArrayLength() > 0)
            .Select(r => (Index: r.GetProperty("index").GetInt32(), Seed: r.GetProperty("seed").GetUInt64(), Ids: r.GetProperty("failed").EnumerateArray().Select(f => f.GetString()!).ToList()))
            .ToList();
        int failures = failed.Sum(r => r.Ids.Count);
        Assert.InRange(failed.Count, 1, 3);
        Assert.Contains(failed, r => r.Ids.Count >= 2);
        Assert.Equal(1, code);
        var errors = CliRun.Lines(error);
        foreach (var (index, seed, ids) in failed)
            foreach (string id in ids)
            {
                Assert.Contains(errors, l => l.StartsWith($"soak: round {index} FAILED {id}: ", StringComparison.Ordinal));
                Assert.Contains($"  replay: check {id} --seed {seed} --max-test 7", errors);
            }
        Assert.Equal(failures, errors.Count(l => l.StartsWith("soak: round ", StringComparison.Ordinal) && l.Contains(" FAILED ")));
        Assert.Contains(CliRun.Lines(output), l => l.StartsWith($"check --soak: 4 rounds, {4 - failed.Count} passed every entry, {failures} failures (", StringComparison.Ordinal));

        var shards = new[] { TempFiles.Path("soak-failing-1"), TempFiles.Path("soak-failing-2") };
        for (int i = 0; i < 2; i++) CliRun.Of([.. run, "--shard", $"{i + 1}/2", "--json", shards[i]]);
        string merged = TempFiles.Path("soak-failing-merged");
        var (mergeCode, mergeOutput, mergeError) = CliRun.Of("check", "merge", shards[0], shards[1], "--json", merged);
        Assert.Equal(1, mergeCode);
        var lines = CliRun.Lines(mergeOutput);
        foreach (var (index, seed, ids) in failed)
            Assert.Contains($"round {index} (seed {seed}) FAILED {string.Join(", ", ids)}; replay: check {string.Join(" ", ids)} --seed {seed} --max-test 7", lines);
        Assert.Equal(failed.Count, lines.Count(l => l.StartsWith("round ", StringComparison.Ordinal)));
        Assert.Contains($"check --soak: 4 rounds merged from 2 shards, {4 - failed.Count} passed every entry, {failures} failures (soak seed 3)", lines);
        Assert.Contains($"check: report written to {merged}", CliRun.Lines(mergeError));
        Assert.Equal(Report(whole).GetProperty("results").GetRawText(), Report(merged).GetProperty("results").GetRawText());
    }

    [Fact]
    public void ASoakOfOneRoundRuns()
    {
        var (code, output, _) = CliRun.Of("check", "L2", "--soak", "1", "--max-test", "10", "--seed", "2", "--quiet");
        Assert.Equal(0, code);
        Assert.Contains(CliRun.Lines(output), l => l.StartsWith("check --soak: 1 rounds, 1 passed every entry, 0 failures (", StringComparison.Ordinal));
        // A whole soak needs no seed: it draws one and prints it.
        var (unseeded, _, error) = CliRun.Of("check", "L2", "--soak", "1", "--max-test", "10", "--quiet");
        Assert.Equal(0, unseeded);
        Assert.Contains(CliRun.Lines(error), l => Regex.IsMatch(l, @"^check --soak: 1 rounds of 1 entries, 10 cases each, soak seed \d+$"));
    }

    /// <summary>Without --counterexamples-dir, saved counterexamples go to ./counterexamples.</summary>
    [Fact]
    public void CounterexamplesAreSavedUnderCounterexamplesByDefault()
    {
        string folder = TempFiles.Folder("default-corpus"), before = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(folder);
            var (code, _, _) = CliRun.Of("check", "P1.1", "--max-test", "200", "--seed", "5", "--no-formal", "--quiet", "--save-counterexamples");
            Assert.Equal(0, code);
            Assert.True(File.Exists(Path.Combine(folder, "counterexamples", "P1.1.json")));
        }
        finally { Directory.SetCurrentDirectory(before); }
    }

    /// <summary>A report that cannot be written after the run (a full device) is not lost: it follows on standard output, the
    /// line on standard error says so, and the exit code is 2.</summary>
    [SkippableFact]
    public void AReportThatCannotBeWrittenFollowsOnStandardOutput()
    {
        Skip.IfNot(File.Exists("/dev/full"), "no /dev/full on this system");
        var (code, output, error) = CliRun.Of("check", "L2", "--max-test", "10", "--seed", "4", "--no-formal", "--quiet", "--json", "/dev/full");
        Assert.Equal(2, code);
        Assert.Contains(CliRun.Lines(error), l => l.StartsWith("check: --json /dev/full could not be written (", StringComparison.Ordinal) && l.EndsWith("); the report follows on standard output", StringComparison.Ordinal));
        // The report is the first thing on standard output, from its opening brace to the closing one at the start of a line.
        Assert.StartsWith("{", output);
        var report = JsonDocument.Parse(output[..(output.IndexOf("\n}", StringComparison.Ordinal) + 2)]).RootElement;
        Assert.Equal(4UL, report.GetProperty("seed").GetUInt64());
        Assert.Equal("L2", Entries(report).Single().GetProperty("id").GetString());
    }

    /// <summary>Numbers print with a point under any locale the process starts in (here German, whose decimal mark is a comma).</summary>
    [Fact]
    public void NumbersPrintWithAPointUnderAGermanLocale()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("de-DE");
            string json = TempFiles.Path("german");
            var (code, output, _) = CliRun.Of("check", "T2.4", "--seed", "6", "--no-formal", "--quiet", "--json", json);
            Assert.Equal(0, code);
            var row = CliRun.Lines(output).Select(l => CliRun.Row(l, "T2.4")).OfType<string[]>().Single();
            ThreeDigits(Entries(Report(json)).Single().GetProperty("minSlack").GetDouble(), row[6]);
            Assert.DoesNotContain(",", row[6] + row[7]);
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture) = before; }
    }
    /// <summary>An entry whose cases met its hypothesis at no dimension fails the deep profile (seed 2, one case per dimension:
    /// T1.2's case misses its hypothesis at d = 8 and at d = 16); one that missed it at a single d does not.</summary>
    [Fact]
    public void ADeepEntryWithNoHypothesisCaseAtAnyDimensionFails()
    {
        string json = TempFiles.Path("deep-vacuous");
        var (code, output, error) = CliRun.Of("check", "T1.1", "T1.2", "--deep", "--dimensions", "8,16", "--max-test", "1", "--seed", "2", "--json", json);
        var results = Report(json).GetProperty("results").EnumerateArray().ToList();
        var t12 = results.Where(r => r.GetProperty("id").GetString() == "T1.2").ToList();
        Assert.Equal(2, t12.Count);
        Assert.All(t12, r => Assert.Equal((0, false), (r.GetProperty("hypothesisCases").GetInt32(), r.GetProperty("passed").GetBoolean())));
        Assert.Equal(1, code);
        var lines = CliRun.Lines(output);
        foreach (int d in new[] { 8, 16 })
        {
            Assert.Contains(lines, l => CliRun.Row(l, "T1.2") is { } row && row[1] == d.ToString(CultureInfo.InvariantCulture) && row[4] == "no hypothesis case");
            Assert.Contains($"  T1.2  d = {d,4} … no case met the hypothesis (0/1 met the hypothesis, 0.0 s)", CliRun.Lines(error).Select(l => Regex.Replace(l, @"\d+\.\d s\)$", "0.0 s)")));
        }
        Assert.DoesNotContain(lines, l => l.StartsWith("FAILED", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("check --deep: 1 of 2 THEOREMs hold at every d (4 cases, seed 2)", StringComparison.Ordinal));
    }

    /// <summary>With --coq, the Coq line names exactly the entries the report gives Coq's proof, or says why there are none;
    /// where Coq is installed and the development built, there are verdicts, and none when the entries have no Coq theorem.</summary>
    [Fact]
    public void TheCoqLineSaysWhatTheReportSays()
    {
        string json = TempFiles.Path("check-coq-output");
        var (code, output, _) = CliRun.Of("check", "L2", "T2.1", "T2.4", "--coq", "--no-formal", "--max-test", "50", "--seed", "5", "--json", json);
        Assert.Equal(0, code);
        var report = Report(json);
        var lines = CliRun.Lines(output);
        bool answers = RlaifTheorems.Properties.Formal.Coq.CoqOnThisMachine.AnswersCheck();
        Assert.Equal(answers, report.TryGetProperty("coq", out var coq) && coq.ValueKind == JsonValueKind.Array);
        if (answers)
        {
            var (_, none, _) = CliRun.Of("check", "T2.4", "--coq", "--no-formal", "--max-test", "20", "--seed", "5");
            Assert.Contains($"check: {RlaifTheorems.Verification.Reports.CoqVerdicts.ProvenText}: none (0 of 1; Coq closed each in this run)", CliRun.Lines(none));

            var proven = coq.EnumerateArray().Where(c => c.GetProperty("proven").GetBoolean()).Select(c => c.GetProperty("id").GetString()).ToList();
            Assert.Equal(["L2", "T2.1"], proven);
            Assert.Contains($"check: {RlaifTheorems.Verification.Reports.CoqVerdicts.ProvenText}: L2, T2.1 (2 of 3; Coq closed each in this run)", lines);
            Assert.DoesNotContain(lines, l => l.StartsWith("check: no Coq verdicts", StringComparison.Ordinal));
        }
        else Assert.Contains($"check: no Coq verdicts ({report.GetProperty("coqSkipped").GetString()})", lines);
    }

    [Fact]
    public void TheDeepProfileSaysEachDimensionsVerdict()
    {
        string json = TempFiles.Path("deep-output");
        var (code, output, error) = CliRun.Of("check", "L2", "T1.2", "--deep", "--dimensions", "8,16", "--max-test", "2", "--seed", "3", "--json", json);
        Assert.Equal(0, code);
        var report = Report(json);
        Assert.Equal([8, 16], report.GetProperty("dimensions").EnumerateArray().Select(d => d.GetInt32()));
        var results = report.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["L2@8", "L2@16", "T1.2@8", "T1.2@16"], results.Select(r => $"{r.GetProperty("id").GetString()}@{r.GetProperty("dimension").GetInt32()}"));
        var lines = CliRun.Lines(output);
        var errors = CliRun.Lines(error);
        Assert.Contains("check --deep: 2 THEOREMs × d ∈ {8, 16}, 2 cases each, seed 3", errors);
        foreach (var r in results)
        {
            string id = r.GetProperty("id").GetString()!;
            int d = r.GetProperty("dimension").GetInt32(), cases = r.GetProperty("cases").GetInt32(), hypothesis = r.GetProperty("hypothesisCases").GetInt32();
            Assert.True(r.GetProperty("passed").GetBoolean());
            Assert.Contains(lines, l => CliRun.Row(l, id) is { } row && row[1] == d.ToString(CultureInfo.InvariantCulture)
                && row[2] == cases.ToString(CultureInfo.InvariantCulture) && row[3] == hypothesis.ToString(CultureInfo.InvariantCulture) && row[4] == "holds"
                && row[5] == r.GetProperty("seconds").GetDouble().ToString("F1", CultureInfo.InvariantCulture));
            Assert.Contains(errors, l => l.StartsWith($"  {id,-5} d = {d,4} … holds ({hypothesis}/{cases} met the hypothesis, ", StringComparison.Ordinal));
        }
        int total = results.Sum(r => r.GetProperty("cases").GetInt32());
        Assert.Contains($"check --deep: 2 of 2 THEOREMs hold at every d ({total} cases, seed 3)", lines);
        Assert.Contains($"check: report written to {json}", errors);

        Assert.Single(lines, l => CliRun.Row(l, "ID") is ["ID", "d", "cases", "hypothesis", "verdict", "time (s)"]);

        // Without --max-test the profile takes its own default per dimension, not check's.
        var (defaultCode, _, defaultError) = CliRun.Of("check", "L2", "--deep", "--dimensions", "8", "--seed", "3", "--quiet");
        Assert.Equal(0, defaultCode);
        Assert.Contains($"check --deep: 1 THEOREMs × d ∈ {{8}}, {RlaifTheorems.Cli.Check.CheckCommand.DeepCasesPerDimension} cases each, seed 3", CliRun.Lines(defaultError));
    }
}
