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
///   β with every ⟨β, z_i⟩ ≥ 0 would have w₀⟨β, z_i⟩ ≤ ⟨β, g⟩ ≤ ‖g‖ for the pairs S with w_i ≥ w₀, so ‖Z_Sᵀβ‖ ≤ √|S|·‖g‖/w₀;
///   when that is below σ_min(Z_S), no such β exists. g and w are recomputed here from the data, not taken from the fit.
/// - Separated, by a witness β with every ⟨β, z_i⟩ above its rounding bound: β̂ itself, or the iterate of Gilbert's
///   minimum-norm-point method on conv{z_i} (which separates once close enough when 0 ∉ conv{z_i}, by Gordan's alternative).
/// </summary>
public sealed record PairSeparation(SeparationVerdict Verdict, Vector<double>? Witness, int Iterations)
{
    /// <summary>Decides for the pairs (columns of <paramref name="features"/>) and labels, starting from the fit
    /// <paramref name="fitted"/>; Gilbert's method takes at most <paramref name="maxIterations"/> steps.</summary>
    public static PairSeparation Decide(Matrix<double> features, IReadOnlyList<bool> labels, Vector<double> fitted, int maxIterations = 200)
    {
        int d = features.RowCount;
        var all = features.ToColumnMajorArray();
        var kept = new List<int>();
        for (int j = 0; j < features.ColumnCount; j++)
            if (Norm(all.AsSpan(j * d, d)) > 0) kept.Add(j);
        if (kept.Count == 0) return new PairSeparation(SeparationVerdict.Undecided, null, 0);
        int n = kept.Count;
        var signed = new double[(long)n * d];
        var norms = new double[n];
        for (int k = 0; k < n; k++)
        {
            double sign = labels[kept[k]] ? 1 : -1;
            for (int i = 0; i < d; i++) signed[k * d + i] = sign * all[kept[k] * d + i];
            norms[k] = Norm(signed.AsSpan(k * d, d));
        }
        var z = Matrix<double>.Build.Dense(d, n, signed);

        if (Certified(z, fitted)) return new PairSeparation(SeparationVerdict.NotSeparated, null, 0);
        if (Separates(signed, norms, d, fitted.ToArray())) return new PairSeparation(SeparationVerdict.Separated, fitted, 0);
        var point = signed.AsSpan(Array.IndexOf(norms, norms.Min()) * d, d).ToArray();
        var inner = new double[n];
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            if (Separates(signed, norms, d, point)) return new PairSeparation(SeparationVerdict.Separated, Vector<double>.Build.DenseOfArray(point), iteration);
            int worst = 0;
            for (int k = 0; k < n; k++)
            {
                inner[k] = Dot(signed.AsSpan(k * d, d), point);
                if (inner[k] < inner[worst]) worst = k;
            }
            var target = signed.AsSpan(worst * d, d);
            double along = 0, length = 0;
            for (int i = 0; i < d; i++) { double step = target[i] - point[i]; along -= point[i] * step; length += step * step; }
            double gamma = length > 0 ? Math.Clamp(along / length, 0, 1) : 0;
            if (!(gamma > 0)) break;
            for (int i = 0; i < d; i++) point[i] += gamma * (target[i] - point[i]);
        }
        return new PairSeparation(SeparationVerdict.Undecided, null, maxIterations);
    }

    /// <summary>
    /// The fit's certificate that no β ≠ 0 has every ⟨β, z_i⟩ ≥ 0. For a threshold w₀ and S = {i : w_i ≥ w₀}, such a unit β would
    /// have w₀⟨β, z_i⟩ ≤ Σ_j w_j⟨β, z_j⟩ = ⟨β, g⟩ ≤ ‖g‖ for every i ∈ S (all terms are ≥ 0), so ‖Z_Sᵀβ‖ ≤ √|S|·‖g‖/w₀; the
    /// certificate is √|S|·‖g‖/w₀ &lt; σ_min(Z_S), tried at the weights' median, lower quartile, lowest decile and minimum, with a
    /// factor 1 + 10⁻⁶ of room for rounding, decided by a Cholesky factorisation of Z_S Z_Sᵀ − bound²·I; all of it on the pairs
    /// whitened by ZZᵀ = LLᵀ (z ↦ L⁻¹z), which changes neither separability nor the weights.
    /// </summary>
    private static bool Certified(Matrix<double> z, Vector<double> fitted)
    {
        int d = z.RowCount, n = z.ColumnCount;
        if (n < d) return false;
        var weights = z.TransposeThisAndMultiply(fitted).Map(s => BradleyTerry.Sigmoid(-s));
        // Separability is unchanged by an invertible map of the pairs (β ↦ Lᵀβ), and the weights are too: whiten by ZZᵀ = LLᵀ so
        // that the certificate does not depend on how anisotropic the pairs are.
        if (CholeskyFactor(z.TransposeAndMultiply(z), 0) is not { } l) return false;
        var white = l.Solve(z);
        double gradient = (white * weights).L2Norm();
        var sorted = weights.OrderBy(w => w).ToArray();
        foreach (double quantile in new[] { 0.5, 0.25, 0.1, 0.0 })
        {
            double threshold = sorted[(int)(quantile * (n - 1))];
            if (!(threshold > 0)) continue;
            var members = Enumerable.Range(0, n).Where(i => weights[i] >= threshold).ToArray();
            if (members.Length < d) continue;
            var subset = Matrix<double>.Build.Dense(d, members.Length, (i, k) => white[i, members[k]]);
            var gram = subset.TransposeAndMultiply(subset);
            double bound = Math.Sqrt(members.Length) * gradient / threshold * (1 + 1e-6);
            // σ_min(Z_S) > bound exactly when Z_S Z_Sᵀ − bound²·I is positive definite; its Cholesky factor is the test, with the
            // shift raised by 1e-10 of the largest diagonal entry so that rounding cannot pass a matrix that is not.
            double largest = Enumerable.Range(0, d).Max(i => gram[i, i]);
            if (CholeskyFactor(gram, bound * bound + 1e-10 * largest) is not null) return true;
        }
        return false;
    }

    /// <summary>The lower Cholesky factor of A − shift·I, or null when a pivot is not positive (not positive definite).</summary>
    private static Matrix<double>? CholeskyFactor(Matrix<double> a, double shift)
    {
        int d = a.RowCount;
        var l = Matrix<double>.Build.Dense(d, d);
        for (int j = 0; j < d; j++)
        {
            double pivot = a[j, j] - shift;
            for (int k = 0; k < j; k++) pivot -= l[j, k] * l[j, k];
            if (!(pivot > 0)) return null;
            l[j, j] = Math.Sqrt(pivot);
            for (int i = j + 1; i < d; i++)
            {
                double x = a[i, j];
                for (int k = 0; k < j; k++) x -= l[i, k] * l[j, k];
                l[i, j] = x / l[j, j];
            }
        }
        return l;
    }

    private static double Norm(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double t in x) sum += t * t;
        return Math.Sqrt(sum);
    }

    /// <summary>Whether β orders every signed pair strictly, each ⟨β, z_i⟩ above its rounding bound Tolerance.For(‖β‖‖z_i‖).</summary>
    private static bool Separates(double[] signed, double[] norms, int d, double[] beta)
    {
        double scale = Norm(beta);
        if (!(scale > 0)) return false;
        for (int k = 0; k < norms.Length; k++)
            if (!(Dot(signed.AsSpan(k * d, d), beta) > Tolerance.For(scale * norms[k]))) return false;
        return true;
    }

    private static double Dot(ReadOnlySpan<double> x, double[] y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }
}
