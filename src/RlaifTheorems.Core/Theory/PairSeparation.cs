using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>The outcome of <see cref="PairSeparation.Decide"/>.</summary>
public enum SeparationVerdict
{
    /// <summary>Some direction orders every non-tied pair as labelled, each by more than its rounding bound (the witness): the
    /// likelihood's supremum is at infinity, so there is no maximum-likelihood estimate.</summary>
    Separated,
    /// <summary>No direction orders every pair as labelled or ties it (the certificate below): the maximum-likelihood estimate
    /// exists, is finite and unique.</summary>
    NotSeparated,
    /// <summary>Neither was shown (quasi-complete separation, or a certificate spoilt by rounding or the iteration budget).</summary>
    Undecided,
}

/// <summary>
/// Whether N labelled pairs are separable (THEORY S1), decided from the data by a witness either way. With signed pairs
/// z_i = h_i where response 1 was preferred and −h_i otherwise (tied pairs, h_i = 0, left out), the maximum-likelihood estimate
/// exists exactly when no β ≠ 0 has ⟨β, z_i⟩ ≥ 0 for every i.
/// - NotSeparated, certified by the fit: the likelihood's gradient at β̂ is g = Σ w_i z_i with w_i = σ(−⟨β̂, z_i⟩) &gt; 0. A unit
///   β with every ⟨β, z_i⟩ ≥ 0 would have w_min⟨β, z_i⟩ ≤ ⟨β, g⟩ ≤ ‖g‖, so ‖Zᵀβ‖ ≤ √n·‖g‖/w_min; when that is below σ_min(Z),
///   no such β exists. All of g, w and σ_min(Z) are recomputed here from the data, not taken from the fit.
/// - Separated, by a witness β with every ⟨β, z_i⟩ above its rounding bound: β̂ itself, or the iterate of Gilbert's
///   minimum-norm-point method on conv{z_i} (which separates once close enough when 0 ∉ conv{z_i}, by Gordan's alternative).
/// </summary>
public sealed record PairSeparation(SeparationVerdict Verdict, Vector<double>? Witness, int Iterations)
{
    /// <summary>Decides for the pairs (columns of <paramref name="features"/>) and labels, starting from the fit
    /// <paramref name="fitted"/>; Gilbert's method takes at most <paramref name="maxIterations"/> steps.</summary>
    public static PairSeparation Decide(Matrix<double> features, IReadOnlyList<bool> labels, Vector<double> fitted, int maxIterations = 500)
    {
        int d = features.RowCount;
        var kept = Enumerable.Range(0, features.ColumnCount).Where(j => features.Column(j).L2Norm() > 0).ToArray();
        if (kept.Length == 0) return new PairSeparation(SeparationVerdict.Undecided, null, 0);
        int n = kept.Length;
        var z = Matrix<double>.Build.Dense(d, n, (i, k) => labels[kept[k]] ? features[i, kept[k]] : -features[i, kept[k]]);
        var norms = Enumerable.Range(0, n).Select(k => z.Column(k).L2Norm()).ToArray();

        if (Certified(z, fitted)) return new PairSeparation(SeparationVerdict.NotSeparated, null, 0);
        if (Separates(z, norms, fitted)) return new PairSeparation(SeparationVerdict.Separated, fitted, 0);
        var point = z.Column(Array.IndexOf(norms, norms.Min()));
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            if (Separates(z, norms, point)) return new PairSeparation(SeparationVerdict.Separated, point, iteration);
            var step = z.Column(z.TransposeThisAndMultiply(point).MinimumIndex()) - point;
            double length = step.DotProduct(step);
            double gamma = length > 0 ? Math.Clamp(-point.DotProduct(step) / length, 0, 1) : 0;
            if (!(gamma > 0)) break;
            point += gamma * step;
        }
        return new PairSeparation(SeparationVerdict.Undecided, null, maxIterations);
    }

    /// <summary>The fit's certificate that no β ≠ 0 has every ⟨β, z_i⟩ ≥ 0: √n·‖g‖/w_min &lt; σ_min(Z), with a factor 1 + 10⁻⁶ of room
    /// for the rounding of the three computed quantities, and only where ZZᵀ is conditioned better than 10¹⁰.</summary>
    private static bool Certified(Matrix<double> z, Vector<double> fitted)
    {
        int d = z.RowCount, n = z.ColumnCount;
        if (n < d) return false;
        var weights = z.TransposeThisAndMultiply(fitted).Map(s => BradleyTerry.Sigmoid(-s));
        double smallest = weights.Minimum();
        if (!(smallest > 0)) return false;
        double gradient = (z * weights).L2Norm();
        var gram = z.TransposeAndMultiply(z);
        var eigenvalues = gram.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        double least = eigenvalues.Min(), largest = eigenvalues.Max();
        // Below 1e-10 of the largest, the computed least eigenvalue is not trusted to six digits.
        if (!(least > 1e-10 * largest)) return false;
        return Math.Sqrt(n) * gradient / smallest * (1 + 1e-6) < Math.Sqrt(least);
    }

    /// <summary>Whether β orders every signed pair strictly, each ⟨β, z_i⟩ above its rounding bound Tolerance.For(‖β‖‖z_i‖).</summary>
    private static bool Separates(Matrix<double> z, double[] norms, Vector<double> beta)
    {
        double scale = beta.L2Norm();
        if (!(scale > 0)) return false;
        var inner = z.TransposeThisAndMultiply(beta);
        for (int i = 0; i < inner.Count; i++)
            if (!(inner[i] > Tolerance.For(scale * norms[i]))) return false;
        return true;
    }
}
