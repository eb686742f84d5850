using System.Runtime.InteropServices;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The system's OpenBLAS (Debian: libopenblas0-pthread or libopenblas0), reached through P/Invoke for the compute-bound
/// GEMMs (k ≥ 64). Absent library: <see cref="IsAvailable"/> is false and callers use their managed path. Set the
/// environment variable RLAIF_NO_OPENBLAS=1 to force the managed path. OpenBLAS runs single-threaded in this process and
/// <see cref="Gemm"/> splits the columns of B and C over the workers itself, which avoids the synchronisation inside each call
/// of OpenBLAS's own threads (measured: benchmarks/LAB-NOTES.md, "Kernel design choices").
/// </summary>
public static unsafe class OpenBlas
{
    private const int ColMajor = 102, NoTrans = 111, Trans = 112;
    private static readonly delegate* unmanaged[Cdecl]<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> Dgemm;
    private static readonly delegate* unmanaged[Cdecl]<int, int, int, int, int, double, double*, int, double, double*, int, void> Dsyrk;
    private const int Upper = 121;

    static OpenBlas()
    {
        if (Environment.GetEnvironmentVariable("RLAIF_NO_OPENBLAS") == "1") return;
        foreach (var name in new[] { "libopenblas.so.0", "libopenblas.so", "openblas" })
        {
            if (NativeLibrary.TryLoad(name, out var handle) && NativeLibrary.TryGetExport(handle, "cblas_dgemm", out var dgemm))
            {
                Dgemm = (delegate* unmanaged[Cdecl]<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)dgemm;
                if (NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out var threads))
                    ((delegate* unmanaged[Cdecl]<int, void>)threads)(1);
                if (NativeLibrary.TryGetExport(handle, "cblas_dsyrk", out var dsyrk))
                    Dsyrk = (delegate* unmanaged[Cdecl]<int, int, int, int, int, double, double*, int, double, double*, int, void>)dsyrk;
                LibraryName = name;
                if (NativeLibrary.TryGetExport(handle, "openblas_get_corename", out var core))
                    CoreName = Marshal.PtrToStringAnsi(((delegate* unmanaged[Cdecl]<nint>)core)());
                return;
            }
        }
    }

    /// <summary>True when cblas_dgemm was found.</summary>
    public static bool IsAvailable => Dgemm != null;

    /// <summary>The library that was loaded, or null.</summary>
    public static string? LibraryName { get; private set; }

    /// <summary>The OpenBLAS kernel family in use (openblas_get_corename: Haswell, SkylakeX, …; OPENBLAS_CORETYPE chooses it), or null.</summary>
    public static string? CoreName { get; private set; }

    /// <summary>C ← α·op(A)·B + β·C, column-major; op(A) = Aᵀ when <paramref name="transposeA"/>. A is m×k (or k×m transposed) with
    /// leading dimension lda, B is k×n (ldb), C is m×n (ldc). Large products are split by columns over the workers.</summary>
    public static void Gemm(bool transposeA, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        if (!IsAvailable) throw new InvalidOperationException("OpenBLAS is not available");
        int op = transposeA ? Trans : NoTrans;
        fixed (double* pa = a)
        fixed (double* pb = b)
        fixed (double* pc = c)
        {
            nint aa = (nint)pa, ab = (nint)pb, ac = (nint)pc;
            Parallelism.For(n, 2L * m * n * k / 64, (j0, j1) =>
                Dgemm(ColMajor, op, NoTrans, m, j1 - j0, k, alpha, (double*)aa, lda, (double*)ab + (long)j0 * ldb, ldb, beta, (double*)ac + (long)j0 * ldc, ldc));
        }
    }

    /// <summary>True when cblas_dsyrk was found too.</summary>
    public static bool HasSyrk => Dsyrk != null;

    /// <summary>
    /// C ← Σ_{r &lt; k} x_r x_rᵀ + C on C's upper triangle only (C(i, j), i ≤ j, at j·ldc + i; the strict lower triangle is not
    /// touched), column-major, for k rows x_r of length n stored row-major, x_r at <paramref name="rows"/>[r·ldr …]: the Gram
    /// update of a block of items as they are read (the rows are the columns of a column-major n×k matrix X, and C += XXᵀ), with
    /// half the multiply-adds of the full product. The triangle is split by columns into blocks of equal area over the
    /// workers: each computes its columns' rectangle above the diagonal block (a dgemm) and the block itself (a dsyrk).
    /// </summary>
    public static void SyrkUpperOfRows(int n, int k, ReadOnlySpan<double> rows, int ldr, Span<double> c, int ldc)
    {
        if (!HasSyrk) throw new InvalidOperationException("OpenBLAS's dsyrk is not available");
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, n / 64));
        // Column boundaries j_w = n·√(w/W): the upper triangle's columns [0, j_w) hold a w/W share of its area.
        var bounds = Enumerable.Range(0, workers + 1).Select(w => (int)Math.Round(n * Math.Sqrt((double)w / workers))).ToArray();
        fixed (double* px = rows)
        fixed (double* pc = c)
        {
            nint ax = (nint)px, ac = (nint)pc;
            Parallel.For(0, workers, w =>
            {
                int j0 = bounds[w], j1 = bounds[w + 1], width = j1 - j0;
                if (width == 0) return;
                double* px = (double*)ax, pc = (double*)ac;
                // Rows j0 … j1 − 1 of X start at entry j0 of every item.
                if (j0 > 0)
                    Dgemm(ColMajor, NoTrans, Trans, j0, width, k, 1.0, px, ldr, px + j0, ldr, 1.0, pc + (long)j0 * ldc, ldc);
                Dsyrk(ColMajor, Upper, NoTrans, width, k, 1.0, px + j0, ldr, 1.0, pc + (long)j0 * ldc + j0, ldc);
            });
        }
    }
}
