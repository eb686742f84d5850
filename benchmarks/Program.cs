using BenchmarkDotNet.Running;

namespace RlaifTheorems.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (e.g. <c>--filter *Projection*</c>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
