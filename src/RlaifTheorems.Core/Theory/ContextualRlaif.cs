using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// RLAIF on a contextual policy (THEORY T4.2, T4.3): prompts x ∈ R^p, policy direction G x, latent value map L.
/// One RLAIF step under constitutions c_i with strengths λ_i gives G' = G + Σ λ_i P_{c_i} L.
/// </summary>
public static class ContextualRlaif
{
    /// <summary>G' = G + Σ λ_i P_{c_i} L.</summary>
    /// <exception cref="ModelInputException">Shapes disagree, an entry is not finite, or a strength is negative.</exception>
    public static Matrix<double> Update(Matrix<double> g, Matrix<double> l, IReadOnlyList<(Constitution Constitution, double Strength)> steps)
    {
        Guard.Finite(g, "G");
        Guard.Finite(l, "L");
        if (g.RowCount != l.RowCount || g.ColumnCount != l.ColumnCount)
            throw new ModelInputException(InputProblem.ShapeMismatch, "L", $"is {l.RowCount}×{l.ColumnCount} but G is {g.RowCount}×{g.ColumnCount}");
        var result = g.Clone();
        foreach (var (c, lambda) in steps)
        {
            Guard.NonNegative(lambda, "λ");
            result += lambda * c.Project(l);
        }
        return result;
    }
}
