using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Lab.Statistics;

/// <summary>
/// The eigendecomposition Σ = W diag(λ) Wᵀ of a symmetric positive semi-definite matrix (a covariance). For such a matrix the
/// singular value decomposition is the eigendecomposition (U = V = W, s = λ), so LAPACK's dgesdd computes it when OpenBLAS is
/// present; an eigenvalue that rounding makes slightly negative comes back as its absolute value, below every penalty that
/// uses it. Without LAPACK, MathNet's symmetric eigensolver, with negative eigenvalues set to 0.
/// </summary>
public static class PsdEigen
{
    /// <summary>λ (any order) and W (columns) of <paramref name="sigma"/>.</summary>
    public static (double[] Values, Matrix<double> Vectors) Of(Matrix<double> sigma)
    {
        int k = sigma.RowCount;
        // Stryker disable once Boolean,Logical,Equality,Block : both routes return an eigendecomposition of Σ (LAPACK also at k = 1,
        // MathNet at any k); which one runs changes rounding only. The tests check the decomposition, not the route.
        if (Lapack.IsAvailable && k >= 2)
        {
            var (u, s, _) = Lapack.ThinSvd(sigma.ToColumnMajorArray(), k, k);
            return (s, Matrix<double>.Build.Dense(k, k, u));
        }
        var evd = sigma.Evd(Symmetricity.Symmetric);
        return (evd.EigenValues.Select(z => Math.Max(0, z.Real)).ToArray(), evd.EigenVectors);
    }
}
