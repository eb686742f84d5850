using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>Batched projection Y = Q(QᵀX) and ablation Y = X − Q(QᵀX) at the (d, k, n). Baseline: MathNet's Q * (Qᵀ * X).</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class ProjectionBenchmarks
{
    private double[] _q = null!, _x = null!, _y = null!;
    private Matrix<double> _qm = null!, _xm = null!;
    private int _d, _k, _n;

    /// <summary>"d,k,n".</summary>
    [Params("4096,1,10000", "4096,16,10000", "4096,128,2000", "64,8,100000", "8,2,1000000")]
    public string Shape { get; set; } = "64,8,100000";

    /// <summary>Seeded data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var p = Shape.Split(',').Select(int.Parse).ToArray();
        (_d, _k, _n) = (p[0], p[1], p[2]);
        _q = SeededData.Basis(_d, _k, 1);
        _x = SeededData.Uniform((long)_d * _n, 2);
        _y = new double[_x.Length];
        _qm = Matrix<double>.Build.Dense(_d, _k, _q);
        _xm = Matrix<double>.Build.Dense(_d, _n, _x);
    }

    /// <summary>MathNet: Q (Qᵀ X).</summary>
    [Benchmark(Baseline = true)]
    public Matrix<double> MathNetProject() => _qm * _qm.TransposeThisAndMultiply(_xm);

    /// <summary>The kernel.</summary>
    [Benchmark]
    public void KernelProject() => ProjectionKernel.Project(_q, _d, _k, _x, _n, _y);

    /// <summary>The kernel's ablation.</summary>
    [Benchmark]
    public void KernelAblate() => ProjectionKernel.Ablate(_q, _d, _k, _x, _n, _y);
}
