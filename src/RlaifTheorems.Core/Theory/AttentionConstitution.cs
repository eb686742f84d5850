using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// A nonlinear, attention-style constitution (THEORY N5): with query c and encoded directions a_j, the activated direction is
/// d_c = Σ_j softmax_j(⟨c, a_j⟩) a_j (the temperature τ is the norm of c). Unlike a projection it can leave the hemisphere of m.
/// </summary>
public static class AttentionConstitution
{
    /// <summary>d_c = Σ_j softmax_j(⟨c, a_j⟩) a_j, computed with the usual max shift so no exponential overflows.</summary>
    /// <exception cref="ModelInputException">No directions, unequal lengths or non-finite entries.</exception>
    public static Vector<double> Activated(Vector<double> query, IReadOnlyList<Vector<double>> directions)
    {
        Guard.Finite(query, nameof(query));
        if (directions.Count == 0)
            throw new ModelInputException(InputProblem.ShapeMismatch, nameof(directions), "is empty; attention needs at least one encoded direction");
        for (int j = 0; j < directions.Count; j++)
        {
            Guard.Finite(directions[j], $"{nameof(directions)}[{j}]");
            Guard.Length(directions[j], query.Count, $"{nameof(directions)}[{j}]", "encoded directions in R^d like the query");
        }
        var scores = directions.Select(a => query.DotProduct(a)).ToArray();
        double top = scores.Max();
        var weights = scores.Select(s => Math.Exp(s - top)).ToArray();
        double total = weights.Sum();
        var d = Vector<double>.Build.Dense(query.Count);
        for (int j = 0; j < directions.Count; j++) d += weights[j] / total * directions[j];
        return d;
    }
}
