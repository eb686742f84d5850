using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Catalogue.Running;

/// <summary>
/// An entry's run from its chunks (<see cref="CatalogueEntry.Run"/>, <see cref="EntryResult.Combine"/>), on synthetic entries of
/// an integer n ∈ [0, 999] run for 3,000 cases (three chunks): progress counts the cases run so far; the run stops at the chunk
/// that decides it, or at a cancellation after the chunk under way, and says where; chunks combine in any order to the same
/// result, with counts added, the smallest slack's part and evidence, the deciding chunk's verdict, and the elapsed times
/// added; a missing, foreign or absent chunk is refused in one line; vacuity and a PROBE's failure to refute are judged on the
/// whole run.
/// </summary>
public sealed class EntryRunTests
{
    private static readonly RunSettings Settings = new(3000, 23);

    private static Arbitrary<int> Numbers => Arb.From(Gen.Choose(0, 999), n => n == 0 ? [] : new[] { n / 2, n - 1 });

    private static PropertyEntry<int> Entry(Func<int, CaseOutcome> property, EntryKind kind = EntryKind.Theorem, string id = "X0.1") =>
        new(id, kind, "Synthetic", "A synthetic statement.", Numbers, property);

    private static readonly PropertyEntry<int> Holding =
        Entry(n => new CaseOutcome(true, true, n, $"n = {n}", new LawEvidence("n", n, n, 0, 1), SlackTolerance: 0.5));

    /// <summary>Records each report synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Reports : IProgress<int>
    {
        public readonly List<int> Values = [];
        public void Report(int value) => Values.Add(value);
    }

    [Fact]
    public void AFullRunReportsTheCasesRunSoFarAfterEachChunk()
    {
        var progress = new Reports();
        var result = Holding.Run(Settings, progress: progress);
        Assert.Equal([1000, 2000, 3000], progress.Values);
        Assert.Equal(Verdict.Holds, result.Verdict);
        Assert.Equal(3000, result.Cases);
        Assert.Equal(3, result.Chunks);
        Assert.False(result.Interrupted);
        Assert.Null(result.Message);
    }

    [Fact]
    public void ARunStopsAtTheChunkThatDecidesIt()
    {
        var progress = new Reports();
        var probe = Entry(n => new CaseOutcome(true, n < 17, 16 - n, $"n = {n}"), EntryKind.Probe);
        var result = probe.Run(Settings, progress: progress);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.Equal([result.Cases], progress.Values);
        Assert.True(result.Cases < 1000);
        Assert.Equal(17, result.Counterexample);
        Assert.Equal(1.0, result.Violation);
    }

    [Fact]
    public void ACancelledRunFinishesTheChunkUnderWayAndSaysWhereItStopped()
    {
        var progress = new Reports();
        var result = Holding.Run(Settings, progress: progress, cancel: new CancellationToken(canceled: true));
        Assert.Equal([1000], progress.Values);
        Assert.True(result.Interrupted);
        Assert.Equal(3, result.Chunks);
        Assert.Equal(1000, result.Cases);
        Assert.Equal("interrupted after 1000 of 3000 cases", result.Message);
        // A vacuous first chunk carries its own word after the count.
        var vacuous = Entry(_ => CaseOutcome.NotApplicable).Run(Settings, cancel: new CancellationToken(canceled: true));
        Assert.Equal("interrupted after 1000 of 3000 cases: vacuous: none of 1000 cases met the hypothesis", vacuous.Message);
    }

    [Fact]
    public void AChunkOutsideTheRunIsRefused()
    {
        foreach (int chunk in new[] { -1, 3 })
        {
            var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => Holding.RunChunk(Settings, chunk));
            Assert.Equal("chunk", refusal.ParamName);
            Assert.StartsWith("X0.1 has chunks 0 to 2", refusal.Message);
        }
        Assert.Equal(2, Holding.RunChunk(Settings, 2).Chunk);
    }

    [Fact]
    public void EachWayAChunkEndsIsJudged()
    {
        var throwing = Entry(n => n >= 500 ? throw new InvalidOperationException($"boom {n}") : new CaseOutcome(true, true, 1)).RunChunk(Settings, 0);
        Assert.Equal(Verdict.Failed, throwing.Verdict);
        Assert.StartsWith("property threw: InvalidOperationException: boom ", throwing.Message);
        Assert.Equal(500, throwing.Counterexample);
        Assert.Null(throwing.Violation);

        var named = Entry(n => new CaseOutcome(true, n < 900, 899 - n, "part P")).RunChunk(Settings, 0);
        Assert.Equal((Verdict.Failed, "part P"), (named.Verdict, named.Message));
        var unnamed = Entry(n => new CaseOutcome(true, n < 900, 899 - n)).RunChunk(Settings, 0);
        Assert.Equal(Verdict.Failed, unnamed.Verdict);
        Assert.Equal("failed", unnamed.Message);
        Assert.Equal(900, unnamed.Counterexample);
        Assert.Equal(1.0, unnamed.Violation);

        var unrefuted = Entry(n => new CaseOutcome(true, true, 1), EntryKind.Probe);
        Assert.Equal("no counterexample found", unrefuted.RunChunk(Settings, 0).Message);
        var whole = unrefuted.Run(Settings);
        Assert.Equal(Verdict.Failed, whole.Verdict);
        Assert.Equal("no counterexample found in 3000 cases (3000 met the claim's hypothesis)", whole.Message);

        var vacuousChunk = Entry(_ => CaseOutcome.NotApplicable).RunChunk(Settings, 1);
        Assert.Equal(Verdict.Holds, vacuousChunk.Verdict);
        Assert.Null(vacuousChunk.MinSlack);
        Assert.Null(vacuousChunk.TightestTolerance);
        var vacuous = Entry(_ => CaseOutcome.NotApplicable).Run(Settings);
        Assert.Equal(Verdict.Failed, vacuous.Verdict);
        Assert.Equal("vacuous: none of 3000 cases met the hypothesis", vacuous.Message);
        Assert.False(vacuous.Passed);

        var holding = Holding.RunChunk(Settings, 0);
        Assert.Equal(0.5, holding.TightestTolerance);
        Assert.Equal(holding.MinSlack, (double)holding.Law!.SampleSize);
    }

    [Fact]
    public void ChunksInAnyOrderCombineToTheRunItself()
    {
        var chunks = Enumerable.Range(0, 3).Select(j => Holding.RunChunk(Settings, j)).ToList();
        var run = Holding.Run(Settings);
        var tightest = chunks.MinBy(c => c.MinSlack!.Value)!;
        foreach (var order in new[] { new[] { 0, 1, 2 }, new[] { 2, 0, 1 }, new[] { 1, 2, 0 } })
        {
            var combined = EntryResult.Combine(order.Select(j => chunks[j]));
            Assert.Equal(chunks[0].Seed, combined.Seed);
            Assert.Equal(chunks[0].Gamma, combined.Gamma);
            Assert.Equal(run with { ElapsedMs = 0 }, combined with { ElapsedMs = 0 });
            Assert.Equal(tightest.MinSlack, combined.MinSlack);
            Assert.Equal(tightest.Tightest, combined.Tightest);
            Assert.Equal(tightest.Law, combined.Law);
            Assert.Null(combined.Chunk);
        }
        var timed = chunks.Select((c, j) => c with { ElapsedMs = 1.25 * (j + 1) }).ToList();
        Assert.Equal(7.5, EntryResult.Combine(timed).ElapsedMs);
        // The smallest slack in the last chunk: its part and evidence are the run's.
        var shifted = chunks.Select((c, j) => j == 2 ? c with { MinSlack = -0.25, Tightest = "last", Law = new LawEvidence("m", 1, 2, 3, 4) } : c).ToList();
        var fromLast = EntryResult.Combine(shifted);
        Assert.Equal((-0.25, "last"), (fromLast.MinSlack!.Value, fromLast.Tightest));
        Assert.Equal(new LawEvidence("m", 1, 2, 3, 4), fromLast.Law);
        // A tightest chunk without evidence leaves the first chunk's.
        var bare = EntryResult.Combine(chunks.Select((c, j) => j == 2 ? c with { MinSlack = -0.25, Law = null } : c));
        Assert.Equal(chunks[0].Law, bare.Law);
    }

    [Fact]
    public void AFailedChunkDecidesATheoremAndLaterChunksDoNotCount()
    {
        var chunks = Enumerable.Range(0, 3).Select(j => Holding.RunChunk(Settings, j)).ToList();
        chunks[1] = chunks[1] with { Verdict = Verdict.Failed, Message = "chunk 1 broke", Counterexample = 7, Violation = 0.5, Shrinks = 3 };
        Assert.True(chunks[1].DecidesEntry);
        Assert.False(chunks[0].DecidesEntry);
        var combined = EntryResult.Combine(chunks);
        Assert.Equal(Verdict.Failed, combined.Verdict);
        Assert.Equal("chunk 1 broke", combined.Message);
        Assert.Equal(chunks[0].Cases + chunks[1].Cases, combined.Cases);
        Assert.Equal((7, 0.5, 3), ((int)combined.Counterexample!, combined.Violation!.Value, combined.Shrinks));
        // A refuted PROBE chunk decides it; a refuted or failed chunk of the other kind does not decide, and is no counterexample.
        Assert.True((chunks[0] with { Kind = EntryKind.Probe, Verdict = Verdict.Refuted }).DecidesEntry);
        Assert.False((chunks[0] with { Kind = EntryKind.Probe, Verdict = Verdict.Failed }).DecidesEntry);
        Assert.False((chunks[0] with { Verdict = Verdict.Refuted }).DecidesEntry);
    }

    [Fact]
    public void ChunksThatAreNotOneRunAreRefusedInOneLine()
    {
        var chunks = Enumerable.Range(0, 3).Select(j => Holding.RunChunk(Settings, j)).ToList();
        string? Problem(IEnumerable<EntryResult> c) => EntryResult.TryCombine(c, out _, out var problem) ? null : problem;
        Assert.Equal("no chunks to combine", Problem([]));
        Assert.Equal("X0.1: chunk 1 of 3 is missing", Problem([chunks[0], chunks[2]]));
        Assert.Equal("X0.1: chunk 0 of 3 is missing", Problem([chunks[1], chunks[2]]));
        var other = Entry(n => new CaseOutcome(true, true, n), id: "X0.2").RunChunk(Settings, 1);
        Assert.Equal("chunks of different entries or runs: X0.1, X0.2", Problem([chunks[0], other, chunks[2]]));
        Assert.Equal("chunks of different entries or runs: X0.1", Problem([chunks[0], chunks[1] with { Chunks = 2 }, chunks[2]]));
        Assert.StartsWith("X0.1: chunk 1 of 3 is missing", Assert.Throws<ArgumentException>(() => EntryResult.Combine([chunks[0], chunks[2]])).Message);
        Assert.Null(Problem(chunks));
    }

    [Fact]
    public void DimensionsReadAsWorldAndRepresentation() => Assert.Equal("D=5, d=3", new Dimensions(5, 3).ToString());
}
