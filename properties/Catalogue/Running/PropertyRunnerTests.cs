using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Catalogue.Running;

/// <summary>
/// What <see cref="PropertyRunner.Run"/> reports, read against a log of the cases FsCheck drew: properties of an integer
/// n ∈ [0, 999] whose shrinker proposes ⌊n/2⌋ then n − 1. Counts cover the cases drawn before the first failure; the
/// tightest slack is the first case to reach the smallest; a throw fails a THEOREM at that case and is never a PROBE's
/// counterexample; a replay runs exactly the one recorded case; the gamma given is the one FsCheck draws with.
/// </summary>
public sealed class PropertyRunnerTests
{
    private static Arbitrary<int> Numbers => Arb.From(Gen.Choose(0, 999), n => n == 0 ? [] : new[] { n / 2, n - 1 });

    private static PropertyRun Run(Func<int, CaseOutcome> property, EntryKind kind = EntryKind.Theorem, int maxTest = 200,
        ulong seed = 17, ulong gamma = 0x9E3779B97F4A7C15UL, ReplayData? replay = null) =>
        PropertyRunner.Run(Numbers, property, kind, maxTest, seed, gamma, 100, replay);

    [Fact]
    public void TheTightestSlackIsTheFirstCaseToReachTheSmallestAmongThoseMeetingTheHypothesis()
    {
        var drawn = new List<int>();
        var run = Run(n =>
        {
            drawn.Add(n);
            return n % 3 == 0 ? CaseOutcome.NotApplicable
                : new CaseOutcome(true, true, n % 5, $"n = {n}", new LawEvidence("n", n, n, 0, 1), SlackTolerance: n / 1000.0);
        });
        Assert.False(run.Failed);
        Assert.Equal(200, drawn.Count);
        Assert.Equal(200, run.Cases);
        var met = drawn.Where(n => n % 3 != 0).ToList();
        Assert.Equal(met.Count, run.HypothesisCases);
        int smallest = met.Min(n => n % 5), first = met.First(n => n % 5 == smallest);
        Assert.True(met.Count(n => n % 5 == smallest) > 1, "the test needs a tie for the smallest slack");
        Assert.Equal(smallest, run.MinSlack);
        Assert.Equal(first / 1000.0, run.MinSlackTolerance);
        Assert.Equal($"n = {first} on case {first}", run.Tightest);
        Assert.Equal(first, run.Evidence!.SampleSize);
        Assert.Null(run.Error);
        Assert.Null(run.Shrunk);
    }

    [Fact]
    public void AThrowingTheoremFailsAtTheFirstThrowAndShrinksToTheSmallestThrowingCase()
    {
        var drawn = new List<int>();
        bool recording = true;
        var run = Run(n =>
        {
            if (recording) drawn.Add(n);
            if (n >= 500)
            {
                recording = false;
                throw new InvalidOperationException($"boom {n}");
            }
            return new CaseOutcome(true, true, 1);
        });
        int first = drawn[^1];
        Assert.True(first >= 500);
        Assert.True(run.Failed);
        Assert.Equal(drawn.Count - 1, run.Cases);
        Assert.Equal($"InvalidOperationException: boom {first} on case {first}", run.Error);
        Assert.Equal(500, run.Shrunk);
        Assert.Null(run.ShrunkOutcome);
    }

    [Fact]
    public void AThrowIsNeverAProbesCounterexampleButIsReported()
    {
        int throws = 0;
        string? firstThrow = null;
        var run = Run(n =>
        {
            if (n >= 500)
            {
                throws++;
                firstThrow ??= $"InvalidOperationException: boom {n} on case {n}";
                throw new InvalidOperationException($"boom {n}");
            }
            return new CaseOutcome(true, true, 1);
        }, EntryKind.Probe);
        Assert.True(throws > 0);
        Assert.False(run.Failed);
        Assert.Null(run.Shrunk);
        Assert.Equal(200 - throws, run.Cases);
        Assert.Equal(firstThrow, run.Error);
    }

    [Fact]
    public void AFailingCaseShrinksAndItsOutcomeIsEvaluatedAgain()
    {
        var run = Run(n => new CaseOutcome(true, n < 17, 16 - n, $"n = {n}"), EntryKind.Probe);
        Assert.True(run.Failed);
        Assert.Equal(17, run.Shrunk);
        Assert.Equal(new CaseOutcome(true, false, -1, "n = 17"), run.ShrunkOutcome);
        Assert.True(run.Shrinks > 0);
        Assert.NotNull(run.Replay);
    }

    [Fact]
    public void AReplayRunsExactlyTheRecordedCase()
    {
        // n ≥ 990 is rare (1 in 100): the first case of a fresh stream is almost never one, so a replay that drew afresh would hold.
        Func<int, CaseOutcome> rare = n => new CaseOutcome(true, n < 990, 989 - n, $"n = {n}");
        var original = Run(rare, EntryKind.Probe, maxTest: 1000);
        Assert.True(original.Failed);
        var replayed = Run(rare, EntryKind.Probe, maxTest: 1000, replay: original.Replay);
        Assert.True(replayed.Failed);
        Assert.Equal(1, replayed.Cases);
        Assert.Equal(original.Shrunk, replayed.Shrunk);
        Assert.Equal(990, replayed.Shrunk);
        // The same case against a property that now holds on it: one case, no failure.
        var drawn = new List<int>();
        var fixedRun = Run(n => { drawn.Add(n); return new CaseOutcome(true, true, 1); }, EntryKind.Probe, maxTest: 1000, replay: original.Replay);
        Assert.False(fixedRun.Failed);
        Assert.Equal(1, fixedRun.Cases);
        Assert.True(drawn.Single() >= 990, $"the replay drew {drawn.Single()}, not the recorded failing case");
    }

    [Fact]
    public void TheGammaGivenIsTheOneFsCheckDrawsWith()
    {
        List<int> Drawn(ulong gamma)
        {
            var drawn = new List<int>();
            Run(n => { drawn.Add(n); return new CaseOutcome(true, true, 1); }, maxTest: 30, gamma: gamma);
            return drawn;
        }
        var (a, b) = (Drawn(0x9E3779B97F4A7C15UL), Drawn(0x2545F4914F6CDD1DUL));
        Assert.Equal(a, Drawn(0x9E3779B97F4A7C15UL));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void AnOutcomeAsAnFsCheckPropertyIsLabelledWithItsPart()
    {
        var labelled = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure, PropertyRunner.AsProperty(new CaseOutcome(true, false, -1, "part X"))));
        Assert.Contains("part X", labelled.Message);
        var unnamed = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure, PropertyRunner.AsProperty(new CaseOutcome(true, false, -1))));
        Assert.Contains("conclusion", unnamed.Message);
        Check.One(Config.QuickThrowOnFailure, PropertyRunner.AsProperty(new CaseOutcome(true, true, 1)));
    }
}
