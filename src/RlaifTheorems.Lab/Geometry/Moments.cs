namespace RlaifTheorems.Lab.Geometry;

/// <summary>
/// The sufficient statistics of items (h_i, y_i), i = 1…n, under the uniform distribution over them (population moments,
/// divisor n): the mean μ = E h, the covariance Σ = Cov(h) (the metric M of THEORY R1), the cross-covariance
/// c = Cov(h, y) (the encoded value direction w), the mean and variance of y. Matrices are d×d row-major.
/// </summary>
public sealed record Moments(long Count, double[] Mean, double[] Covariance, double[] CrossCovariance, double MeanValue, double ValueVariance)
{
    /// <summary>d.</summary>
    public int Dimension => Mean.Length;
}
