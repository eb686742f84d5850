using BenchmarkDotNet.Attributes;
using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// Cases per second of the properties T1.3 (closed-form RLAIF path) and T3.2 (worst reachable constitution): each
/// invocation evaluates 1,000 pre-generated cases, so cases/s = 1000 / mean time.
/// </summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
[MarkdownExporterAttribute.GitHub]
public class PropertyThroughputBenchmarks
{
    private ModelCase[] _cases = null!, _casesD2 = null!;

    /// <summary>1,000 cases from the catalogue's generator at full size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cases = Gen.Sample(ModelCaseGenerator.Cases(), 1000, new Rnd(1UL, 3UL), 100);
        _casesD2 = Gen.Sample(ModelCaseGenerator.Cases(2, 2), 1000, new Rnd(2UL, 5UL), 100);
    }

    /// <summary>T1.3 on 1,000 cases.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int MonotoneImprovement() => Count("T1.3", _cases);

    /// <summary>T3.2 on 1,000 cases.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int WorstConstitution() => Count("T3.2", _casesD2);

    private static int Count(string id, ModelCase[] cases)
    {
        var entry = TheoremCatalogue.Find(id)!;
        int holds = 0;
        foreach (var c in cases) if (entry.Evaluate(c).Holds) holds++;
        return holds;
    }
}
