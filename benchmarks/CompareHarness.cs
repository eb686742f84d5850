using RlaifTheorems.Core.LinearAlgebra;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text.Json;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// <c>compare</c>: times every kernel at every size of <see cref="KernelSizes"/> with a Stopwatch (one warm-up, then the median of five rounds; numpy gets the same),
/// and the machine's copy bandwidth on all cores, and writes them as JSON for
/// benchmarks/compare-numpy.sh to put beside numpy's times.
/// </summary>
public static class CompareHarness
{
    /// <summary>One timing: kernel family, size label, median seconds, the bytes a memory-bound kernel must move (0 if not
    /// memory-bound), the floating-point operations it must do (0 where not counted), and for a memory-bound kernel the median
    /// seconds of a plain copy moving the same bytes over its own arrays, timed alternately with it (0 otherwise); for a
    /// projection, also the median seconds of its <see cref="StreamingBound"/> (the faster of its two store kinds), timed in the
    /// same rotation (0 otherwise).</summary>
    public sealed record Timing(string Kernel, string Size, double Seconds, long Bytes, long Flops, double CopySeconds = 0, double BoundSeconds = 0);

    /// <summary>Runs all timings and writes them to <paramref name="path"/>.</summary>
    public static void Run(string path)
    {
        var timings = new List<Timing>();
        double copy = CopyBandwidth();
        double peak = PeakFlops();
        foreach (var (d, k, n) in KernelSizes.Projection)
        {
            var q = SeededData.Basis(d, k, 1);
            var x = SeededData.Uniform((long)d * n, 2);
            var y = new double[(long)d * n];
            long flops = 4L * d * k * n;
            if (k > 16)
            {
                timings.Add(new("project", $"{d},{k},{n}", Median(() => ProjectionKernel.Project(q, d, k, x, n, y)), 0, flops));
                timings.Add(new("ablate", $"{d},{k},{n}", Median(() => ProjectionKernel.Ablate(q, d, k, x, n, y)), 0, flops + (long)d * n));
                continue;
            }
            long bytes = 16L * d * n;
            double perDouble = (double)flops / ((long)d * n);
            var project = Rotated(() => ProjectionKernel.Project(q, d, k, x, n, y), () => ParallelCopy(x, y, x.Length),
                () => Bound(x, y, perDouble, stream: true), () => Bound(x, y, perDouble, stream: false));
            timings.Add(new("project", $"{d},{k},{n}", project[0], bytes, flops, project[1], Math.Min(project[2], project[3])));
            var ablate = Rotated(() => ProjectionKernel.Ablate(q, d, k, x, n, y), () => ParallelCopy(x, y, x.Length),
                () => Bound(x, y, perDouble + 1, stream: true), () => Bound(x, y, perDouble + 1, stream: false));
            timings.Add(new("ablate", $"{d},{k},{n}", ablate[0], bytes, flops + (long)d * n, ablate[1], Math.Min(ablate[2], ablate[3])));
        }
        foreach (var (count, m, r) in KernelSizes.BatchedQr)
        {
            var a = SeededData.Uniform((long)count * m * r, 4);
            var q = new double[a.Length];
            timings.Add(new("batched-qr", $"{count},{m},{r}", Median(() => BatchedOrthonormalisation.Orthonormalise(a, m, r, count, q)), 0, 0));
        }
        foreach (var (d, n) in KernelSizes.Cosines)
        {
            var x = SeededData.Uniform((long)d * n, 5);
            var w = SeededData.Uniform(d, 6);
            var result = new double[n];
            var half = new double[x.Length / 2];
            var cosines = Rotated(() => CosineKernel.Cosines(x, d, n, w, result), () => ParallelCopy(x, half, half.Length));
            timings.Add(new("cosines", $"{d},{n}", cosines[0], 8L * d * n, 4L * d * n, cosines[1]));
        }
        foreach (var (d, samples) in KernelSizes.Pareto)
        {
            var n1 = SeededData.Uniform(d, 7);
            var n2 = SeededData.Uniform(d, 8);
            timings.Add(new("pareto", $"{d},{samples}", Median(() => ParetoFractionKernel.CountInCone(n1, n2, samples, 9)), 0, 0));
        }
        var report = new { Machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
            Vector = Width, PeakFlopsPerSecond = peak,
            OpenBlas = OpenBlas.LibraryName is null ? "absent (managed fallback)" : $"{OpenBlas.LibraryName} ({OpenBlas.CoreName} kernels)", CopyBandwidthBytesPerSecond = copy, Timings = timings };
        File.WriteAllText(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        foreach (var t in timings)
            Console.WriteLine($"{t.Kernel,-11} {t.Size,-16} {t.Seconds * 1e3,9:F2} ms" + (t.CopySeconds > 0 ? $"  (copy of the same bytes {t.CopySeconds * 1e3:F2} ms)" : "")
                + (t.BoundSeconds > 0 ? $"  (streaming bound {t.BoundSeconds * 1e3:F2} ms)" : ""));
        Console.WriteLine($"copy bandwidth {copy / 1e9:F1} GB/s (bytes read + written, all cores); peak {peak / 1e9:F0} GFLOP/s ({Width} FMA, all cores)");
    }

    /// <summary>The widest vectors the managed kernels use on this CPU in this process (DOTNET_EnableAVX512=0 narrows it).</summary>
    private static string Width => Vector512.IsHardwareAccelerated ? "Vector512" : "Vector256";

    /// <summary>The machine's peak double-precision rate on all cores: a register-only loop of twelve independent FMA chains
    /// (more than latency × issue width) at <see cref="Width"/>, two flops per lane per FMA, best of five rounds (a capability:
    /// noise on a shared machine only lowers it). With the copy bandwidth it gives the roofline: no kernel doing F flops and
    /// moving B bytes can beat max(F / peak, B / copy).</summary>
    private static double PeakFlops()
    {
        const long iterations = 10_000_000;
        int workers = Environment.ProcessorCount, lanes = Vector512.IsHardwareAccelerated ? 8 : 4;
        var sink = new double[workers];
        double seconds = Best(() => Parallel.For(0, workers, w => sink[w] = Vector512.IsHardwareAccelerated ? FmaChains512(iterations) : FmaChains256(iterations)));
        if (sink.Any(double.IsNaN)) throw new InvalidOperationException("the FMA loop produced NaN");
        return 2.0 * 12 * lanes * iterations * workers / seconds;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double FmaChains256(long iterations)
    {
        var m = Vector256.Create(0.999999);
        var c = Vector256.Create(1e-7);
        Vector256<double> a0 = m, a1 = m, a2 = m, a3 = m, a4 = m, a5 = m, a6 = m, a7 = m, a8 = m, a9 = m, a10 = m, a11 = m;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Fma.MultiplyAdd(a0, m, c); a1 = Fma.MultiplyAdd(a1, m, c); a2 = Fma.MultiplyAdd(a2, m, c); a3 = Fma.MultiplyAdd(a3, m, c);
            a4 = Fma.MultiplyAdd(a4, m, c); a5 = Fma.MultiplyAdd(a5, m, c); a6 = Fma.MultiplyAdd(a6, m, c); a7 = Fma.MultiplyAdd(a7, m, c);
            a8 = Fma.MultiplyAdd(a8, m, c); a9 = Fma.MultiplyAdd(a9, m, c); a10 = Fma.MultiplyAdd(a10, m, c); a11 = Fma.MultiplyAdd(a11, m, c);
        }
        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double FmaChains512(long iterations)
    {
        var m = Vector512.Create(0.999999);
        var c = Vector512.Create(1e-7);
        Vector512<double> a0 = m, a1 = m, a2 = m, a3 = m, a4 = m, a5 = m, a6 = m, a7 = m, a8 = m, a9 = m, a10 = m, a11 = m;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Avx512F.FusedMultiplyAdd(a0, m, c); a1 = Avx512F.FusedMultiplyAdd(a1, m, c); a2 = Avx512F.FusedMultiplyAdd(a2, m, c);
            a3 = Avx512F.FusedMultiplyAdd(a3, m, c); a4 = Avx512F.FusedMultiplyAdd(a4, m, c); a5 = Avx512F.FusedMultiplyAdd(a5, m, c);
            a6 = Avx512F.FusedMultiplyAdd(a6, m, c); a7 = Avx512F.FusedMultiplyAdd(a7, m, c); a8 = Avx512F.FusedMultiplyAdd(a8, m, c);
            a9 = Avx512F.FusedMultiplyAdd(a9, m, c); a10 = Avx512F.FusedMultiplyAdd(a10, m, c); a11 = Avx512F.FusedMultiplyAdd(a11, m, c);
        }
        return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    /// <summary>Shortest of five timed rounds after one warm-up round (STREAM's "best rate").</summary>
    private static double Best(Action action)
    {
        action();
        double best = double.PositiveInfinity;
        for (int i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    /// <summary>Medians of five rounds of each action, timed in rotation after one warm-up of each: this VM's memory bandwidth
    /// drifts by up to 2× within minutes, so a kernel's fraction of copy bandwidth is taken against a copy of the same bytes
    /// (and its streaming bound) at the same moments, and all with the same statistic.</summary>
    private static double[] Rotated(params Action[] actions)
    {
        foreach (var action in actions) action();
        var times = new double[actions.Length][];
        for (int a = 0; a < actions.Length; a++) times[a] = new double[5];
        for (int i = 0; i < 5; i++)
            for (int a = 0; a < actions.Length; a++)
            {
                var clock = Stopwatch.StartNew();
                actions[a]();
                times[a][i] = clock.Elapsed.TotalSeconds;
            }
        return times.Select(t => t.Order().ElementAt(2)).ToArray();
    }

    /// <summary><see cref="StreamingBound"/> over the kernel's own arrays (from their first 64-byte boundaries: 8 doubles
    /// fewer at most).</summary>
    private static unsafe void Bound(double[] x, double[] y, double flopsPerDouble, bool stream)
    {
        fixed (double* px = x)
        fixed (double* py = y)
        {
            double* ax = StreamingBound.Aligned(px), ay = StreamingBound.Aligned(py);
            long count = x.Length - Math.Max(ax - px, ay - py);
            StreamingBound.Run(ax, ay, count, flopsPerDouble, stream);
        }
    }

    /// <summary>Median of five timed rounds after one warm-up round.</summary>
    private static double Median(Action action) => Rotated(action)[0];

    /// <summary>STREAM copy of 2 × 256 MiB on all cores (<see cref="ParallelCopy"/>): (bytes read + bytes written) / best time.</summary>
    private static double CopyBandwidth()
    {
        const int n = 32 << 20;
        var src = SeededData.Uniform(n, 10);
        var dst = new double[n];
        return 16.0 * n / Best(() => ParallelCopy(src, dst, n));
    }

    /// <summary>dst[0, count) = src[0, count) on all cores with a Vector256 load/store loop, as a compiler makes of STREAM's
    /// a[i] = b[i] (no non-temporal stores).</summary>
    private static unsafe void ParallelCopy(double[] src, double[] dst, long count)
    {
        int workers = Environment.ProcessorCount;
        fixed (double* ps = src)
        fixed (double* pd = dst)
        {
            nint s = (nint)ps, d = (nint)pd;
            Parallel.For(0, workers, w =>
            {
                long a = count * w / workers, b = count * (w + 1) / workers;
                double* x = (double*)s, y = (double*)d;
                long i = a;
                for (; i + 4 <= b; i += 4) Vector256.Store(Vector256.Load(x + i), y + i);
                for (; i < b; i++) y[i] = x[i];
            });
        }
    }
}
