using System.Runtime.CompilerServices;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Q (d×k, column-major) packed for the sixteen-row reconstruction steps of <see cref="SmallRankProjection512.Reconstruct"/>:
/// strip s holds rows first + 16s … first + 16s + 15 of every column, column i at [16s·k + 16i], for the whole strips that fit
/// in rows first … d − 1. A step then reads one contiguous run of 16k doubles instead of k columns 8d bytes apart, which at
/// d = 4096 (a 32 KiB stride) all fall in the same L1 sets: the reconstruction of (4096, 16) ran at 40–49 GFLOP/s on one core
/// from Q and 83–86 from the strips (d = 4000: 83–93 either way).
/// </summary>
internal static unsafe class SixteenRowStrips
{
    /// <summary>Rows per strip.</summary>
    public const int Rows = 16;

    /// <summary>Doubles the strips take at most (any <c>first</c>).</summary>
    public static long Length(int d, int k) => (long)d / Rows * Rows * k;

    /// <summary>Packs the strips of rows from <paramref name="first"/> into <paramref name="strips"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Pack(double* q, int d, int k, int first, double* strips)
    {
        int count = (d - first) / Rows;
        for (int s = 0; s < count; s++)
        {
            double* strip = strips + (long)s * Rows * k;
            long r0 = first + (long)s * Rows;
            for (int i = 0; i < k; i++)
                new ReadOnlySpan<double>(q + (long)i * d + r0, Rows).CopyTo(new Span<double>(strip + (long)i * Rows, Rows));
        }
    }
}
