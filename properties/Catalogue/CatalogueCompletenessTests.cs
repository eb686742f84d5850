using RlaifTheorems.Properties.Catalogue.Entries;
using System.Reflection;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Catalogue.Statistics;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>
/// Every THEOREM and LAW has exactly one FsCheck.Xunit property here, named after the entry; every PROBE has its refutation
/// test; and, through <c>check</c>'s own runner, no THEOREM or LAW is vacuous: each reports how many cases met its hypothesis.
/// </summary>
public sealed class CatalogueCompletenessTests(ITestOutputHelper output)
{
    /// <summary>Cases per THEOREM for the hypothesis count (the [Property] itself runs <see cref="CatalogueAssert.TestCases"/>).</summary>
    private const int CountingCases = 500;

    public static TheoryData<string> TheoremsAndLaws() => new(TheoremCatalogue.All.Where(e => e.Kind != EntryKind.Probe).Select(e => e.Id));

    [Fact]
    public void EveryTheoremAndLawHasOnePropertyNamedAfterIt()
    {
        var properties = typeof(CatalogueCompletenessTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<CataloguePropertyAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();
        var ids = TheoremCatalogue.All.Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var entry in TheoremCatalogue.All.Where(e => e.Kind != EntryKind.Probe))
        {
            var named = properties.Where(x => x.Method.Name == entry.Name).ToList();
            Assert.True(named.Count == 1, $"{entry.Id} ({entry.Name}) has {named.Count} [CatalogueProperty] methods of that name");
            Assert.Equal(entry.CaseType, named[0].Method.GetParameters().Single().ParameterType);
        }
        Assert.Equal(TheoremCatalogue.All.Count(e => e.Kind != EntryKind.Probe), properties.Count);
    }

    [Fact]
    public void EveryProbeHasARefutationTest()
    {
        var tested = typeof(Probes).GetMethod(nameof(Probes.IsRefutedByShrunkCounterexample))!
            .GetCustomAttributes<InlineDataAttribute>().Select(a => (string)a.GetData(null!).Single()[0]).ToList();
        Assert.Equal(TheoremCatalogue.All.Where(e => e.Kind == EntryKind.Probe).Select(e => e.Id).Order(), tested.Order());
    }

    [Theory]
    [MemberData(nameof(TheoremsAndLaws))]
    public void MeetsItsHypothesisOnGeneratedCases(string id)
    {
        var result = CatalogueAssert.Passes(id, CountingCases);
        output.WriteLine($"{id}: {result.HypothesisCases} of {result.Cases} cases met the hypothesis (min slack {result.MinSlack:G3})");
        Assert.True(result.HypothesisCases > 0);
        if (result.Kind == EntryKind.Law)
        {
            Assert.Equal(LawBudget.FalseAlarmRate, result.FalseAlarmRate);
            Assert.NotNull(result.Law);
            Assert.True(result.Law!.SampleSize >= 10_000);
            Assert.True(result.Law.Bound > 0);
        }
    }
}
