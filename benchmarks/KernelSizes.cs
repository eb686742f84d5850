namespace RlaifTheorems.Benchmarks;

/// <summary>The sizes of the kernel issue, shared by the BenchmarkDotNet classes, the comparison harness and the numpy script.</summary>
public static class KernelSizes
{
    /// <summary>Projection and ablation: (d, k, n).</summary>
    public static readonly (int D, int K, int N)[] Projection = { (4096, 1, 10000), (4096, 16, 10000), (4096, 128, 2000), (64, 8, 100000), (8, 2, 1000000) };

    /// <summary>Batched tiny bases: (count, m, r).</summary>
    public static readonly (int Count, int M, int R)[] BatchedQr = { (100000, 16, 4) };

    /// <summary>Cosines of the columns of X with w: (d, n).</summary>
    public static readonly (int D, int N)[] Cosines = { (4096, 10000), (8, 1000000) };

    /// <summary>Pareto-cone Monte Carlo: (d, samples).</summary>
    public static readonly (int D, int Samples)[] Pareto = { (8, 1000000), (64, 100000) };
}
