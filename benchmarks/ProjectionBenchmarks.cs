using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// Batched projection Y = Q(QᵀX) of n vectors of R^d onto a k-dimensional constitution. Baseline: the MathNet
/// formulation the catalogue uses (<see cref="Constitution.Project(Matrix{double})"/>).
/// </summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class ProjectionBenchmarks
{
    private Constitution _constitution = null!;
    private Matrix<double> _x = null!;

    /// <summary>(d, k, n) as in the kernel issue.</summary>
    [Params("64,8,10000", "4096,16,1000")]
    public string Shape { get; set; } = "64,8,10000";

    /// <summary>Seeded data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var p = Shape.Split(',').Select(int.Parse).ToArray();
        var random = new Random(20261122);
        var spanning = Enumerable.Range(0, p[1]).Select(_ => Vector<double>.Build.Dense(p[0], _ => random.NextDouble() - 0.5)).ToList();
        _constitution = Constitution.FromSpanningSet(spanning);
        _x = Matrix<double>.Build.Dense(p[0], p[2], (_, _) => random.NextDouble() - 0.5);
    }

    /// <summary>MathNet: Q (Qᵀ X).</summary>
    [Benchmark(Baseline = true)]
    public Matrix<double> MathNetProject() => _constitution.Project(_x);
}
