namespace RlaifTheorems.Kernels;

/// <summary>
/// SplitMix64 (Steele–Lea–Flood 2014): a Weyl sequence state + k·γ passed through a 64-bit finaliser. Every seed of the suite is
/// derived through it: the generators' states (<see cref="Xoshiro256"/>), an entry's seed from the master seed, a soak round's.
/// </summary>
public static class SplitMix64
{
    /// <summary>The Weyl increment γ = 2⁶⁴/φ, odd.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The finaliser: a bijection of 64-bit words whose every output bit depends on every input bit.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next output of the sequence whose state is <paramref name="state"/> (advanced by γ).</summary>
    public static ulong Next(ref ulong state) => Mix(state += Gamma);

    /// <summary>The k-th output (k ≥ 0) of the sequence started at <paramref name="seed"/>, without stepping through the others.</summary>
    public static ulong At(ulong seed, int k) => Mix(seed + Gamma * (ulong)(k + 1));
}
