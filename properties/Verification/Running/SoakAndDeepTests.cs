using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Verification.Running;

/// <summary>
/// A soak round in process: round k runs under its own seed, the k-th SplitMix64 output of the soak's seed below 2⁶³; an entry
/// that does not pass (here P1.1 at one case, too few to refute it) is named and reported, one that passes is not, and a
/// cancelled round runs nothing and is not complete. A deep report fails an entry on a failing dimension, or when no dimension met its hypothesis.
/// Entry selection by prefix names every unknown prefix.
/// </summary>
public sealed class SoakAndDeepTests
{
    [Fact]
    public void RoundSeedsAreDistinctNonNegativeAndReproducible()
    {
        var seeds = Enumerable.Range(0, 50).Select(k => SoakRun.RoundSeed(9, k)).ToList();
        Assert.Equal(50, seeds.Distinct().Count());
        Assert.All(seeds, s => Assert.True(s <= long.MaxValue));
        Assert.Contains(seeds, s => s > (ulong)int.MaxValue);
        Assert.Equal(seeds, Enumerable.Range(0, 50).Select(k => SoakRun.RoundSeed(9, k)));
        Assert.NotEqual(seeds, Enumerable.Range(0, 50).Select(k => SoakRun.RoundSeed(10, k)));
    }

    [Fact]
    public void ARoundNamesTheEntriesThatDidNotPass()
    {
        var soak = new SoakRun(TheoremCatalogue.Select(["T1.2", "P1.1"]), 3, 1, 9);
        var heard = new List<(string, Verdict)>();
        var round = soak.RunRound(1, CancellationToken.None, (entry, result) => heard.Add((entry.Id, result.Verdict)));
        Assert.Equal((2, SoakRun.RoundSeed(9, 1)), (round.Index, round.Seed));
        Assert.Equal(["P1.1"], round.Failed);
        Assert.True(round.Complete);
        Assert.Equal([("P1.1", Verdict.Failed)], heard);
        Assert.Equal(new RunSettings(1, SoakRun.RoundSeed(9, 1)), soak.RoundSettings(1));
        var cancelled = soak.RunRound(0, new CancellationToken(canceled: true), (_, _) => Assert.Fail("nothing runs"));
        Assert.Equal((1, SoakRun.RoundSeed(9, 0)), (cancelled.Index, cancelled.Seed));
        Assert.Empty(cancelled.Failed);
        Assert.False(cancelled.Complete);
        Assert.Equal([0, 1, 2], soak.RoundIndices);
        Assert.Equal([1, 4], new SoakRun([], 5, 1, 9, new Shard(2, 3)).RoundIndices);
    }

    [Fact]
    public void ADeepReportFailsAnEntryOnAFailureOrWhenNothingMetItsHypothesis()
    {
        static DeepProfile.Result R(string id, int d, int met, bool passed, bool vacuous = false) =>
            new(id, id, d, 100, met, passed, passed ? null : "x", 0.1) { Vacuous = vacuous };
        var report = new DeepReport(1, 100, [2, 3], [
            R("A", 2, 50, true), R("A", 3, 40, true),
            R("B", 2, 50, true), R("B", 3, 30, false),
            R("C", 2, 0, false, vacuous: true), R("C", 3, 20, true),
            R("D", 2, 0, false, vacuous: true), R("D", 3, 0, false, vacuous: true),
        ]);
        Assert.Equal([("A", false), ("B", true), ("C", false), ("D", true)], report.ByEntry());
    }

    [Fact]
    public void SelectionNamesEveryUnknownPrefix()
    {
        Assert.True(EntrySelection.TrySelect(["T1.", "P1.1"], out var entries, out var problem));
        Assert.Null(problem);
        Assert.Equal(TheoremCatalogue.Select(["T1.", "P1.1"]).Select(e => e.Id), entries.Select(e => e.Id));
        Assert.Contains("P1.1", entries.Select(e => e.Id));
        Assert.True(EntrySelection.TrySelect([], out var all, out _));
        Assert.Equal(TheoremCatalogue.All.Count, all.Count);
        Assert.False(EntrySelection.TrySelect(["T1.", "Z", ""], out var none, out problem));
        Assert.Empty(none);
        Assert.Equal($"no catalogue entry starts with 'Z' or ''; IDs are {string.Join(", ", TheoremCatalogue.All.Select(e => e.Id))}", problem);
    }
}
