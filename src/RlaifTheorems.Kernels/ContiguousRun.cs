using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The last step of the paths that compute a block of Y in scratch first (<see cref="TinyDimensionProjection"/>, and the small-k
/// kernels at d &lt; <see cref="ProjectionKernel.StreamingMinDimension"/>): a block of consecutive columns of Y is one contiguous
/// run, so it can be written with non-temporal stores whatever Y's alignment and d, with ordinary stores only for the partial
/// cache lines at either end of the run rather than at either end of every column.
/// </summary>
internal static unsafe class ContiguousRun
{
    /// <summary>y[0, length) = from[0, length); when streaming, the whole cache lines of y by non-temporal stores, one Vector512
    /// per line when <paramref name="wide"/> (the AVX-512 paths; the caller has checked the CPU), else a pair of Vector256, and
    /// the partial lines at either end by ordinary stores. <paramref name="from"/> is the caller's scratch (read from cache).
    /// One store per line keeps the AVX-512 small-k kernel's staged blocks streaming closer to a copy than pairs do (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Copy(double* from, double* y, int length, bool stream, bool wide)
    {
        int i = 0;
        if (stream)
        {
            int head = Math.Min(length, (int)((64 - (nint)y % 64) % 64 / 8));
            for (; i < head; i++) y[i] = from[i];
            if (wide)
                for (; i + 8 <= length; i += 8) Avx512F.StoreAlignedNonTemporal(y + i, Vector512.Load(from + i));
            for (; i + 8 <= length; i += 8)
            {
                Avx.StoreAlignedNonTemporal(y + i, Vector256.Load(from + i));
                Avx.StoreAlignedNonTemporal(y + i + 4, Vector256.Load(from + i + 4));
            }
        }
        for (; i + 4 <= length; i += 4) Vector256.Store(Vector256.Load(from + i), y + i);
        for (; i < length; i++) y[i] = from[i];
    }

    /// <summary>A 64-byte aligned pointer into <paramref name="raw"/>, which must have 8 doubles of slack.</summary>
    public static double* Aligned(double* raw) => (double*)(((nint)raw + 63) & ~(nint)63);
}
