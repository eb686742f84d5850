using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Core.Kernels;

/// <summary>
/// The path of <see cref="ProjectionKernel"/> for d ≤ 8 (SPEC L2, T4.3): the d×d operator M = QQᵀ (projection) or I − QQᵀ
/// (ablation) is formed once, and each column is y = Σ_r x[r]·M_r, one vector (two on AVX2) per column with no
/// horizontal sums, against k dot products of length d and k updates on the four-column path. Columns are computed a chunk at a
/// time into an aligned scratch block, each column's full-width store landing in the slack the next column then overwrites,
/// and the chunk is copied to Y as one contiguous run (non-temporal for large outputs, since Y's columns are contiguous and
/// their alignment no longer matters); a chunk of X is read before its part of Y is written, so Y may be X.
/// </summary>
internal static unsafe class TinyDimensionProjection
{
    /// <summary>Largest d this path takes: one Vector512 per column.</summary>
    public const int MaxDimension = 8;

    /// <summary>Columns per chunk (a multiple of 8, so every chunk of Y starts at one alignment).</summary>
    private const int Chunk = 128;

    /// <summary>Whether the Vector256 form is faster than the four-column kernel: everywhere but d = 8 with k ≤ 2, where the
    /// four-column kernel's dot products are two whole vectors and it does 4dk flops per column against 2d² here (one core, in
    /// cache, 100,000 columns: k = 1 0.28 against 0.45–0.49 ms, k = 2 0.38–0.42 against 0.45–0.48, k = 3 level, k = 4 0.60–0.64
    /// against 0.45–0.49; d = 4, 5, 6 at k = 1–2: 0.20–0.29 against 0.24–0.71). The Vector512 form wins at every shape here.</summary>
    public static bool BeatsColumnsOnAvx2(int d, int k) => d < MaxDimension || k >= 3;

    /// <summary>Y = MX for columns [0, n), with <paramref name="wide"/> choosing Vector512 over Vector256 pairs; the caller has
    /// checked the CPU (AVX-512, or AVX2 + FMA).</summary>
    public static void Run(ReadOnlySpan<double> q, int d, int k, double* x, int n, double* y, bool ablate, bool wide, bool stream)
    {
        double* m = stackalloc double[MaxDimension * MaxDimension];
        Operator(q, d, k, ablate, m);
        nint am = (nint)m, ax = (nint)x, ay = (nint)y;
        Parallelism.For(n, (long)d * d * n, (j0, j1) => Columns((double*)am, d, (double*)ax, (double*)ay, j0, j1, wide, stream));
    }

    /// <summary>M = QQᵀ, or I − QQᵀ when ablating, column r at m[8r, 8r + 8), rows d … 7 zero.</summary>
    private static void Operator(ReadOnlySpan<double> q, int d, int k, bool ablate, double* m)
    {
        new Span<double>(m, MaxDimension * MaxDimension).Clear();
        for (int r = 0; r < d; r++)
            for (int i = 0; i < d; i++)
            {
                double s = 0;
                for (int t = 0; t < k; t++) s += q[t * d + i] * q[t * d + r];
                m[MaxDimension * r + i] = ablate ? (i == r ? 1 : 0) - s : s;
            }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Columns(double* m, int d, double* x, double* y, int j0, int j1, bool wide, bool stream)
    {
        double* raw = stackalloc double[Chunk * MaxDimension + 2 * MaxDimension];
        double* scratch = ContiguousRun.Aligned(raw);
        for (int c = j0; c < j1; c += Chunk)
        {
            int count = Math.Min(Chunk, j1 - c);
            if (wide) Apply512(m, d, x + (long)c * d, scratch, count);
            else Apply256(m, d, x + (long)c * d, scratch, count);
            ContiguousRun.Copy(scratch, y + (long)c * d, count * d, stream);
        }
        if (stream) Sse.StoreFence();
    }

    /// <summary>Columns 0 … count − 1 of x into scratch at stride d; each store writes eight doubles, the last d − 8 of which
    /// the next column overwrites (the scratch has eight doubles of slack).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Apply512(double* m, int d, double* x, double* scratch, int count)
    {
        var m0 = Vector512.Load(m);
        var m1 = Vector512.Load(m + 8);
        var m2 = Vector512.Load(m + 16);
        var m3 = Vector512.Load(m + 24);
        var m4 = Vector512.Load(m + 32);
        var m5 = Vector512.Load(m + 40);
        var m6 = Vector512.Load(m + 48);
        var m7 = Vector512.Load(m + 56);
        for (int t = 0; t < count; t++)
        {
            double* xt = x + (long)t * d;
            var even = m0 * Vector512.Create(xt[0]);
            var odd = Vector512<double>.Zero;
            if (d > 1) odd = m1 * Vector512.Create(xt[1]);
            if (d > 2) even = Avx512F.FusedMultiplyAdd(m2, Vector512.Create(xt[2]), even);
            if (d > 3) odd = Avx512F.FusedMultiplyAdd(m3, Vector512.Create(xt[3]), odd);
            if (d > 4) even = Avx512F.FusedMultiplyAdd(m4, Vector512.Create(xt[4]), even);
            if (d > 5) odd = Avx512F.FusedMultiplyAdd(m5, Vector512.Create(xt[5]), odd);
            if (d > 6) even = Avx512F.FusedMultiplyAdd(m6, Vector512.Create(xt[6]), even);
            if (d > 7) odd = Avx512F.FusedMultiplyAdd(m7, Vector512.Create(xt[7]), odd);
            (even + odd).Store(scratch + (long)t * d);
        }
    }

    /// <summary>As <see cref="Apply512"/> with a pair of Vector256 per column (rows 0–3 and 4–7) and four accumulators per half, so
    /// each chain is at most two FMAs long (one chain of eight per half, in a loop over r, ran at 0.60 ms where this runs 0.45–0.49
    /// on (8, 2, 100000), one core); M's first four columns stay in registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Apply256(double* m, int d, double* x, double* scratch, int count)
    {
        var m0Low = Vector256.Load(m);
        var m0High = Vector256.Load(m + 4);
        var m1Low = Vector256.Load(m + 8);
        var m1High = Vector256.Load(m + 12);
        var m2Low = Vector256.Load(m + 16);
        var m2High = Vector256.Load(m + 20);
        var m3Low = Vector256.Load(m + 24);
        var m3High = Vector256.Load(m + 28);
        for (int t = 0; t < count; t++)
        {
            double* xt = x + (long)t * d;
            var s = Vector256.Create(xt[0]);
            Vector256<double> low0 = m0Low * s, high0 = m0High * s;
            Vector256<double> low1 = default, high1 = default, low2 = default, high2 = default, low3 = default, high3 = default;
            if (d > 1)
            {
                s = Vector256.Create(xt[1]);
                low1 = m1Low * s;
                high1 = m1High * s;
            }
            if (d > 2)
            {
                s = Vector256.Create(xt[2]);
                low2 = m2Low * s;
                high2 = m2High * s;
            }
            if (d > 3)
            {
                s = Vector256.Create(xt[3]);
                low3 = m3Low * s;
                high3 = m3High * s;
            }
            if (d > 4)
            {
                s = Vector256.Create(xt[4]);
                low0 = Fma.MultiplyAdd(Vector256.Load(m + 32), s, low0);
                high0 = Fma.MultiplyAdd(Vector256.Load(m + 36), s, high0);
            }
            if (d > 5)
            {
                s = Vector256.Create(xt[5]);
                low1 = Fma.MultiplyAdd(Vector256.Load(m + 40), s, low1);
                high1 = Fma.MultiplyAdd(Vector256.Load(m + 44), s, high1);
            }
            if (d > 6)
            {
                s = Vector256.Create(xt[6]);
                low2 = Fma.MultiplyAdd(Vector256.Load(m + 48), s, low2);
                high2 = Fma.MultiplyAdd(Vector256.Load(m + 52), s, high2);
            }
            if (d > 7)
            {
                s = Vector256.Create(xt[7]);
                low3 = Fma.MultiplyAdd(Vector256.Load(m + 56), s, low3);
                high3 = Fma.MultiplyAdd(Vector256.Load(m + 60), s, high3);
            }
            double* yt = scratch + (long)t * d;
            (low0 + low1 + (low2 + low3)).Store(yt);
            (high0 + high1 + (high2 + high3)).Store(yt + 4);
        }
    }
}
