using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Catalogue.Running;

/// <summary>A sample of the deep profile in the default tests: every THEOREM over latent value models at d = 64 and d = 256
/// (the whole profile, up to d = 1024, is <c>check --deep</c>).</summary>
public sealed class DeepProfileTests(ITestOutputHelper output)
{
    public static TheoryData<string> Ids() => new(DeepProfile.Entries(TheoremCatalogue.All).Select(e => e.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheoremHoldsAtResearchersDimensions(string id)
    {
        var entry = TheoremCatalogue.Find(id)!;
        var settings = RunSettings.ForEnvironment(3);
        int hypothesis = 0;
        foreach (int d in new[] { 64, 256 })
        {
            var result = DeepProfile.Run(entry, d, d == 64 ? 4 : 2, settings);
            output.WriteLine($"{id} at d = {d}: {result.HypothesisCases}/{result.Cases} met the hypothesis ({result.Seconds:F1} s, seed {settings.Seed})");
            Assert.True(result.Passed || result.Message!.StartsWith("vacuous"), $"{id} at d = {d}: {result.Message} (seed {settings.Seed})");
            hypothesis += result.HypothesisCases;
        }
        Assert.True(hypothesis > 0, $"{id}: no deep case met the hypothesis");
    }

    private static CatalogueEntry Synthetic(Func<RlaifTheorems.Catalogue.Generators.ModelCase, CaseOutcome> property) =>
        new PropertyEntry<RlaifTheorems.Catalogue.Generators.ModelCase>("X0.4", EntryKind.Theorem, "Synthetic", "A synthetic statement.",
            RlaifTheorems.Catalogue.Generators.CatalogueArbitraries.ModelCases(), property);

    /// <summary>Each way a deep run ends, on synthetic THEOREMs over 5 cases at d = 2: it passes with no message; it fails with the
    /// failing part's detail ("failed" when it names none) or with the exception it threw; and with no case meeting its hypothesis
    /// it is vacuous, which is not a pass.</summary>
    [Fact]
    public void EachWayADeepRunEndsIsReported()
    {
        var settings = new RunSettings(5, 3);
        var holds = DeepProfile.Run(Synthetic(_ => new CaseOutcome(true, true, 1)), 2, 5, settings);
        Assert.Equal((true, false, null, 5, 5), (holds.Passed, holds.Vacuous, holds.Message, holds.Cases, holds.HypothesisCases));
        Assert.Equal(("X0.4", "Synthetic", 2), (holds.Id, holds.Name, holds.Dimension));

        var fails = DeepProfile.Run(Synthetic(_ => new CaseOutcome(true, false, -1, "part P")), 2, 5, settings);
        Assert.Equal((false, false, "part P"), (fails.Passed, fails.Vacuous, fails.Message));
        var unnamed = DeepProfile.Run(Synthetic(_ => new CaseOutcome(true, false, -1)), 2, 5, settings);
        Assert.Equal((false, false, "failed"), (unnamed.Passed, unnamed.Vacuous, unnamed.Message));

        var throws = DeepProfile.Run(Synthetic(_ => throw new InvalidOperationException("boom")), 2, 5, settings);
        Assert.False(throws.Passed);
        Assert.False(throws.Vacuous);
        Assert.StartsWith("property threw: InvalidOperationException: boom on case ", throws.Message);

        // A failure on a case outside the hypothesis is still a failure, not vacuity.
        var outside = DeepProfile.Run(Synthetic(_ => new CaseOutcome(false, false, -1, "outside")), 2, 5, settings);
        Assert.Equal((false, false, "outside"), (outside.Passed, outside.Vacuous, outside.Message));

        var vacuous = DeepProfile.Run(Synthetic(_ => CaseOutcome.NotApplicable), 2, 5, settings);
        Assert.Equal((false, true, "vacuous: none of 5 cases met the hypothesis", 0), (vacuous.Passed, vacuous.Vacuous, vacuous.Message, vacuous.HypothesisCases));
    }

    /// <summary>Each entry and dimension draws its own cases: two entries at the same d under the same master seed see different
    /// models.</summary>
    [Fact]
    public void EachEntryAndDimensionDrawsItsOwnCases()
    {
        List<string> Drawn(string id)
        {
            var drawn = new List<string>();
            var entry = new PropertyEntry<RlaifTheorems.Catalogue.Generators.ModelCase>(id, EntryKind.Theorem, "Synthetic", "A synthetic statement.",
                RlaifTheorems.Catalogue.Generators.CatalogueArbitraries.ModelCases(), c => { drawn.Add(c.ToString()); return new CaseOutcome(true, true, 1); });
            DeepProfile.Run(entry, 3, 4, new RunSettings(4, 8));
            return drawn;
        }
        Assert.Equal(Drawn("X0.6"), Drawn("X0.6"));
        Assert.NotEqual(Drawn("X0.6"), Drawn("X0.7"));
    }
}

