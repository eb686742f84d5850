using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using RlaifTheorems.Core.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>Thin QR of an m×n block. Baseline: MathNet's thin QR (Q formed).</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class ThinQrBenchmarks
{
    private double[] _a = null!, _q = null!, _r = null!;
    private Matrix<double> _am = null!;
    private int _m, _n;

    /// <summary>"m,n".</summary>
    [Params("4096,16", "4096,128")]
    public string Shape { get; set; } = "4096,16";

    /// <summary>Seeded data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var p = Shape.Split(',').Select(int.Parse).ToArray();
        (_m, _n) = (p[0], p[1]);
        _a = SeededData.Uniform((long)_m * _n, 3);
        _q = new double[_a.Length];
        _r = new double[_n * _n];
        _am = Matrix<double>.Build.Dense(_m, _n, _a);
    }

    /// <summary>MathNet thin QR.</summary>
    [Benchmark(Baseline = true)]
    public Matrix<double> MathNetQr() => _am.QR(QRMethod.Thin).Q;

    /// <summary>Householder kernel.</summary>
    [Benchmark]
    public void Householder() => HouseholderQr.Factor(_a, _m, _n, _q, _r);
}

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
