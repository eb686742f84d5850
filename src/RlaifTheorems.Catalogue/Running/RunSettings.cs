using RlaifTheorems.Kernels;

namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// How to run the catalogue: cases per property, the master seed and the size range. The CI profile
/// (environment variable CI set) uses the fixed <see cref="CiSeed"/>; otherwise a fresh seed is drawn and
/// reported, so any run can be replayed with <c>--seed</c>.
/// </summary>
public sealed record RunSettings(int MaxTest, ulong Seed, int EndSize = 100)
{
    /// <summary>Default number of cases per THEOREM or PROBE.</summary>
    public const int DefaultMaxTest = 1000;

    /// <summary>The master seed of the CI profile.</summary>
    public const ulong CiSeed = 2603_03000UL;

    /// <summary>True when running under CI (the CI environment variable means CI, <see cref="MeansCi"/>).</summary>
    public static bool IsCi => MeansCi(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether a value of the CI environment variable means CI: set, non-empty and not "false" (in any case).</summary>
    public static bool MeansCi(string? value) => value is { Length: > 0 } && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The profile for this environment (<see cref="For"/> with <see cref="IsCi"/>).</summary>
    public static RunSettings ForEnvironment(int maxTest = DefaultMaxTest, ulong? seed = null) => For(IsCi, maxTest, seed);

    /// <summary>The profile: the given seed; else under CI the fixed <see cref="CiSeed"/>, otherwise a fresh random seed.</summary>
    public static RunSettings For(bool ci, int maxTest = DefaultMaxTest, ulong? seed = null) =>
        new(maxTest, seed ?? (ci ? CiSeed : (ulong)Random.Shared.NextInt64(1, long.MaxValue)));

    /// <summary>The seed of one entry: the master seed mixed with the entry's ID (SplitMix64 over FNV-1a), so entries are independent and reproducible.</summary>
    public ulong SeedFor(string id)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in id) { h ^= ch; h *= 1099511628211UL; }
        return SplitMix64.Mix(Seed ^ h);
    }

    /// <summary>FsCheck's seed and (odd) gamma for the cases drawn under <paramref name="key"/>: <see cref="SeedFor"/> of the key
    /// and of the key with "/gamma" appended, so that both differ from key to key.</summary>
    public (ulong Seed, ulong Gamma) SeedsFor(string key) => (SeedFor(key), SeedFor(key + "/gamma") | 1UL);
}
