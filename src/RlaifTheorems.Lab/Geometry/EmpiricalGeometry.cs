using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Geometry;

/// <summary>
/// The latent value model of a set of items (THEORY R1–R4). With Σ = Cov(h) = W diag(λ) Wᵀ (λ₁ ≥ … ≥ λ_k &gt; 0 kept,
/// directions of no variance dropped), c = Cov(h, y) and σ_y² = Var(y), the empirical alignment
/// A(u) = corr_i(⟨u, h_i⟩, y_i) = ⟨u, c⟩ / (σ_y √(uᵀΣu)) is exactly the alignment of the core's model with
///   E = [diag(√λ) | 0] ∈ R^{k×(k+1)},  v = (c'_j / (σ_y √λ_j))_j ⊕ r,  c' = Wᵀc,  r = √(1 − Σ_j c'_j²/(λ_j σ_y²)),
/// in principal coordinates u' = Wᵀu: ⟨Eᵀu', v⟩/‖Eᵀu'‖ = ⟨u', c'⟩/(σ_y ‖diag(√λ) u'‖). The extra world coordinate carries
/// the part of y no linear readout explains, so ρ(E, v) = √(Σ c'_j²/(λ_j σ_y²)) is the in-sample multiple correlation.
/// All of the theory's quantities (ρ, T2.5, T3.2, the RLAIF path) are then the core's, not a second implementation.
/// </summary>
public sealed class EmpiricalGeometry
{
    private readonly Matrix<double> _w;
    private readonly double[] _lambda;
    private readonly double[] _cPrime;

    /// <summary>The items' moments.</summary>
    public Moments Moments { get; }
    /// <summary>d, the ambient dimension.</summary>
    public int Dimension => Moments.Dimension;
    /// <summary>k, the number of principal directions with variance (λ_j &gt; 10⁻¹² λ₁).</summary>
    public int Rank => _lambda.Length;
    /// <summary>The variances λ₁ ≥ … ≥ λ_k.</summary>
    public IReadOnlyList<double> Variances => _lambda;

    /// <summary>Diagonalises Σ.</summary>
    /// <exception cref="LabDataException">The items have no variance in h or in y.</exception>
    public EmpiricalGeometry(Moments moments)
    {
        Moments = moments;
        int d = moments.Dimension;
        if (!(moments.ValueVariance > 0))
            throw new LabDataException($"the {moments.Count} items' values have no variance; alignment is a correlation with them");
        var sigma = Matrix<double>.Build.Dense(d, d, (i, j) => 0.5 * (moments.Covariance[(long)i * d + j] + moments.Covariance[(long)j * d + i]));
        var evd = sigma.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, d).OrderByDescending(j => evd.EigenValues[j].Real).ToArray();
        double top = evd.EigenValues[order[0]].Real;
        if (!(top > 0)) throw new LabDataException($"the {moments.Count} items' representations have no variance");
        var kept = order.Where(j => evd.EigenValues[j].Real > 1e-12 * top).ToArray();
        _lambda = kept.Select(j => evd.EigenValues[j].Real).ToArray();
        _w = Matrix<double>.Build.Dense(d, kept.Length, (i, k) => evd.EigenVectors[i, kept[k]]);
        _cPrime = (_w.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(moments.CrossCovariance))).ToArray();
    }

    /// <summary>σ_y.</summary>
    public double ValueDeviation => Math.Sqrt(Moments.ValueVariance);

    /// <summary>u' = Wᵀu, the principal coordinates of a direction.</summary>
    public Vector<double> Principal(Vector<double> u) => _w.TransposeThisAndMultiply(u);

    /// <summary>W u', back from principal coordinates.</summary>
    public Vector<double> Ambient(Vector<double> principal) => _w * principal;

    /// <summary>The j-th principal direction (unit), j = 0 the top one.</summary>
    public Vector<double> PrincipalDirection(int j) => _w.Column(j);

    /// <summary>A(u) = corr_i(⟨u, h_i⟩, y_i), 0 when ⟨u, h⟩ has no variance.</summary>
    public double Alignment(Vector<double> u)
    {
        var p = Principal(u);
        double dot = 0, variance = 0;
        for (int j = 0; j < Rank; j++) { dot += p[j] * _cPrime[j]; variance += _lambda[j] * p[j] * p[j]; }
        return variance > 0 ? Math.Clamp(dot / (ValueDeviation * Math.Sqrt(variance)), -1, 1) : 0;
    }

    /// <summary>sd_i⟨u, h_i⟩ = √(uᵀΣu).</summary>
    public double ScoreDeviation(Vector<double> u)
    {
        var p = Principal(u);
        double variance = 0;
        for (int j = 0; j < Rank; j++) variance += _lambda[j] * p[j] * p[j];
        return Math.Sqrt(variance);
    }

    /// <summary>Cov_i(⟨u, h_i⟩, y_i) = ⟨u, c⟩.</summary>
    public double ValueCovariance(Vector<double> u) => u.DotProduct(Vector<double>.Build.DenseOfArray(Moments.CrossCovariance));

    /// <summary>ρ_k: the in-sample ceiling over the top <paramref name="k"/> principal directions, √(Σ_{j≤k} c'_j²/λ_j)/σ_y
    /// (T2.3: non-decreasing in k); k = Rank gives ρ itself.</summary>
    public double InSampleCeiling(int k)
    {
        double s = 0;
        for (int j = 0; j < Math.Min(k, Rank); j++) s += _cPrime[j] * _cPrime[j] / _lambda[j];
        return Math.Min(1.0, Math.Sqrt(s / Moments.ValueVariance));
    }

    /// <summary>The core's latent value model of these items (see the class summary), with latent m and generation g given in
    /// the ambient space; both must have variance along h.</summary>
    public LatentValueModel Model(Vector<double> latent, Vector<double> generation)
    {
        var (encoder, value) = _model ??= BuildModel();
        return new LatentValueModel(encoder, value, NonZero(Principal(latent), "m"), NonZero(Principal(generation), "g"));
    }

    private (Encoder, ValueDirection)? _model;

    private (Encoder, ValueDirection) BuildModel()
    {
        int k = Rank;
        var e = Matrix<double>.Build.Dense(k, k + 1, (i, j) => i == j ? Math.Sqrt(_lambda[i]) : 0.0);
        var v = new double[k + 1];
        double explained = 0;
        for (int j = 0; j < k; j++)
        {
            v[j] = _cPrime[j] / (ValueDeviation * Math.Sqrt(_lambda[j]));
            explained += v[j] * v[j];
        }
        v[k] = Math.Sqrt(Math.Max(0, 1 - explained));
        return (new Encoder(e, "Σ^½"), new ValueDirection(Vector<double>.Build.DenseOfArray(v), "y"));
    }

    private static Vector<double> NonZero(Vector<double> x, string name) =>
        x.L2Norm() > 0 ? x : throw new LabDataException($"{name} has no component along the items' principal directions");
}
