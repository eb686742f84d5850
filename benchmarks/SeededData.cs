using RlaifTheorems.Core.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>Seeded inputs: uniform entries in (−1/2, 1/2) and orthonormal bases, the same on every run.</summary>
public static class SeededData
{
    /// <summary>n values from the seed.</summary>
    public static double[] Uniform(long n, ulong seed)
    {
        var rng = new Xoshiro256(seed);
        var x = GC.AllocateUninitializedArray<double>(checked((int)n));
        for (int i = 0; i < x.Length; i++) x[i] = rng.NextDouble() - 0.5;
        return x;
    }

    /// <summary>An orthonormal basis Q (d×k, column-major) of a seeded random subspace.</summary>
    public static double[] Basis(int d, int k, ulong seed)
    {
        var q = new double[d * k];
        HouseholderQr.Factor(Uniform((long)d * k, seed), d, k, q, Span<double>.Empty);
        return q;
    }
}
