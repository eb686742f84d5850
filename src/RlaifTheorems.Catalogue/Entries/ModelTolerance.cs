using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>The tolerance policy applied to a model: alignments are O(1), the condition is κ(E).</summary>
public static class ModelTolerance
{
    /// <summary>Tolerance for comparing alignments (magnitude ≤ 1) computed from <paramref name="model"/>.</summary>
    public static double AlignmentTolerance(LatentValueModel model) => Tolerance.For(1.0, model.Encoder.Condition);

    /// <summary>Tolerance for alignments along an RLAIF path: the condition is κ(E) times the path's own condition 1/cos(θ/2).</summary>
    public static double PathTolerance(LatentValueModel model, RlaifPath path) => Tolerance.For(1.0, model.Encoder.Condition * path.Condition);

    /// <summary>Strengths λ ∈ {scale·10^{k/4} : k = −24…24}: a geometric grid over twelve decades around the path's natural scale.</summary>
    public static IEnumerable<double> StrengthGrid(double scale) =>
        Enumerable.Range(-24, 49).Select(k => scale * Math.Pow(10, k / 4.0));
}
