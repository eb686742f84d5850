using System.Runtime.InteropServices;

namespace RlaifTheorems.Core.Kernels;

/// <summary>
/// The system's OpenBLAS (Debian: libopenblas0-pthread or libopenblas0), reached through P/Invoke for the compute-bound
/// GEMMs (k ≥ 64). Absent library: <see cref="IsAvailable"/> is false and callers use their managed path. Set the
/// environment variable RLAIF_NO_OPENBLAS=1 to force the managed path.
/// </summary>
public static unsafe class OpenBlas
{
    private const int ColMajor = 102, NoTrans = 111, Trans = 112;
    private static readonly delegate* unmanaged[Cdecl]<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> Dgemm;

    static OpenBlas()
    {
        if (Environment.GetEnvironmentVariable("RLAIF_NO_OPENBLAS") == "1") return;
        foreach (var name in new[] { "libopenblas.so.0", "libopenblas.so", "openblas" })
        {
            if (NativeLibrary.TryLoad(name, out var handle) && NativeLibrary.TryGetExport(handle, "cblas_dgemm", out var dgemm))
            {
                Dgemm = (delegate* unmanaged[Cdecl]<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)dgemm;
                LibraryName = name;
                return;
            }
        }
    }

    /// <summary>True when cblas_dgemm was found (and <see cref="ForceManaged"/> is off).</summary>
    public static bool IsAvailable => Dgemm != null && !ForceManaged;

    /// <summary>Makes the kernels take their managed paths even when OpenBLAS is present (tests compare both paths).</summary>
    public static bool ForceManaged { get; set; }

    /// <summary>The library that was loaded, or null.</summary>
    public static string? LibraryName { get; private set; }

    /// <summary>C ← α·op(A)·B + β·C, column-major; op(A) = Aᵀ when <paramref name="transposeA"/>. A is m×k (or k×m transposed) with
    /// leading dimension lda, B is k×n (ldb), C is m×n (ldc).</summary>
    public static void Gemm(bool transposeA, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        if (!IsAvailable) throw new InvalidOperationException("OpenBLAS is not available");
        fixed (double* pa = a)
        fixed (double* pb = b)
        fixed (double* pc = c)
            Dgemm(ColMajor, transposeA ? Trans : NoTrans, NoTrans, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
    }
}
