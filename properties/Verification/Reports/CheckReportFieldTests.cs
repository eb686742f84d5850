using System.Diagnostics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>
/// Every field of check's JSON report, read against its true value. Three entries whose outcomes are functions of an integer
/// case n ∈ [0, 999] that the test logs as the runner draws it: a THEOREM (hypothesis n mod 3 ≠ 0, slack n + ½, tolerance ¼;
/// holds), a LAW (50 fixed cases, evidence (n, n/1000) at slack 1000 − n) and a PROBE refuted by n ≥ 17 with slack 16 − n,
/// whose shrinker proposes ⌊n/2⌋ then n − 1 (so every counterexample shrinks to 17, with violation 1). The counts, tightest
/// slack and case, evidence, counterexample, shrink steps and dimensions are recomputed from the log; the seeds and replay data
/// are read by running again with them. A field the report gains without a known value here fails the test.
/// </summary>
public sealed class CheckReportFieldTests
{
    private const int Threshold = 17;

    private sealed class Log
    {
        public readonly List<int> Cases = [];
        public bool Recording = true;
    }

    private static Arbitrary<int> Numbers => Arb.From(Gen.Choose(0, 999), n => n == 0 ? [] : new[] { n / 2, n - 1 });

    private static CatalogueEntry Theorem(Log log) => new PropertyEntry<int>("X0.1", EntryKind.Theorem, "Synthetic", "n + ½ > 0.", Numbers,
        n =>
        {
            if (log.Recording) log.Cases.Add(n);
            return n % 3 == 0 ? CaseOutcome.NotApplicable : new CaseOutcome(true, true, n + 0.5, $"n = {n}", SlackTolerance: 0.25);
        });

    private static CatalogueEntry Law(Log log) => new PropertyEntry<int>("X0.2", EntryKind.Law, "SyntheticLaw", "n ≤ 1000.", Numbers,
        n =>
        {
            if (log.Recording) log.Cases.Add(n);
            return new CaseOutcome(true, true, 1000 - n, $"n = {n}", new LawEvidence("n", n, n / 1000.0, 0, 1), 0);
        }, fixedCases: 50, falseAlarmRate: 1e-3);

    private static CatalogueEntry Probe(Log log) => new PropertyEntry<int>("X0.3", EntryKind.Probe, "SyntheticProbe", "n < 17.", Numbers,
        n =>
        {
            if (log.Recording) log.Cases.Add(n);
            return new CaseOutcome(true, n < Threshold, Threshold - 1 - n, $"n = {n}");
        }, dimensions: n => new Dimensions(n, 1));

    [Fact]
    public void EveryFieldOfTheCheckReportHasItsTrueValue()
    {
        var (theoremLog, lawLog, probeLog) = (new Log(), new Log(), new Log());
        var entries = new[] { Theorem(theoremLog), Law(lawLog), Probe(probeLog) };
        var settings = new RunSettings(2500, 7);
        var run = new CheckRun(entries, settings);
        var clock = Stopwatch.StartNew();
        var results = run.Units.Select(u => run.Run(u)).ToList();
        clock.Stop();
        var fields = JsonFields.Of(JsonFormat.Serialize(run.Report(results, 1.25, null, interrupted: false)));
        var known = new Dictionary<string, object>
        {
            ["suiteVersion"] = TheoremCatalogue.SuiteVersion, ["seed"] = 7.0, ["maxTest"] = 2500.0, ["ci"] = RunSettings.IsCi,
            ["elapsedSeconds"] = 1.25, ["interrupted"] = false, ["selection/0"] = "X0.1", ["selection/1"] = "X0.2", ["selection/2"] = "X0.3",
        };

        // THEOREM: three chunks of 1000, 1000 and 500 cases; hypothesis and tightest from the log.
        var hypothesis = theoremLog.Cases.Where(n => n % 3 != 0).ToList();
        int tightest = hypothesis.Min();
        Assert.Equal(2500, theoremLog.Cases.Count);
        Known(known, 0, "X0.1", "Synthetic", "theorem", "n + ½ > 0.", "holds", true, 2500, hypothesis.Count, 3);
        known["entries/0/minSlack"] = tightest + 0.5;
        known["entries/0/tightest"] = $"n = {tightest} on case {tightest}";
        known["entries/0/tightestTolerance"] = 0.25;

        // LAW: one chunk of its 50 fixed cases whatever MaxTest is; its evidence is the tightest case's (largest n).
        Assert.Equal(50, lawLog.Cases.Count);
        int largest = lawLog.Cases.Max();
        Known(known, 1, "X0.2", "SyntheticLaw", "law", "n ≤ 1000.", "holds", true, 50, 50, 1);
        known["entries/1/minSlack"] = 1000.0 - largest;
        known["entries/1/tightest"] = $"n = {largest} on case {largest}";
        known["entries/1/tightestTolerance"] = 0.0;
        known["entries/1/law/quantity"] = "n";
        known["entries/1/law/sampleSize"] = (double)largest;
        known["entries/1/law/estimate"] = largest / 1000.0;
        known["entries/1/law/exact"] = 0.0;
        known["entries/1/law/bound"] = 1.0;
        known["entries/1/falseAlarmRate"] = 1e-3;

        // PROBE: the first chunk stops at the first n ≥ 17; the log's later entries are the shrinker's tries, which take the
        // first failing candidate (⌊n/2⌋, else n − 1) until 17.
        int first = probeLog.Cases.FindIndex(n => n >= Threshold);
        int found = probeLog.Cases[first], steps = 0;
        for (int n = found; n > Threshold; steps++) n = n / 2 >= Threshold ? n / 2 : n - 1;
        var before = probeLog.Cases.Take(first + 1).ToList();
        Known(known, 2, "X0.3", "SyntheticProbe", "probe", "n < 17.", "refuted", true, first + 1, first + 1, 3);
        known["entries/2/minSlack"] = Threshold - 1.0 - before.Max();
        known["entries/2/tightest"] = $"n = {before.Max()} on case {before.Max()}";
        known["entries/2/tightestTolerance"] = 0.0;
        known["entries/2/message"] = $"n = {Threshold}";
        known["entries/2/counterexample"] = (double)Threshold;
        known["entries/2/violation"] = 1.0;
        known["entries/2/shrinks"] = (double)steps;
        known["entries/2/shrunkDimensions/world"] = (double)Threshold;
        known["entries/2/shrunkDimensions/representation"] = 1.0;

        // Seeds, gammas and replay data are true when running again from them draws the same cases.
        for (int e = 0; e < 3; e++)
        {
            var log = new[] { theoremLog, lawLog, probeLog }[e];
            var again = new Log();
            var entry = new[] { Theorem(again), Law(again), Probe(again) }[e];
            var (seed, gamma) = (fields[$"entries/{e}/seed"].GetUInt64(), fields[$"entries/{e}/gamma"].GetUInt64());
            Assert.Equal(entry.ChunkSeeds(settings, 0), (seed, gamma));
            entry.RunChunk(settings, 0);
            Assert.Equal(log.Cases.Take(again.Cases.Count), again.Cases);
            Assert.InRange(fields[$"entries/{e}/elapsedMs"].GetDouble(), 0, clock.Elapsed.TotalMilliseconds);
            fields.Remove($"entries/{e}/seed");
            fields.Remove($"entries/{e}/gamma");
            fields.Remove($"entries/{e}/elapsedMs");
        }
        var replay = new ReplayData(fields["entries/2/replay/seed"].GetUInt64(), fields["entries/2/replay/gamma"].GetUInt64(),
            fields["entries/2/replay/size"].GetInt32());
        var replayed = new Log();
        var result = Probe(replayed).RunChunk(settings, 0, replay);
        Assert.Equal(found, replayed.Cases[0]);
        Assert.Equal(Threshold, (int)result.Counterexample!);
        foreach (var part in new[] { "seed", "gamma", "size" }) fields.Remove($"entries/2/replay/{part}");

        Assert.Equal(known.Keys.Order(), fields.Keys.Order());
        foreach (var (path, value) in known)
        {
            var field = fields[path];
            bool same = value switch
            {
                bool b => field.ValueKind == (b ? JsonValueKind.True : JsonValueKind.False),
                string s => field.GetString() == s,
                double d => field.GetDouble() == d,
                _ => false,
            };
            Assert.True(same, $"{path}: {field} against {value}");
        }
    }

    private static void Known(Dictionary<string, object> known, int e, string id, string name, string kind, string statement, string verdict,
        bool passed, int cases, int hypothesisCases, int chunks)
    {
        known[$"entries/{e}/id"] = id;
        known[$"entries/{e}/name"] = name;
        known[$"entries/{e}/kind"] = kind;
        known[$"entries/{e}/statement"] = statement;
        known[$"entries/{e}/verdict"] = verdict;
        known[$"entries/{e}/passed"] = passed;
        known[$"entries/{e}/cases"] = (double)cases;
        known[$"entries/{e}/hypothesisCases"] = (double)hypothesisCases;
        known[$"entries/{e}/chunks"] = (double)chunks;
        known[$"entries/{e}/interrupted"] = false;
        known[$"entries/{e}/shrinks"] = 0.0;
    }
}
