using System.Runtime.InteropServices;

namespace RlaifTheorems.Kernels;

/// <summary>
/// LAPACK's divide-and-conquer singular value decomposition (dgesdd) from the system's OpenBLAS, which carries LAPACK, through
/// its Fortran interface. Used for large encoders, where MathNet's managed SVD is two orders of magnitude slower; absent
/// (no OpenBLAS), callers take the managed path. The call runs OpenBLAS on every core
/// (the library is otherwise kept single-threaded, <see cref="OpenBlas"/>) and is serialised, so concurrent callers do not
/// fight over its thread count.
/// </summary>
public static unsafe class Lapack
{
    private static readonly delegate* unmanaged[Cdecl]<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, void> Dgesdd;
    private static readonly delegate* unmanaged[Cdecl]<int, void> SetThreads;
    private static readonly object Gate = new();

    static Lapack()
    {
        if (Environment.GetEnvironmentVariable("RLAIF_NO_OPENBLAS") == "1") return;
        foreach (var name in new[] { "libopenblas.so.0", "libopenblas.so", "openblas" })
        {
            if (!NativeLibrary.TryLoad(name, out var handle) || !NativeLibrary.TryGetExport(handle, "dgesdd_", out var gesdd)) continue;
            Dgesdd = (delegate* unmanaged[Cdecl]<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, void>)gesdd;
            if (NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out var threads))
                SetThreads = (delegate* unmanaged[Cdecl]<int, void>)threads;
            return;
        }
    }

    /// <summary>True when dgesdd was found.</summary>
    public static bool IsAvailable => Dgesdd != null;

    /// <summary>
    /// The thin SVD A = U diag(s) Vᵀ of the column-major m×n matrix <paramref name="a"/> (m ≥ n): U is m×n and Vᵀ is n×n, both
    /// column-major, s descending. <paramref name="a"/> is overwritten.
    /// </summary>
    /// <exception cref="InvalidOperationException">LAPACK is absent, or dgesdd reports an argument error or no convergence.</exception>
    public static (double[] U, double[] S, double[] Vt) ThinSvd(double[] a, int m, int n)
    {
        if (!IsAvailable) throw new InvalidOperationException("LAPACK (OpenBLAS) is not available");
        if (m < n) throw new ArgumentException("dgesdd's thin form here needs m ≥ n", nameof(m));
        var s = new double[n];
        var u = new double[(long)m * n];
        var vt = new double[(long)n * n];
        var iwork = new int[8 * n];
        byte jobz = (byte)'S';
        int lda = m, ldu = m, ldvt = n, info = 0, query = -1;
        double size = 0;
        lock (Gate)
        {
            fixed (double* pa = a, ps = s, pu = u, pvt = vt)
            fixed (int* pi = iwork)
            {
                Dgesdd(&jobz, &m, &n, pa, &lda, ps, pu, &ldu, pvt, &ldvt, &size, &query, pi, &info);
                if (info != 0) throw new InvalidOperationException($"dgesdd workspace query failed (info {info})");
                int lwork = (int)Math.Min(int.MaxValue, Math.Ceiling(size));
                var work = new double[lwork];
                if (SetThreads != null) SetThreads(Environment.ProcessorCount);
                try
                {
                    fixed (double* pw = work) Dgesdd(&jobz, &m, &n, pa, &lda, ps, pu, &ldu, pvt, &ldvt, pw, &lwork, pi, &info);
                }
                finally
                {
                    if (SetThreads != null) SetThreads(1);
                }
            }
        }
        if (info != 0) throw new InvalidOperationException(info < 0 ? $"dgesdd: argument {-info} is invalid" : $"dgesdd did not converge (info {info})");
        return (u, s, vt);
    }
}
