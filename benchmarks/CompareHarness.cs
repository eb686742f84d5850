using System.Diagnostics;
using System.Text.Json;
using RlaifTheorems.Core.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// <c>compare</c>: times every kernel at every size of <see cref="KernelSizes"/> with a Stopwatch (one warm-up, then the median of five rounds; numpy gets the same),
/// and the machine's copy bandwidth on all cores, and writes them as JSON for
/// benchmarks/compare-numpy.sh to put beside numpy's times.
/// </summary>
public static class CompareHarness
{
    /// <summary>One timing: kernel family, size label, median seconds, and the bytes a memory-bound kernel must move (0 if not memory-bound).</summary>
    public sealed record Timing(string Kernel, string Size, double Seconds, long Bytes);

    /// <summary>Runs all timings and writes them to <paramref name="path"/>.</summary>
    public static void Run(string path)
    {
        var timings = new List<Timing>();
        double copy = CopyBandwidth();
        foreach (var (d, k, n) in KernelSizes.Projection)
        {
            var q = SeededData.Basis(d, k, 1);
            var x = SeededData.Uniform((long)d * n, 2);
            var y = new double[(long)d * n];
            long bytes = k <= 16 ? 16L * d * n : 0;
            timings.Add(new("project", $"{d},{k},{n}", Median(() => ProjectionKernel.Project(q, d, k, x, n, y)), bytes));
            timings.Add(new("ablate", $"{d},{k},{n}", Median(() => ProjectionKernel.Ablate(q, d, k, x, n, y)), bytes));
        }
        foreach (var (m, n) in KernelSizes.Qr)
        {
            var a = SeededData.Uniform((long)m * n, 3);
            var q = new double[m * n];
            var r = new double[n * n];
            timings.Add(new("qr", $"{m},{n}", Median(() => HouseholderQr.Factor(a, m, n, q, r)), 0));
        }
        foreach (var (count, m, r) in KernelSizes.BatchedQr)
        {
            var a = SeededData.Uniform((long)count * m * r, 4);
            var q = new double[a.Length];
            timings.Add(new("batched-qr", $"{count},{m},{r}", Median(() => BatchedOrthonormalisation.Orthonormalise(a, m, r, count, q)), 0));
        }
        foreach (var (d, n) in KernelSizes.Cosines)
        {
            var x = SeededData.Uniform((long)d * n, 5);
            var w = SeededData.Uniform(d, 6);
            var result = new double[n];
            timings.Add(new("cosines", $"{d},{n}", Median(() => CosineKernel.Cosines(x, d, n, w, result)), 8L * d * n));
        }
        foreach (var (d, samples) in KernelSizes.Pareto)
        {
            var n1 = SeededData.Uniform(d, 7);
            var n2 = SeededData.Uniform(d, 8);
            timings.Add(new("pareto", $"{d},{samples}", Median(() => ParetoFractionKernel.CountInCone(n1, n2, samples, 9)), 0));
        }
        var report = new { Machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
            OpenBlas = OpenBlas.LibraryName is null ? "absent (managed fallback)" : $"{OpenBlas.LibraryName} ({OpenBlas.CoreName} kernels)", CopyBandwidthBytesPerSecond = copy, Timings = timings };
        File.WriteAllText(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        foreach (var t in timings) Console.WriteLine($"{t.Kernel,-11} {t.Size,-16} {t.Seconds * 1e3,9:F2} ms");
        Console.WriteLine($"copy bandwidth {copy / 1e9:F1} GB/s (bytes read + written, all cores)");
    }

    /// <summary>Median of five timed rounds after one warm-up round.</summary>
    private static double Median(Action action)
    {
        action();
        var times = new double[5];
        for (int i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return times[2];
    }

    /// <summary>STREAM copy of 2 × 256 MiB on all cores with a Vector256 load/store loop (as a compiler makes of STREAM's
    /// a[i] = b[i], no non-temporal stores): (bytes read + bytes written) / median time.</summary>
    private static unsafe double CopyBandwidth()
    {
        const int n = 32 << 20;
        var src = SeededData.Uniform(n, 10);
        var dst = new double[n];
        int workers = Environment.ProcessorCount;
        double seconds;
        fixed (double* ps = src)
        fixed (double* pd = dst)
        {
            nint s = (nint)ps, d = (nint)pd;
            seconds = Median(() => Parallel.For(0, workers, w =>
            {
                long a = (long)n * w / workers, b = (long)n * (w + 1) / workers;
                double* x = (double*)s, y = (double*)d;
                long i = a;
                for (; i + 4 <= b; i += 4) System.Runtime.Intrinsics.Vector256.Store(System.Runtime.Intrinsics.Vector256.Load(x + i), y + i);
                for (; i < b; i++) y[i] = x[i];
            }));
        }
        return 16.0 * n / seconds;
    }
}
