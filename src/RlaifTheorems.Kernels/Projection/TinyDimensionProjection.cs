using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The path of <see cref="ProjectionKernel"/> for d ≤ 8 (THEORY L2, T4.3): the d×d operator M = QQᵀ (projection) or I − QQᵀ
/// (ablation) is formed once, and each column is y = Σ_r x[r]·M_r, one vector (two on AVX2) per column with no
/// horizontal sums, against k dot products of length d and k updates on the four-column path. Columns are computed a chunk at a
/// time into an aligned scratch block, each column's full-width store landing in the slack the next column then overwrites,
/// and the chunk is copied to Y as one contiguous run (non-temporal for large outputs, since Y's columns are contiguous and
/// their alignment no longer matters); a chunk of X is read before its part of Y is written, so Y may be X.
/// On Vector256 with d = 8 and k ≤ 2, where M costs 2d² = 128 flops per column against 4dk ≤ 64 through Q, four columns at a
/// time are transposed into rows instead (<see cref="ApplyRankTwo256"/>) and written straight to Y.
/// </summary>
internal static unsafe class TinyDimensionProjection
{
    /// <summary>Largest d this path takes: one Vector512 per column.</summary>
    public const int MaxDimension = 8;

    /// <summary>Columns per chunk (a multiple of 8, so every chunk of Y starts at one alignment).</summary>
    private const int Chunk = 128;

    /// <summary>Y = MX for columns [0, n), with <paramref name="wide"/> choosing Vector512 over Vector256 pairs; the caller has
    /// checked the CPU (AVX-512, or AVX2 + FMA). On Vector256 with d = 8 and k ≤ 2 the columns go four at a time through
    /// <see cref="ApplyRankTwo256"/>.</summary>
    public static void Run(ReadOnlySpan<double> q, int d, int k, double* x, int n, double* y, bool ablate, bool wide, bool stream)
    {
        double* m = stackalloc double[MaxDimension * MaxDimension];
        Operator(q, d, k, ablate, m);
        double* broadcasts = stackalloc double[RankTwoBroadcasts];
        bool rankTwo = !wide && d == MaxDimension && k <= 2;
        if (rankTwo) Broadcasts(q, k, broadcasts);
        nint am = (nint)m, ab = (nint)broadcasts, ax = (nint)x, ay = (nint)y;
        Parallelism.For(n, (long)d * d * n, (j0, j1) =>
            Columns((double*)am, rankTwo ? (double*)ab : null, d, (double*)ax, (double*)ay, j0, j1, wide, ablate, stream));
    }

    /// <summary>Doubles of <see cref="Broadcasts"/>: Q[r, i] for r &lt; 8, i &lt; 2, four copies each.</summary>
    private const int RankTwoBroadcasts = 2 * MaxDimension * 4;

    /// <summary>Q[r, i] (d = 8, k ≤ 2; zero for i ≥ k) repeated four times at b[4(2r + i)], the operands of <see cref="ApplyRankTwo256"/>.</summary>
    private static void Broadcasts(ReadOnlySpan<double> q, int k, double* b)
    {
        for (int r = 0; r < MaxDimension; r++)
            for (int i = 0; i < 2; i++)
                new Span<double>(b + 4 * (2 * r + i), 4).Fill(i < k ? q[i * MaxDimension + r] : 0);
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
    private static void Columns(double* m, double* broadcasts, int d, double* x, double* y, int j0, int j1, bool wide, bool ablate, bool stream)
    {
        double* raw = stackalloc double[Chunk * MaxDimension + 2 * MaxDimension];
        double* scratch = ContiguousRun.Aligned(raw);
        if (broadcasts != null)
        {
            int quads = (j1 - j0) / 4 * 4, rest = j1 - j0 - quads;
            ApplyRankTwo256(broadcasts, x + 8L * j0, y + 8L * j0, quads, ablate);
            Apply256(m, d, x + 8L * (j0 + quads), scratch, rest);
            ContiguousRun.Copy(scratch, y + 8L * (j0 + quads), rest * d, stream: false, wide: false);
            return;
        }
        for (int c = j0; c < j1; c += Chunk)
        {
            int count = Math.Min(Chunk, j1 - c);
            if (wide) Apply512(m, d, x + (long)c * d, scratch, count);
            else Apply256(m, d, x + (long)c * d, scratch, count);
            ContiguousRun.Copy(scratch, y + (long)c * d, count * d, stream, wide);
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

    /// <summary>d = 8, k ≤ 2, four columns per step (count a multiple of 4): the four columns are transposed into eight row
    /// vectors x_r (row r of each column), c_i = Σ_r Q[r, i]·x_r, p_r = Σ_i Q[r, i]·c_i, and p transposed back is stored as Y
    /// (or X − p), with ordinary stores, since Y may be only 8-byte aligned here. Q's entries come pre-broadcast
    /// (<see cref="Broadcasts"/>). It is faster than the four-column kernel, whose length-8 dot products need horizontal sums,
    /// and than staging the result and streaming it as <see cref="ContiguousRun"/> does (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyRankTwo256(double* b, double* x, double* y, int count, bool ablate)
    {
        for (int t = 0; t < count; t += 4)
        {
            double* xt = x + 8L * t;
            Rows(xt, out var x0, out var x1, out var x2, out var x3);
            Rows(xt + 4, out var x4, out var x5, out var x6, out var x7);
            var c0 = Coefficient(b, x0, x1, x2, x3, x4, x5, x6, x7);
            var c1 = Coefficient(b + 4, x0, x1, x2, x3, x4, x5, x6, x7);
            double* yt = y + 8L * t;
            StoreColumns(Row(b, 0, c0, c1), Row(b, 1, c0, c1), Row(b, 2, c0, c1), Row(b, 3, c0, c1), xt, yt, ablate);
            StoreColumns(Row(b, 4, c0, c1), Row(b, 5, c0, c1), Row(b, 6, c0, c1), Row(b, 7, c0, c1), xt + 4, yt + 4, ablate);
        }
    }

    /// <summary>Rows 0–3 of the four columns at x, x + 8, x + 16, x + 24 (stride 8): r_i holds row i of each column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rows(double* x, out Vector256<double> r0, out Vector256<double> r1, out Vector256<double> r2, out Vector256<double> r3)
    {
        var even = Vector256.Create(Vector128.Load(x), Vector128.Load(x + 16));
        var odd = Vector256.Create(Vector128.Load(x + 8), Vector128.Load(x + 24));
        r0 = Avx.UnpackLow(even, odd);
        r1 = Avx.UnpackHigh(even, odd);
        even = Vector256.Create(Vector128.Load(x + 2), Vector128.Load(x + 18));
        odd = Vector256.Create(Vector128.Load(x + 10), Vector128.Load(x + 26));
        r2 = Avx.UnpackLow(even, odd);
        r3 = Avx.UnpackHigh(even, odd);
    }

    /// <summary>Σ_r b[8r … 8r + 3]·x_r (the coefficient whose broadcasts start at b), in two chains of four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Coefficient(double* b, Vector256<double> x0, Vector256<double> x1, Vector256<double> x2, Vector256<double> x3,
        Vector256<double> x4, Vector256<double> x5, Vector256<double> x6, Vector256<double> x7)
    {
        var even = x0 * Vector256.Load(b);
        var odd = x1 * Vector256.Load(b + 8);
        even = Fma.MultiplyAdd(x2, Vector256.Load(b + 16), even);
        odd = Fma.MultiplyAdd(x3, Vector256.Load(b + 24), odd);
        even = Fma.MultiplyAdd(x4, Vector256.Load(b + 32), even);
        odd = Fma.MultiplyAdd(x5, Vector256.Load(b + 40), odd);
        even = Fma.MultiplyAdd(x6, Vector256.Load(b + 48), even);
        odd = Fma.MultiplyAdd(x7, Vector256.Load(b + 56), odd);
        return even + odd;
    }

    /// <summary>Row r of the four projections: Q[r, 0]·c0 + Q[r, 1]·c1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Row(double* b, int r, Vector256<double> c0, Vector256<double> c1) =>
        Fma.MultiplyAdd(c1, Vector256.Load(b + 8 * r + 4), c0 * Vector256.Load(b + 8 * r));

    /// <summary>The inverse of <see cref="Rows"/>: rows r0–r3 written back as rows 0–3 of the four columns at y, y + 8, y + 16, y + 24.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreColumns(Vector256<double> r0, Vector256<double> r1, Vector256<double> r2, Vector256<double> r3, double* x, double* y, bool ablate)
    {
        var low01 = Avx.UnpackLow(r0, r1);
        var high01 = Avx.UnpackHigh(r0, r1);
        var low23 = Avx.UnpackLow(r2, r3);
        var high23 = Avx.UnpackHigh(r2, r3);
        Store(Avx.Permute2x128(low01, low23, 0x20), x, y, ablate);
        Store(Avx.Permute2x128(high01, high23, 0x20), x + 8, y + 8, ablate);
        Store(Avx.Permute2x128(low01, low23, 0x31), x + 16, y + 16, ablate);
        Store(Avx.Permute2x128(high01, high23, 0x31), x + 24, y + 24, ablate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<double> projection, double* x, double* y, bool ablate) =>
        (ablate ? Vector256.Load(x) - projection : projection).Store(y);
}
