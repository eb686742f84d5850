using RlaifTheorems.Core.LinearAlgebra;

namespace RlaifTheorems.Kernels;

/// <summary>
/// <see cref="IBatchedLinearAlgebra"/> by the vectorised kernels: projection and ablation by <see cref="ProjectionKernel"/>,
/// products by <see cref="GemmKernel"/>, cosines by <see cref="CosineKernel"/>, bases by <see cref="BatchedOrthonormalisation"/>,
/// and the SVD by LAPACK's dgesdd (<see cref="Lapack"/>) where the system has OpenBLAS. <see cref="Widest"/> caps the vector
/// width the projection may use and <see cref="UsesBlas"/> allows OpenBLAS, so one machine runs every machine's paths.
/// </summary>
public sealed class SimdLinearAlgebra(KernelWidth widest = KernelWidth.Vector512, bool blas = true) : IBatchedLinearAlgebra
{
    /// <summary>The widest projection kernels this instance may choose.</summary>
    public KernelWidth Widest { get; } = widest;

    /// <summary>True when this instance may call OpenBLAS and LAPACK (when the system has them).</summary>
    public bool UsesBlas { get; } = blas;

    /// <inheritdoc/>
    public void Project(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y) =>
        ProjectionKernel.Project(q, d, k, x, n, y, Widest, UsesBlas);

    /// <inheritdoc/>
    public void Ablate(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y) =>
        ProjectionKernel.Ablate(q, d, k, x, n, y, Widest, UsesBlas);

    /// <inheritdoc/>
    public void Multiply(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> b, int n, Span<double> c) =>
        GemmKernel.Multiply(a, m, k, b, n, c, UsesBlas);

    /// <inheritdoc/>
    public void Cosines(ReadOnlySpan<double> x, int d, int n, ReadOnlySpan<double> w, Span<double> result) =>
        CosineKernel.Cosines(x, d, n, w, result);

    /// <inheritdoc/>
    public int Orthonormalise(ReadOnlySpan<double> bases, int m, int r, int count, Span<double> q) =>
        BatchedOrthonormalisation.Orthonormalise(bases, m, r, count, q);

    /// <inheritdoc/>
    public bool TryThinSvd(double[] a, int m, int n, out double[] u, out double[] s, out double[] vt)
    {
        if (!UsesBlas || !Lapack.IsAvailable)
        {
            u = s = vt = [];
            return false;
        }
        (u, s, vt) = Lapack.ThinSvd(a, m, n);
        return true;
    }
}
