using RlaifTheorems.Kernels;

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
        var a = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(d, k, Uniform((long)d * k, seed));
        return a.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q.ToColumnMajorArray();
    }
}
