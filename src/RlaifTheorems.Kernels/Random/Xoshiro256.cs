using System.Numerics;

namespace RlaifTheorems.Kernels;

/// <summary>xoshiro256** (Blackman–Vigna 2018), seeded by SplitMix64: a fast, small-state generator for Monte Carlo kernels.</summary>
public struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator whose state is SplitMix64 of <paramref name="seed"/>.</summary>
    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix64.Next(ref seed);
        _s1 = SplitMix64.Next(ref seed);
        _s2 = SplitMix64.Next(ref seed);
        _s3 = SplitMix64.Next(ref seed);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9, t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Two independent standard normals (Marsaglia's polar method).</summary>
    public void NormalPair(out double z0, out double z1)
    {
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        z0 = u * f;
        z1 = v * f;
    }

}
