using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Low rank: the refusal direction and safety subspaces (THEORY T4.1–T4.3).</summary>
public static class LowRankEntries
{
    /// <summary>T4.1: for every constitution S with P_S m ≠ 0, the rank-1 constitution span(P_S m) activates the same direction.</summary>
    public static CatalogueEntry RankOneConstitutionSuffices { get; } = new PropertyEntry<ModelCase>(
        "T4.1", EntryKind.Theorem, nameof(RankOneConstitutionSuffices),
        "For every constitution S, the rank-1 constitution span(P_S m) activates the same direction.",
        CatalogueArbitraries.ModelCases(), RankOne, ProjectionEntries.Dims);

    private static CaseOutcome RankOne(ModelCase c)
    {
        var model = c.Model();
        var x = model.Activated(c.Constitution());
        double mm = model.Latent.L2Norm();
        if (x.L2Norm() <= Tolerance.HypothesisMargin * mm) return CaseOutcome.NotApplicable;
        return new Conclusion()
            .Near((model.Activated(Constitution.Span(x)) - x).L2Norm(), 0, Tolerance.For(mm, c.C.Length), "‖P_span(x) m − x‖ for x = P_S m")
            .Outcome();
    }

    /// <summary>T4.2: rank(G' − G) ≤ min(Σ rank P_{c_i}, rank L) and G' − G lies in span(S_{c₁} ∪ … ∪ S_{c_k}).</summary>
    public static CatalogueEntry UpdateRankBoundedByConstitution { get; } = new PropertyEntry<ContextualCase>(
        "T4.2", EntryKind.Theorem, nameof(UpdateRankBoundedByConstitution),
        "rank(G' − G) ≤ min(rank P_c, rank L); with several constitutions the update lies in the span of their subspaces.",
        CatalogueArbitraries.ContextualCases(), RankBound, c => new Dimensions(c.L[0].Length, c.G.Length));

    private static CaseOutcome RankBound(ContextualCase c)
    {
        var (g, l, steps) = Parts(c);
        var update = ContextualRlaif.Update(g, l, steps) - g;
        var union = Constitution.Sum(steps.Select(s => s.Constitution).ToList());
        int bound = Math.Min(steps.Sum(s => s.Constitution.Rank), NumericalRank.Of(l));
        double scale = steps.Sum(s => s.Strength) * l.FrobeniusNorm();
        var conclusion = new Conclusion()
            .AtMost(NumericalRank.Of(update), bound, 0, "rank(G' − G) vs min(Σ rank P_c, rank L)")
            .Near((update - union.Project(update)).FrobeniusNorm(), 0, Tolerance.For(scale, c.G.Length), "‖(I − P_∪) (G' − G)‖_F");
        if (steps.Count == 1)
            conclusion.AtMost(NumericalRank.Of(update), Math.Min(steps[0].Constitution.Rank, NumericalRank.Of(l)), 0, "rank(G' − G) vs min(rank P_c, rank L)");
        return conclusion.Outcome();
    }

    /// <summary>
    /// T4.3: ablating S_c, (I − P_c)G' = (I − P_c)G, erases the update of one constitution; activation addition
    /// G x + λ P_c(L x), prompt by prompt, reproduces G' x.
    /// </summary>
    public static CatalogueEntry AblationErasesUpdate { get; } = new PropertyEntry<ContextualCase>(
        "T4.3", EntryKind.Theorem, nameof(AblationErasesUpdate),
        "Directional ablation (I − P_c) erases the RLAIF update exactly; activation addition of λ P_c L x reproduces it.",
        CatalogueArbitraries.ContextualCases(), Ablation, c => new Dimensions(c.L[0].Length, c.G.Length));

    private static CaseOutcome Ablation(ContextualCase c)
    {
        var (g, l, steps) = Parts(c);
        var (constitution, lambda) = steps[0];
        var updated = ContextualRlaif.Update(g, l, new[] { (constitution, lambda) });
        double tol = Tolerance.For(g.FrobeniusNorm() + lambda * l.FrobeniusNorm(), g.RowCount);
        var conclusion = new Conclusion();
        for (int j = 0; j < g.ColumnCount; j++)
        {
            conclusion.Near((constitution.Ablate(updated.Column(j)) - constitution.Ablate(g.Column(j))).L2Norm(), 0, tol, () => $"ablated column {j}");
            var added = g.Column(j) + lambda * constitution.Project(l.Column(j));
            conclusion.Near((added - updated.Column(j)).L2Norm(), 0, tol, () => $"activation addition on prompt e_{j}");
        }
        return conclusion.Outcome();
    }

    private static (Matrix<double> G, Matrix<double> L, List<(Constitution Constitution, double Strength)> Steps) Parts(ContextualCase c) => (
        Matrix<double>.Build.DenseOfRowArrays(c.G),
        Matrix<double>.Build.DenseOfRowArrays(c.L),
        c.Constitutions.Select((rows, i) => (Constitution.FromSpanningSet(rows), c.Strengths[i])).ToList());

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        RankOneConstitutionSuffices,
        UpdateRankBoundedByConstitution,
        AblationErasesUpdate,
    ];
}
