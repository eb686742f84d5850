using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// Least-squares readouts on one set of representations (rows h_i ∈ R^D): u_y = Σ⁺ Cov(h, y), with Σ = Cov(h) and its
/// pseudo-inverse over the eigenvalues above 10⁻¹² of the largest (directions without variance read nothing); the metric
/// cosine uᵀΣu′ / √(uᵀΣu · u′ᵀΣu′) of two readouts, and the alignment corr(⟨u, h⟩, y).
/// </summary>
public sealed class Readouts
{
    private readonly Matrix<double> _centred, _covariance, _pseudoInverse;

    /// <summary>Readouts on the row-major n × D <paramref name="rows"/>.</summary>
    public Readouts(double[] rows, int n, int dim)
    {
        var h = Matrix<double>.Build.Dense(n, dim, (i, j) => rows[i * dim + j]);
        var mean = h.ColumnSums() / n;
        _centred = h - Matrix<double>.Build.Dense(n, dim, (_, j) => mean[j]);
        _covariance = _centred.TransposeThisAndMultiply(_centred) / n;
        var eigen = _covariance.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        double top = eigen.EigenValues.Max(e => e.Real);
        var inverse = Vector<double>.Build.Dense(dim, j => eigen.EigenValues[j].Real > 1e-12 * top ? 1 / eigen.EigenValues[j].Real : 0);
        _pseudoInverse = eigen.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(inverse) * eigen.EigenVectors.Transpose();
    }

    /// <summary>u_y = Σ⁺ Cov(h, y).</summary>
    public Vector<double> Readout(double[] y)
    {
        double mean = y.Average();
        var centred = Vector<double>.Build.Dense(y.Length, i => y[i] - mean);
        return _pseudoInverse * (_centred.TransposeThisAndMultiply(centred) / y.Length);
    }

    /// <summary>uᵀΣu, the variance of the score ⟨u, h⟩.</summary>
    public double Variance(Vector<double> u) => u * _covariance * u;

    /// <summary>The cosine of two readouts in the metric Σ (0 when either has no variance).</summary>
    public double MetricCosine(Vector<double> u, Vector<double> w)
    {
        double uu = Variance(u), ww = Variance(w);
        return uu > 0 && ww > 0 ? Math.Clamp(u * _covariance * w / Math.Sqrt(uu * ww), -1, 1) : 0;
    }

    /// <summary>corr(⟨u, h⟩, y).</summary>
    public double Alignment(Vector<double> u, double[] y) => Correlation.Pearson((_centred * u).ToArray(), y);
}
