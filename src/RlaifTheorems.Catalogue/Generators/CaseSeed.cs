using RlaifTheorems.Kernels;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// A seed derived from a case's numbers (their bit patterns folded in one at a time through SplitMix64's finaliser), so a
/// Monte Carlo inside a property is a deterministic function of the case: FsCheck's replay and shrinking see the same outcome
/// every time. The finaliser spreads every bit of every entry, its sign bit included, over the 31 kept.
/// </summary>
public static class CaseSeed
{
    /// <summary>The seed of the given arrays.</summary>
    public static int Of(params IEnumerable<double>[] parts)
    {
        ulong h = SplitMix64.Gamma;
        foreach (var part in parts)
            foreach (double x in part)
                h = SplitMix64.Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(x));
        // Stryker disable once Bitwise : h is unsigned, so >> and >>> agree.
        return (int)(h >> 33);
    }

    /// <summary>The seed of a model case.</summary>
    public static int Of(ModelCase c) => Of(c.E.SelectMany(r => r), c.V, c.M, c.G, c.C.SelectMany(r => r));
}
