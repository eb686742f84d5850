using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Properties.Catalogue.Running;

/// <summary>
/// The run's seeds: an entry's seed is SplitMix64's finaliser of the master seed XOR the 64-bit FNV-1a hash of its ID (read
/// against FNV-1a's published test vectors), FsCheck's seed and gamma for a key both vary with the key and the gamma is odd,
/// chunk 0 is seeded as the entry itself, and the CI profile is the fixed seed exactly when the CI variable means CI.
/// </summary>
public sealed class RunSettingsTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void AnEntrysSeedIsTheFinaliserOfTheMasterSeedXorFnv1aOfItsId(string id, ulong fnv1a)
    {
        foreach (ulong master in new[] { 0UL, 1UL, RunSettings.CiSeed, ulong.MaxValue })
            Assert.Equal(SplitMix64.Mix(master ^ fnv1a), new RunSettings(1, master).SeedFor(id));
    }

    [Fact]
    public void SeedsAndGammasVaryWithTheKeyAndEveryGammaIsOdd()
    {
        var settings = new RunSettings(1000, 5);
        var keys = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"T{i}.1" : $"T{i}.1#{i}").ToList();
        var seeds = keys.Select(settings.SeedsFor).ToList();
        Assert.All(seeds, s => Assert.Equal(1UL, s.Gamma & 1));
        Assert.Equal(keys.Count, seeds.Select(s => s.Seed).Distinct().Count());
        Assert.Equal(keys.Count, seeds.Select(s => s.Gamma).Distinct().Count());
        // The gamma is drawn for the key of its own, not derived from the seed.
        Assert.All(seeds, s => Assert.NotEqual(s.Seed | 1UL, s.Gamma));
        Assert.All(keys, k => Assert.Equal(settings.SeedFor(k), settings.SeedsFor(k).Seed));
    }

    [Fact]
    public void ChunkZeroIsSeededAsTheEntryAndChunkJAsIdHashJ()
    {
        var entry = RlaifTheorems.Catalogue.TheoremCatalogue.Find("T1.2")!;
        var settings = new RunSettings(3000, 11);
        Assert.Equal(settings.SeedsFor("T1.2"), entry.ChunkSeeds(settings, 0));
        Assert.Equal(settings.SeedsFor("T1.2#1"), entry.ChunkSeeds(settings, 1));
        Assert.Equal(settings.SeedsFor("T1.2#2"), entry.ChunkSeeds(settings, 2));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("0", true)]
    public void TheCiVariableMeansCiWhenSetAndNotFalse(string? value, bool ci) => Assert.Equal(ci, RunSettings.MeansCi(value));

    /// <summary>IsCi reads the CI variable. (Setting it here would change the seeds of tests running beside this one, so the
    /// variable is read as the process has it: where CI is unset, both sides are false.)</summary>
    [Fact]
    public void IsCiReadsTheCiVariable() => Assert.Equal(RunSettings.MeansCi(Environment.GetEnvironmentVariable("CI")), RunSettings.IsCi);

    [Fact]
    public void TheCiProfileIsTheFixedSeedAndAnyOtherIsFreshUnlessASeedIsGiven()
    {
        Assert.Equal(new RunSettings(1000, RunSettings.CiSeed), RunSettings.For(ci: true));
        Assert.Equal(new RunSettings(7, 42), RunSettings.For(ci: true, 7, 42));
        Assert.Equal(new RunSettings(7, 42), RunSettings.For(ci: false, 7, 42));
        // Two fresh seeds agree with probability 2⁻⁶³; a fresh seed is the CI seed likewise.
        var (a, b) = (RunSettings.For(ci: false).Seed, RunSettings.For(ci: false).Seed);
        Assert.NotEqual(a, b);
        Assert.NotEqual(RunSettings.CiSeed, a);
        // This process's own profile follows its CI variable.
        if (RunSettings.IsCi) Assert.Equal(RunSettings.CiSeed, RunSettings.ForEnvironment().Seed);
        else Assert.NotEqual(RunSettings.ForEnvironment().Seed, RunSettings.ForEnvironment().Seed);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(999, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(2000, 2)]
    [InlineData(2500, 3)]
    public void ARunOfNCasesHasCeilingNOverTheChunkSizeChunks(int maxTest, int chunks)
    {
        var settings = new RunSettings(maxTest, 1);
        var entry = RlaifTheorems.Catalogue.TheoremCatalogue.Find("T1.2")!;
        Assert.Equal(chunks, entry.ChunkCount(settings));
        Assert.Equal(maxTest, Enumerable.Range(0, chunks).Sum(j => entry.ChunkCases(settings, j)));
        Assert.Equal(1, RlaifTheorems.Catalogue.TheoremCatalogue.Find("T2.4")!.ChunkCount(settings));
    }
}
