using static RlaifTheorems.Formal.Exact.ExactAlgebra;

namespace RlaifTheorems.Formal.Exact;

/// <summary>
/// Gordan's alternative (THEORY T5.1) decided exactly for rational vectors: 0 ∈ conv{n_i} exactly when the hull's
/// minimum-norm point is 0. That point lies in the relative interior of a face spanned by an affinely independent subset S,
/// where it solves [2G 1; 1ᵀ 0][λ; μ] = [0; 1] (G the Gram matrix of S, nonsingular exactly for affinely independent S); so
/// every subset is tried, singular ones skipped, and the feasible (λ ≥ 0) point of least norm is the minimum.
/// Positive rescaling of the vectors does not change whether 0 is in their hull, so gradients may be given up to a
/// positive factor each.
/// </summary>
public static class ExactGordan
{
    /// <summary>Whether 0 ∈ conv{<paramref name="vectors"/>}, exactly (at most 12 vectors).</summary>
    public static bool ZeroInHull(IReadOnlyList<Rational[]> vectors)
    {
        int k = vectors.Count;
        Rational? best = null;
        // Stryker disable once Equality : mask = 2^k selects no vector, and the empty system is singular and skipped.
        for (int mask = 1; mask < 1 << k; mask++)
        {
            // Stryker disable once Bitwise : mask > 0, so the arithmetic and logical shifts agree.
            var subset = Enumerable.Range(0, k).Where(i => (mask >> i & 1) == 1).Select(i => vectors[i]).ToList();
            int s = subset.Count;
            var kkt = new Rational[s + 1][];
            for (int i = 0; i < s; i++)
                kkt[i] = subset.Select(x => 2 * Dot(subset[i], x)).Append(Rational.One).ToArray();
            kkt[s] = Enumerable.Repeat(Rational.One, s).Append(Rational.Zero).ToArray();
            if (!TrySolve(kkt, Enumerable.Repeat(Rational.Zero, s).Append(Rational.One).ToArray(), out var solution)) continue;
            // Stryker disable once Equality : a support with a zero weight gives the point its smaller support gives, also tried.
            if (solution.Take(s).Any(l => l.Sign < 0)) continue;
            var p = subset.Select((x, i) => x.Select(t => solution[i] * t).ToArray()).Aggregate((x, y) => x.Zip(y, (a, b) => a + b).ToArray());
            var norm = Dot(p, p);
            // Stryker disable once Equality : a tie keeps the same least norm.
            if (best is null || norm < best.Value) best = norm;
        }
        return best is { Sign: 0 };
    }

    /// <summary>∇A_i(g) up to the positive factor ‖a‖³‖v_i‖: ‖a‖²Ev_i − ⟨a, v_i⟩Ea, a = Eᵀg (rational).</summary>
    public static IReadOnlyList<Rational[]> ScaledGradients(double[][] e, double[][] values, double[] g)
    {
        var rows = e.Select(Of).ToArray();
        var a = TransposeTimes(rows, Of(g));
        var ea = Times(rows, a);
        return values.Select(Of).Select(v => AddScaled(Times(rows, v).Select(t => Dot(a, a) * t).ToArray(), -Dot(a, v), ea)).ToList();
    }
}
