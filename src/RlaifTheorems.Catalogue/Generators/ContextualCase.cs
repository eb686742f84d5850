using FsCheck;
using FsCheck.Fluent;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// A contextual policy case (THEORY T4.2, T4.3): policy map G (d×p), latent value map L = A B of rank ≤ k
/// (given by rows), and constitutions (spanning sets in R^d) with RLAIF strengths λ_i &gt; 0.
/// </summary>
public sealed record ContextualCase(double[][] G, double[][] L, double[][][] Constitutions, double[] Strengths)
{
    /// <summary>d ≤ 1 + size/12, p ≤ 1 + size/12 (at most 9), rank L ≤ min(d, p), one to three constitutions.</summary>
    public static Arbitrary<ContextualCase> Arbitrary { get; } = Arb.From(
        Gen.Sized(size =>
            from d in Gen.Choose(1, 1 + Math.Min(8, size / 12))
            from p in Gen.Choose(1, 1 + Math.Min(8, size / 12))
            // Stryker disable once Linq : L = A B with A d×k and B k×p has rank ≤ min(d, p) whatever k is.
            from k in Gen.Choose(1, Math.Min(d, p))
            from g in Reals.NormalMatrix(d, p)
            from left in Reals.NormalMatrix(d, k)
            from right in Reals.NormalMatrix(p, k)
            from count in Gen.Choose(1, 3)
            from constitutions in Gen.ArrayOf(Gen.Choose(1, d).SelectMany(r => Reals.NormalMatrix(r, d)), count)
            from strengths in Gen.ArrayOf(Reals.Uniform(0.1, 3), count)
            select new ContextualCase(g, left.Select(row => right.Select(col => Vectors.Dot(row, col)).ToArray()).ToArray(), constitutions, strengths)));

    /// <inheritdoc/>
    public override string ToString() =>
        $"G={Vectors.Show(G)} L={Vectors.Show(L)} C={string.Join(" ", Constitutions.Select(Vectors.Show))} λ={Vectors.Show(Strengths)}";
}
