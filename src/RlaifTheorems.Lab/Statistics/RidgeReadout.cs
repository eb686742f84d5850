using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Statistics;

/// <summary>
/// The ridge readout ŷ = ȳ + ⟨β, h − μ⟩, β = (Σ + αI)⁻¹ c, fitted from a training set's moments, optionally restricted to a
/// subspace (the columns of an orthonormal basis B: β = B (BᵀΣB + αI)⁻¹ Bᵀc). The penalty rule: α minimises generalised
/// cross-validation on the training set, GCV(α) = (RSS/n) / (1 − df/n)², df = Σ λ_j/(λ_j + α), over the grid
/// α = τ·10^{e/2}, e = −12…6, τ = tr(Σ)/dim (so the grid moves with the data's scale).
/// </summary>
public sealed record RidgeReadout(Vector<double> Weights, Vector<double> Centre, double Intercept, double Penalty)
{
    /// <summary>Fits on <paramref name="train"/>, over the whole space or the span of <paramref name="basis"/>.</summary>
    public static RidgeReadout Fit(Moments train, Matrix<double>? basis = null)
    {
        int d = train.Dimension;
        var sigma = Matrix<double>.Build.Dense(d, d, (i, j) => train.Covariance[(long)i * d + j]);
        var c = Vector<double>.Build.DenseOfArray(train.CrossCovariance);
        if (basis is not null) { sigma = basis.TransposeThisAndMultiply(sigma * basis); c = basis.TransposeThisAndMultiply(c); }
        sigma = 0.5 * (sigma + sigma.Transpose());
        var (lambda, vectors) = PsdEigen.Of(sigma);
        int k = sigma.RowCount;
        var cPrime = vectors.TransposeThisAndMultiply(c);
        double tau = Math.Max(lambda.Sum() / k, double.Epsilon);
        double n = train.Count, best = double.PositiveInfinity, alpha = tau;
        for (int e = -12; e <= 6; e++)
        {
            double a = tau * Math.Pow(10, e / 2.0), rss = train.ValueVariance, df = 0;
            for (int j = 0; j < k; j++)
            {
                double b = cPrime[j] / (lambda[j] + a);
                rss += -2 * b * cPrime[j] + lambda[j] * b * b;
                df += lambda[j] / (lambda[j] + a);
            }
            // Stryker disable once Equality,Statement : df ≤ rank Σ ≤ n − 1 for the centred covariance of n items, so df ≥ n is a guard
            // that no data reaches.
            if (df >= n) continue;
            double gcv = Math.Max(rss, 0) / Math.Pow(1 - df / n, 2);
            // Stryker disable once Equality : an exact tie between two grid penalties' GCV is not reached.
            if (gcv < best) { best = gcv; alpha = a; }
        }
        var betaPrime = Vector<double>.Build.Dense(k, j => cPrime[j] / (lambda[j] + alpha));
        var beta = vectors * betaPrime;
        if (basis is not null) beta = basis * beta;
        return new RidgeReadout(beta, Vector<double>.Build.DenseOfArray(train.Mean), train.MeanValue, alpha);
    }
}
