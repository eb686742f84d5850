using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Properties.Verification.Running;

/// <summary>
/// A chunk read back from a report is accepted exactly when its run could have produced it: real chunks of a THEOREM (T1.2), a
/// LAW (L2) and a PROBE (P1.1), and the same chunks read back from JSON, are accepted; each single change below is refused with
/// the one line that names it.
/// </summary>
public sealed class ChunkCheckTests
{
    private static readonly RunSettings Settings = new(2500, 5);

    private static (CatalogueEntry Entry, EntryResult Chunk) Real(string id, int chunk = 0)
    {
        var entry = TheoremCatalogue.Find(id)!;
        return (entry, entry.RunChunk(Settings, chunk));
    }

    private static string Refused(CatalogueEntry entry, EntryResult chunk, int index = 0)
    {
        var problem = ChunkCheck.Problem(entry, index, chunk, Settings);
        Assert.False(string.IsNullOrWhiteSpace(problem), "accepted a chunk its run could not have produced");
        Assert.StartsWith($"{entry.Id} chunk {index}", problem);
        return problem!;
    }

    [Theory]
    [InlineData("T1.2", 0)]
    [InlineData("T1.2", 2)]
    [InlineData("L2", 0)]
    [InlineData("P1.1", 0)]
    public void RealChunksAreAcceptedAlsoReadBackFromJson(string id, int index)
    {
        var (entry, chunk) = Real(id, index);
        Assert.Null(ChunkCheck.Problem(entry, index, chunk, Settings));
        var read = JsonSerializer.Deserialize<EntryResult>(JsonFormat.Serialize(chunk), JsonFormat.Options)!;
        Assert.Null(ChunkCheck.Problem(entry, index, read, Settings));
    }

    [Fact]
    public void AnotherEntrysIdentityOrRunIsRefused()
    {
        var (entry, chunk) = Real("T1.2");
        foreach (var other in new[] { chunk with { Kind = EntryKind.Law }, chunk with { Name = "Other" }, chunk with { Statement = "x" } })
            Assert.EndsWith("records another entry's kind, name or statement than the catalogue's", Refused(entry, other));
        Assert.Equal($"T1.2 chunk 0 says its run has 2 chunks; under seed 5 and --max-test 2500 it has {chunk.Chunks}", Refused(entry, chunk with { Chunks = 2 }));
        Assert.EndsWith("was not run with its seeds under master seed 5", Refused(entry, chunk with { Seed = chunk.Seed + 1 }));
        Assert.EndsWith("was not run with its seeds under master seed 5", Refused(entry, chunk with { Gamma = chunk.Gamma ^ 2 }));
        Assert.EndsWith("was not run with its seeds under master seed 5", Refused(entry, chunk, index: 1));
        Assert.Equal("T1.2 chunk 0 was interrupted", Refused(entry, chunk with { Interrupted = true }));
    }

    [Fact]
    public void CountsOutsideTheChunksBudgetAreRefused()
    {
        var (entry, chunk) = Real("T1.2");
        int budget = entry.ChunkCases(Settings, 0);
        Assert.Equal(budget, chunk.Cases);
        Assert.Contains("of a budget of", Refused(entry, chunk with { Cases = budget + 1, HypothesisCases = 1 }));
        Assert.Contains("of a budget of", Refused(entry, chunk with { HypothesisCases = chunk.Cases + 1 }));
        Assert.Contains("of a budget of", Refused(entry, chunk with { HypothesisCases = -1 }));
        Assert.Null(ChunkCheck.Problem(entry, 0, chunk with { HypothesisCases = chunk.Cases, MinSlack = chunk.MinSlack }, Settings));
        Assert.Equal($"T1.2 chunk 0 holds after {budget - 1} of its {budget} cases", Refused(entry, chunk with { Cases = budget - 1 }));
    }

    [Fact]
    public void AHoldingChunksNumbersMustAgreeWithItsVerdict()
    {
        var (entry, chunk) = Real("T1.2");
        Assert.Equal(Verdict.Holds, chunk.Verdict);
        Assert.EndsWith("holds but records a failure", Refused(entry, chunk with { Message = "x" }));
        Assert.EndsWith("holds but records a failure", Refused(entry, chunk with { Counterexample = new { e = 1 } }));
        Assert.EndsWith("its tightest slack and its hypothesis count disagree", Refused(entry, chunk with { MinSlack = null }));
        Assert.EndsWith("its tightest slack and its hypothesis count disagree", Refused(entry, chunk with { HypothesisCases = 0 }));
        double tolerance = chunk.TightestTolerance!.Value;
        double slack = -2 * tolerance - 1e-3;
        Assert.Equal($"T1.2 chunk 0 holds with slack {slack:G3}, beyond its tolerance {tolerance:G3}", Refused(entry, chunk with { MinSlack = slack }));
        Assert.EndsWith("beyond its tolerance (none recorded)", Refused(entry, chunk with { TightestTolerance = null }));
        Assert.EndsWith("beyond its tolerance -1", Refused(entry, chunk with { TightestTolerance = -1.0 }));
        // At exactly minus its tolerance a part still holds.
        Assert.Null(ChunkCheck.Problem(entry, 0, chunk with { MinSlack = -tolerance }, Settings));
        Assert.Equal("T1.2 chunk 0 failed without saying why", Refused(entry, chunk with { Verdict = Verdict.Failed }));
        Assert.Null(ChunkCheck.Problem(entry, 0, chunk with { Verdict = Verdict.Failed, Message = "a case broke it" }, Settings));
        Assert.Equal("T1.2 chunk 0: a Theorem cannot be Refuted", Refused(entry, chunk with { Verdict = Verdict.Refuted }));
    }

    [Fact]
    public void ARefutationMustCarryACounterexampleThatBreaksTheClaimByItsViolation()
    {
        var (entry, chunk) = Real("P1.1");
        Assert.Equal(Verdict.Refuted, chunk.Verdict);
        Assert.Equal("P1.1 chunk 0: a Probe cannot be Holds", Refused(entry, chunk with { Verdict = Verdict.Holds }));
        const string missing = "is refuted without a counterexample meeting the claim's hypothesis by a finite violation";
        Assert.EndsWith(missing, Refused(entry, chunk with { Counterexample = null }));
        Assert.EndsWith(missing, Refused(entry, chunk with { HypothesisCases = 0 }));
        foreach (double violation in new[] { 0.0, -1.0, double.NaN, double.PositiveInfinity })
            Assert.EndsWith(missing, Refused(entry, chunk with { Violation = violation }));
        double recorded = chunk.Violation!.Value;
        Assert.Equal($"P1.1 chunk 0 records violation {recorded * 2:R}; its counterexample gives {recorded:R}", Refused(entry, chunk with { Violation = recorded * 2 }));
        // Its counterexample as JSON, as a report holds it: accepted; changed so that it holds, or of another type: refused.
        var json = JsonSerializer.SerializeToElement(chunk.Counterexample, JsonFormat.Options);
        Assert.Null(ChunkCheck.Problem(entry, 0, chunk with { Counterexample = json }, Settings));
        var (theorem, holding) = Real("T1.2");
        Assert.Null(ChunkCheck.Problem(theorem, 0, holding, Settings));
        var unrefuting = JsonSerializer.SerializeToElement(new { e = new[] { new[] { 1.0, 0 }, new[] { 0, 1.0 } }, v = new[] { 1.0, 0 }, m = new[] { 1.0, 0 },
            g = new[] { 1.0, 1 }, c = new[] { new[] { 1.0, 0 } }, worldDimension = 2, representationDimension = 2 });
        Assert.EndsWith("'s counterexample does not refute the claim", Refused(entry, chunk with { Counterexample = unrefuting }));
        // A refutation by a yes/no part records no violation (it has no size): its counterexample must still break the claim.
        Assert.Null(ChunkCheck.Problem(entry, 0, chunk with { Violation = null }, Settings));
        Assert.EndsWith("'s counterexample does not refute the claim", Refused(entry, chunk with { Counterexample = unrefuting, Violation = null }));
        string unreadable = Refused(entry, chunk with { Counterexample = JsonSerializer.SerializeToElement(new { e = "x" }) });
        Assert.StartsWith("P1.1 chunk 0's counterexample does not read as a ModelCase: ", unreadable);
        Assert.DoesNotContain("Path:", unreadable);
        Assert.EndsWith("'s counterexample is not a ModelCase", Refused(entry, chunk with { Counterexample = "a string" }));
    }

    /// <summary>A PROBE refuted by a yes/no part, whose failing case has no finite slack (here NaN, as a part with no size gives):
    /// the run records no violation, and the chunk is accepted because its counterexample, evaluated again, fails the claim. The
    /// same chunk with a case that holds is refused.</summary>
    [Fact]
    public void AYesNoRefutationWithNoViolationIsAcceptedWhenItsCaseFails()
    {
        var numbers = FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, 999), n => n == 0 ? [] : new[] { n / 2, n - 1 });
        var entry = new PropertyEntry<int>("X0.9", EntryKind.Probe, "YesNoProbe", "n < 17.", numbers,
            n => new CaseOutcome(true, n < 17, n < 17 ? 1 : double.NaN, $"n = {n}"));
        var chunk = entry.RunChunk(Settings, 0);
        Assert.Equal(Verdict.Refuted, chunk.Verdict);
        Assert.Null(chunk.Violation);
        Assert.Equal(17, chunk.Counterexample);
        Assert.Null(ChunkCheck.Problem(entry, 0, chunk, Settings));
        var read = JsonSerializer.Deserialize<EntryResult>(JsonFormat.Serialize(chunk), JsonFormat.Options)!;
        Assert.Null(ChunkCheck.Problem(entry, 0, read, Settings));
        Assert.EndsWith("'s counterexample does not refute the claim", Refused(entry, chunk with { Counterexample = 3 }));
    }
}
