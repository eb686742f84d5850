using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// Decides Gordan's alternative (THEORY T5.1) through the minimum-norm point p of conv{n_1…n_k}: for every x in the hull
/// ⟨p, x − p⟩ ≥ 0, so ⟨p, n_i⟩ ≥ ‖p‖² &gt; 0 when p ≠ 0 (p is a witness), and p = Σλ_i n_i = 0 otherwise (λ are the weights).
/// p is found exactly by trying every support set S (2^k − 1 of them, k ≤ 12): on S the affine minimum-norm point solves
/// [2G 1; 1ᵀ 0][λ; μ] = [0; 1] with G the Gram matrix of S, and the smallest feasible (λ ≥ 0) result is p.
/// </summary>
public static class Gordan
{
    /// <summary>The most normals the exact support-set search accepts.</summary>
    public const int MaxNormals = 12;

    /// <summary>The certificate for <paramref name="normals"/> (all of the same length d ≥ 1).</summary>
    /// <exception cref="ModelInputException">No normals, more than <see cref="MaxNormals"/>, unequal lengths or non-finite entries.</exception>
    public static ParetoCertificate Decide(IReadOnlyList<Vector<double>> normals)
    {
        if (normals.Count == 0 || normals.Count > MaxNormals)
            throw new ModelInputException(InputProblem.OutOfRange, nameof(normals), $"has {normals.Count} vectors; Gordan's alternative here takes 1 to {MaxNormals}");
        int d = normals[0].Count;
        for (int i = 0; i < normals.Count; i++)
        {
            Guard.Finite(normals[i], $"{nameof(normals)}[{i}]");
            Guard.Length(normals[i], d, $"{nameof(normals)}[{i}]", "all normals in the same R^d");
        }
        // All normals rescaled by one power of two (exact: the cone, the hull and the weights are unchanged), so that no norm
        // over- or underflows whatever their scale; the witness is returned at that scale (only its direction matters), and the
        // residual and the tolerance it is compared with are in the normals' own units (the absolute floor of the tolerance
        // policy is what makes a gradient of 1e-12 count as zero).
        int exponent = PowerOfTwo.ExponentOf(normals.SelectMany(n => n));
        normals = normals.Select(n => n.Map(t => Math.ScaleB(t, -exponent))).ToList();
        double scale = Math.Min(double.MaxValue, Math.ScaleB(normals.Max(n => n.L2Norm()), exponent));
        int k = normals.Count;
        double[]? best = null;
        double bestNorm = double.PositiveInfinity;
        for (int mask = 1; mask < 1 << k; mask++)
        {
            // Stryker disable once Bitwise : mask > 0, so the arithmetic and logical shifts agree.
            var support = Enumerable.Range(0, k).Where(i => (mask >> i & 1) == 1).ToArray();
            var weights = AffineMinimumNorm(normals, support);
            // Stryker disable once Linq,Equality : admitting a support with negative weights only adds a candidate; its clamped,
            // renormalised weights are still a convex combination, whose norm cannot be below the minimum over the hull.
            if (weights is null || weights.Any(w => w < -1e-12)) continue;
            for (int i = 0; i < k; i++) weights[i] = Math.Max(0, weights[i]);
            double total = weights.Sum();
            // Stryker disable once Equality,Assignment : an accepted support's affine weights sum to 1 and are clamped by at most
            // 1e-12, so the renormalisation changes them by 1e-12 at most, below every tolerance that reads them.
            for (int i = 0; i < k; i++) weights[i] /= total;
            double norm = Combine(normals, weights).L2Norm();
            // Stryker disable once Equality : a tie between supports keeps either point; both are the minimum.
            if (norm < bestNorm)
            {
                bestNorm = norm;
                best = weights;
            }
        }
        // Every singleton support is accepted with a finite norm (the scaled normals are of size ≤ 2√d), so best is set.
        var p = Combine(normals, best!);
        double residual = Math.Min(double.MaxValue, Math.ScaleB(bestNorm, exponent));
        // Stryker disable once Linq,Equality : p is the minimum-norm point of the hull, so ⟨n_i, p⟩ ≥ ‖p‖² > 0 for every i
        // once ‖p‖ exceeds the tolerance; the check guards against rounding only, and All/Any or > 0/≥ 0 agree on it.
        bool witness = residual > Tolerance.For(scale, k) && normals.All(n => n.DotProduct(p) > 0);
        return witness ? new ParetoCertificate(p.ToArray(), null, residual) : new ParetoCertificate(null, best, residual);
    }

    /// <summary>Σλ_i n_i.</summary>
    public static Vector<double> Combine(IReadOnlyList<Vector<double>> normals, IReadOnlyList<double> weights)
    {
        var sum = Vector<double>.Build.Dense(normals[0].Count);
        for (int i = 0; i < normals.Count; i++) sum += weights[i] * normals[i];
        return sum;
    }

    /// <summary>
    /// Weights over all k normals (zero off the support) of the minimum-norm point of aff{n_i : i ∈ S}, or null if the points
    /// are affinely dependent. Parametrised as λ = e₁ + Σ_j μ_j (e_j − e₁), the point is n₁ + Dμ with D = [n_j − n₁], so μ is
    /// the least-squares solution of Dμ = −n₁ (by SVD of D, whose condition is that of the points, not its square as in the
    /// Gram matrix's KKT system, which lost digits for ill-conditioned encoders).
    /// </summary>
    private static double[]? AffineMinimumNorm(IReadOnlyList<Vector<double>> normals, int[] support)
    {
        int s = support.Length;
        var weights = new double[normals.Count];
        var first = normals[support[0]];
        if (s == 1)
        {
            weights[support[0]] = 1;
            return weights;
        }
        if (s - 1 > first.Count) return null;
        var differences = Matrix<double>.Build.Dense(first.Count, s - 1, (i, j) => normals[support[j + 1]][i] - first[i]);
        var svd = differences.Svd();
        // Stryker disable once Equality,Arithmetic : a nearly dependent support that is solved anyway gives weights that are
        // non-finite, negative (rejected) or a convex combination (a candidate no better than the minimum over the hull).
        if (svd.S[s - 2] <= 1e-13 * svd.S[0]) return null;
        var mu = svd.Solve(-first);
        weights[support[0]] = 1 - mu.Sum();
        for (int j = 0; j < s - 1; j++) weights[support[j + 1]] = mu[j];
        // Stryker disable once Conditional,Linq : non-finite weights would give a NaN norm, which never wins the comparison.
        return weights.All(double.IsFinite) ? weights : null;
    }
}
