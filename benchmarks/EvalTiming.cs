using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Kernels;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// <c>eval N</c>: the seconds of eval's whole evaluation (<see cref="ModelEvaluation.Of"/>: the encoder's SVD, ρ, the whitened
/// geometry, the reachable bounds with witnesses, the RLAIF path) for a seeded Gaussian d = D = N model with a rank-16
/// constitution, the numbers eval would print with it. <c>compare-eval.sh</c> times numpy on the same quantities beside it.
/// </summary>
public static class EvalTiming
{
    public static void Run(int n)
    {
        var random = new Random(1);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var e = Matrix<double>.Build.Dense(n, n, (_, _) => Normal());
        var v = Vector<double>.Build.Dense(n, _ => Normal());
        var m = Vector<double>.Build.Dense(n, _ => Normal());
        var g = Vector<double>.Build.Dense(n, _ => Normal());
        var spanning = Enumerable.Range(0, 16).Select(_ => Vector<double>.Build.Dense(n, _ => Normal())).ToList();
        var watch = Stopwatch.StartNew();
        var model = new LatentValueModel(new Encoder(e), new ValueDirection(v), m, g);
        var result = ModelEvaluation.Of(model, Constitution.FromSpanningSet(spanning));
        watch.Stop();
        Console.WriteLine($"{{\"n\": {n}, \"seconds\": {watch.Elapsed.TotalSeconds:R}, \"lapack\": {(Lapack.IsAvailable ? "true" : "false")}, \"rho\": {result.Rho:R}, \"alignmentOfActivated\": {result.AlignmentOfActivated:R}}}");
    }

    /// <summary><c>eval-wide d D</c>: the same evaluation for a wide seeded Gaussian model (d ≪ D, rank-1 constitution), with the
    /// process's peak resident memory: the encoder's factorisation keeps memory O(Dd) (a D×D factor at D = 100,000 would be 80 GB).</summary>
    public static void RunWide(int d, int world)
    {
        var random = new Random(2);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var e = Matrix<double>.Build.Dense(d, world, (_, _) => Normal());
        var v = Vector<double>.Build.Dense(world, _ => Normal());
        var m = Vector<double>.Build.Dense(d, _ => Normal());
        var g = Vector<double>.Build.Dense(d, _ => Normal());
        var watch = Stopwatch.StartNew();
        var model = new LatentValueModel(new Encoder(e), new ValueDirection(v), m, g);
        var result = ModelEvaluation.Of(model, Constitution.Span(Vector<double>.Build.Dense(d, _ => Normal())));
        watch.Stop();
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"{{\"d\": {d}, \"D\": {world}, \"seconds\": {watch.Elapsed.TotalSeconds:R}, \"peakMegabytes\": {peak >> 20}, \"rho\": {result.Rho:R}}}");
    }
}
