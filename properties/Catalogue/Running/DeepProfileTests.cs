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
}
