using BenchmarkDotNet.Running;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (e.g. <c>--filter *Projection*</c>).</summary>
public static class Program
{
    /// <summary>Entry point: <c>compare FILE</c> runs the Stopwatch harness for the numpy comparison; anything else goes to BenchmarkDotNet.</summary>
    public static void Main(string[] args)
    {
        BatchedLinearAlgebra.Use(new SimdLinearAlgebra());
        if (args is ["compare", var path]) CompareHarness.Run(path);
        else if (args is ["eval", var size]) EvalTiming.Run(int.Parse(size));
        else if (args is ["eval-wide", var d, var world]) EvalTiming.RunWide(int.Parse(d), int.Parse(world));
        else if (args is ["lm", var model, var tokenizer, var stories]) LanguageModelThroughput.Run(model, tokenizer, int.Parse(stories));
        else if (args is ["lab-moments", var rows, var columns, var file]) LabMomentsBenchmark.Run(long.Parse(rows), int.Parse(columns), file);
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
