using RlaifTheorems.Core.LinearAlgebra;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>Orthonormalising 100,000 bases of 16×4. Baseline: MathNet's thin QR of each.</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class BatchedOrthonormalisationBenchmarks
{
    private const int Count = 100_000, M = 16, R = 4;
    private double[] _bases = null!, _q = null!;

    /// <summary>Seeded data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bases = SeededData.Uniform((long)Count * M * R, 4);
        _q = new double[_bases.Length];
    }

    /// <summary>MathNet: one thin QR per basis.</summary>
    [Benchmark(Baseline = true)]
    public double MathNetEach()
    {
        double sum = 0;
        for (int b = 0; b < Count; b++)
            sum += Matrix<double>.Build.Dense(M, R, _bases.AsSpan(b * M * R, M * R).ToArray()).QR(QRMethod.Thin).Q[0, 0];
        return sum;
    }

    /// <summary>The batched kernel.</summary>
    [Benchmark]
    public int Batched() => BatchedOrthonormalisation.Orthonormalise(_bases, M, R, Count, _q);
}
