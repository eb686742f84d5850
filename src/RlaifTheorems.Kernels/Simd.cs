using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlaifTheorems.Kernels;

/// <summary>Vector256 building blocks shared by the kernels: fused multiply–add where the CPU has FMA, plain multiply–add otherwise.</summary>
internal static unsafe class Simd
{
    /// <summary>a·b + c.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MulAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : a * b + c;

    /// <summary>⟨x, y⟩ over n entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(double* x, double* y, int n)
    {
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        int i = 0;
        for (; i + 8 <= n; i += 8)
        {
            s0 = MulAdd(Vector256.Load(x + i), Vector256.Load(y + i), s0);
            s1 = MulAdd(Vector256.Load(x + i + 4), Vector256.Load(y + i + 4), s1);
        }
        double s = Vector256.Sum(s0 + s1);
        for (; i < n; i++) s += x[i] * y[i];
        return s;
    }

    /// <summary>⟨q, x_t⟩ for four vectors x_0…x_3 at once, loading q once: out[0..3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Dot4(double* q, double* x0, double* x1, double* x2, double* x3, int n, double* result)
    {
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        var s2 = Vector256<double>.Zero;
        var s3 = Vector256<double>.Zero;
        int i = 0;
        for (; i + 4 <= n; i += 4)
        {
            var qv = Vector256.Load(q + i);
            s0 = MulAdd(qv, Vector256.Load(x0 + i), s0);
            s1 = MulAdd(qv, Vector256.Load(x1 + i), s1);
            s2 = MulAdd(qv, Vector256.Load(x2 + i), s2);
            s3 = MulAdd(qv, Vector256.Load(x3 + i), s3);
        }
        double r0 = Vector256.Sum(s0), r1 = Vector256.Sum(s1), r2 = Vector256.Sum(s2), r3 = Vector256.Sum(s3);
        for (; i < n; i++)
        {
            r0 += q[i] * x0[i];
            r1 += q[i] * x1[i];
            r2 += q[i] * x2[i];
            r3 += q[i] * x3[i];
        }
        result[0] = r0;
        result[1] = r1;
        result[2] = r2;
        result[3] = r3;
    }

    /// <summary>⟨q_a, x_t⟩ and ⟨q_b, x_t⟩ for four vectors x_0…x_3 (each x load feeds two FMAs): ra[0..3], rb[0..3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Dot2x4(double* qa, double* qb, double* x0, double* x1, double* x2, double* x3, int n, double* ra, double* rb)
    {
        Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
        int i = 0;
        for (; i + 4 <= n; i += 4)
        {
            var qav = Vector256.Load(qa + i);
            var qbv = Vector256.Load(qb + i);
            var xv = Vector256.Load(x0 + i);
            a0 = MulAdd(qav, xv, a0);
            b0 = MulAdd(qbv, xv, b0);
            xv = Vector256.Load(x1 + i);
            a1 = MulAdd(qav, xv, a1);
            b1 = MulAdd(qbv, xv, b1);
            xv = Vector256.Load(x2 + i);
            a2 = MulAdd(qav, xv, a2);
            b2 = MulAdd(qbv, xv, b2);
            xv = Vector256.Load(x3 + i);
            a3 = MulAdd(qav, xv, a3);
            b3 = MulAdd(qbv, xv, b3);
        }
        ra[0] = Vector256.Sum(a0); ra[1] = Vector256.Sum(a1); ra[2] = Vector256.Sum(a2); ra[3] = Vector256.Sum(a3);
        rb[0] = Vector256.Sum(b0); rb[1] = Vector256.Sum(b1); rb[2] = Vector256.Sum(b2); rb[3] = Vector256.Sum(b3);
        for (; i < n; i++)
        {
            ra[0] += qa[i] * x0[i]; ra[1] += qa[i] * x1[i]; ra[2] += qa[i] * x2[i]; ra[3] += qa[i] * x3[i];
            rb[0] += qb[i] * x0[i]; rb[1] += qb[i] * x1[i]; rb[2] += qb[i] * x2[i]; rb[3] += qb[i] * x3[i];
        }
    }

    /// <summary>y ← y + a·x over n entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Axpy(double a, double* x, double* y, int n)
    {
        var av = Vector256.Create(a);
        int i = 0;
        for (; i + 4 <= n; i += 4)
            Vector256.Store(MulAdd(av, Vector256.Load(x + i), Vector256.Load(y + i)), y + i);
        for (; i < n; i++) y[i] += a * x[i];
    }

    /// <summary>x ← a·x over n entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scale(double a, double* x, int n)
    {
        var av = Vector256.Create(a);
        int i = 0;
        for (; i + 4 <= n; i += 4) Vector256.Store(av * Vector256.Load(x + i), x + i);
        for (; i < n; i++) x[i] *= a;
    }
}
