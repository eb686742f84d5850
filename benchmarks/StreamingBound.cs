using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// An attainable ceiling for a memory-bound kernel that must also compute: one pass that reads X, writes it to Y (with
/// streaming stores or ordinary ones: the bound is the faster of the two, which differ by machine and process), and meanwhile does the kernel's floating-point work as FMAs on registers only (independent chains, each
/// fed by the vector just loaded: sixteen with Vector512's 32 registers, twelve with Vector256's 16, so that none spills). It has no loads of Q, no second pass and no partial lines, so no kernel moving
/// the same bytes and doing the same flops in one pass over X can be expected to beat it; its time against a plain copy of the
/// same bytes is the fraction of copy bandwidth the kernel's flops leave reachable on this machine, measured at the same moments
/// as the kernel instead of derived from the peak as the roofline is.
/// </summary>
public static unsafe class StreamingBound
{
    /// <summary>Vectors copied per step (at most 16) and groups of <paramref name="chains"/> FMAs (one per chain) per step: the
    /// most FMAs per vector not above the kernel's share, flopsPerDouble / 2 (an FMA on L lanes is 2L flops, a vector L
    /// doubles), so that the pass never does more work than the kernel and stays a bound; with fewer, a plain streaming copy.</summary>
    public static (int Vectors, int Groups) Shape(double flopsPerDouble, int chains)
    {
        double share = flopsPerDouble / 2;
        (int Vectors, int Groups) best = (1, 0);
        double done = 0;
        for (int vectors = 1; vectors <= 16; vectors++)
        {
            int groups = (int)Math.Floor(share * vectors / chains + 1e-9);
            double perVector = (double)groups * chains / vectors;
            if (groups > 0 && perVector > done + 1e-9) (best, done) = ((vectors, groups), perVector);
        }
        return best;
    }

    /// <summary>y[0, count) = x[0, count) on all cores, with streaming stores when <paramref name="stream"/>, and
    /// <paramref name="flopsPerDouble"/> flops per double done alongside (rounded down, see <see cref="Shape"/>); both arrays
    /// 64-byte aligned (see <see cref="Aligned"/>); the last count mod (doubles per step), fewer than 128, are left out.</summary>
    public static void Run(double* x, double* y, long count, double flopsPerDouble, bool stream)
    {
        bool wide = Vector512.IsHardwareAccelerated;
        int lanes = wide ? 8 : 4;
        var (vectors, groups) = Shape(flopsPerDouble, wide ? 16 : 12);
        int workers = Environment.ProcessorCount;
        long step = (long)vectors * lanes;
        long steps = count / step;
        nint ax = (nint)x, ay = (nint)y;
        var sink = new double[workers];
        Parallel.For(0, workers, w =>
        {
            long a = steps * w / workers * step, b = steps * (w + 1) / workers * step;
            sink[w] = wide ? Pass512((double*)ax, (double*)ay, a, b, vectors, groups, stream) : Pass256((double*)ax, (double*)ay, a, b, vectors, groups, stream);
            if (stream) Sse.StoreFence();
        });
        if (sink.Any(double.IsNaN)) throw new InvalidOperationException("the streaming bound produced NaN");
    }

    /// <summary>The first 64-byte boundary in <paramref name="p"/> (arrays are allocated 8 doubles longer for it).</summary>
    public static double* Aligned(double* p) => (double*)(((nint)p + 63) & ~(nint)63);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Pass512(double* x, double* y, long from, long to, int vectors, int groups, bool stream)
    {
        var m = Vector512.Create(0.999999);
        Vector512<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        Vector512<double> a8 = default, a9 = default, a10 = default, a11 = default, a12 = default, a13 = default, a14 = default, a15 = default;
        for (long i = from; i < to; i += 8L * vectors)
        {
            var v = Vector512.Load(x + i);
            for (int j = 0; j < vectors; j++)
            {
                var u = j == 0 ? v : Vector512.Load(x + i + 8 * j);
                if (stream) Avx512F.StoreAlignedNonTemporal(y + i + 8 * j, u);
                else u.Store(y + i + 8 * j);
            }
            for (int g = 0; g < groups; g++)
            {
                a0 = Avx512F.FusedMultiplyAdd(v, m, a0); a1 = Avx512F.FusedMultiplyAdd(v, m, a1);
                a2 = Avx512F.FusedMultiplyAdd(v, m, a2); a3 = Avx512F.FusedMultiplyAdd(v, m, a3);
                a4 = Avx512F.FusedMultiplyAdd(v, m, a4); a5 = Avx512F.FusedMultiplyAdd(v, m, a5);
                a6 = Avx512F.FusedMultiplyAdd(v, m, a6); a7 = Avx512F.FusedMultiplyAdd(v, m, a7);
                a8 = Avx512F.FusedMultiplyAdd(v, m, a8); a9 = Avx512F.FusedMultiplyAdd(v, m, a9);
                a10 = Avx512F.FusedMultiplyAdd(v, m, a10); a11 = Avx512F.FusedMultiplyAdd(v, m, a11);
                a12 = Avx512F.FusedMultiplyAdd(v, m, a12); a13 = Avx512F.FusedMultiplyAdd(v, m, a13);
                a14 = Avx512F.FusedMultiplyAdd(v, m, a14); a15 = Avx512F.FusedMultiplyAdd(v, m, a15);
            }
        }
        return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Pass256(double* x, double* y, long from, long to, int vectors, int groups, bool stream)
    {
        var m = Vector256.Create(0.999999);
        Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        Vector256<double> a8 = default, a9 = default, a10 = default, a11 = default;
        for (long i = from; i < to; i += 4L * vectors)
        {
            var v = Vector256.Load(x + i);
            for (int j = 0; j < vectors; j++)
            {
                var u = j == 0 ? v : Vector256.Load(x + i + 4 * j);
                if (stream) Avx.StoreAlignedNonTemporal(y + i + 4 * j, u);
                else u.Store(y + i + 4 * j);
            }
            for (int g = 0; g < groups; g++)
            {
                a0 = Fma.MultiplyAdd(v, m, a0); a1 = Fma.MultiplyAdd(v, m, a1); a2 = Fma.MultiplyAdd(v, m, a2); a3 = Fma.MultiplyAdd(v, m, a3);
                a4 = Fma.MultiplyAdd(v, m, a4); a5 = Fma.MultiplyAdd(v, m, a5); a6 = Fma.MultiplyAdd(v, m, a6); a7 = Fma.MultiplyAdd(v, m, a7);
                a8 = Fma.MultiplyAdd(v, m, a8); a9 = Fma.MultiplyAdd(v, m, a9); a10 = Fma.MultiplyAdd(v, m, a10); a11 = Fma.MultiplyAdd(v, m, a11);
            }
        }
        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }
}
