using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Kernels;
using RlaifTheorems.Core.Model;

namespace RlaifTheorems.Benchmarks;

/// <summary>Cosines of many columns with one vector (alignments of an isometric encoder). Baseline: MathNet column by column.</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class AlignmentBenchmarks
{
    private double[] _x = null!, _w = null!, _result = null!;
    private Matrix<double> _xm = null!;
    private Vector<double> _wv = null!;
    private int _d, _n;

    /// <summary>"d,n".</summary>
    [Params("4096,10000", "8,1000000")]
    public string Shape { get; set; } = "8,1000000";

    /// <summary>Seeded data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var p = Shape.Split(',').Select(int.Parse).ToArray();
        (_d, _n) = (p[0], p[1]);
        _x = SeededData.Uniform((long)_d * _n, 5);
        _w = SeededData.Uniform(_d, 6);
        _result = new double[_n];
        _xm = Matrix<double>.Build.Dense(_d, _n, _x);
        _wv = Vector<double>.Build.DenseOfArray(_w);
    }

    /// <summary>MathNet: cos∠(x_j, w) per column.</summary>
    [Benchmark(Baseline = true)]
    public double MathNetCosines()
    {
        double sum = 0;
        for (int j = 0; j < _n; j++) sum += LatentValueModel.Cosine(_xm.Column(j), _wv);
        return sum;
    }

    /// <summary>The kernel.</summary>
    [Benchmark]
    public void KernelCosines() => CosineKernel.Cosines(_x, _d, _n, _w, _result);
}

/// <summary>Monte Carlo of the two-objective Pareto cone. Baseline: MathNet vectors and System.Random (Box–Muller).</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class ParetoFractionBenchmarks
{
    private double[] _n1 = null!, _n2 = null!;
    private int _d, _samples;

    /// <summary>"d,samples".</summary>
    [Params("8,1000000", "64,100000")]
    public string Shape { get; set; } = "8,1000000";

    /// <summary>Seeded data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var p = Shape.Split(',').Select(int.Parse).ToArray();
        (_d, _samples) = (p[0], p[1]);
        _n1 = SeededData.Uniform(_d, 7);
        _n2 = SeededData.Uniform(_d, 8);
    }

    /// <summary>MathNet: one vector per sample.</summary>
    [Benchmark(Baseline = true)]
    public long MathNetMonteCarlo()
    {
        var random = new Random(9);
        var n1 = Vector<double>.Build.DenseOfArray(_n1);
        var n2 = Vector<double>.Build.DenseOfArray(_n2);
        long hits = 0;
        for (int s = 0; s < _samples; s++)
        {
            var x = Vector<double>.Build.Dense(_d, _ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            if (x.DotProduct(n1) > 0 && x.DotProduct(n2) > 0) hits++;
        }
        return hits;
    }

    /// <summary>The kernel.</summary>
    [Benchmark]
    public long Kernel() => ParetoFractionKernel.CountInCone(_n1, _n2, _samples, 9);
}
