using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Constitutions as projections (THEORY L1, L2).</summary>
public static class ProjectionEntries
{
    /// <summary>
    /// L1: for every subspace S, x = P_S m satisfies ⟨x, m − x⟩ = 0 (x lies on the sphere with diameter [0, m]);
    /// every x ≠ 0 on that sphere is P_{span(x)} m; every u with ⟨u, m⟩ &gt; 0 is the direction of P_{span(u)} m.
    /// </summary>
    public static CatalogueEntry ActivatedDirectionsFillOpenHemisphere { get; } = new PropertyEntry<ModelCase>(
        "L1", EntryKind.Theorem, nameof(ActivatedDirectionsFillOpenHemisphere),
        "Activated directions P_S m lie on the sphere with diameter [0, m], every point of it is reached, and their directions are exactly the open hemisphere ⟨u, m⟩ > 0.",
        CatalogueArbitraries.ModelCases(), ReachableDirections, Dims);

    private static CaseOutcome ReachableDirections(ModelCase c)
    {
        var s = c.Constitution();
        var m = Vector<double>.Build.DenseOfArray(c.M);
        double mm = m.L2Norm(), tol = Tolerance.For(mm * mm);
        var x = s.Project(m);
        var conclusion = new Conclusion()
            .Near(x.DotProduct(m - x), 0, tol, "⟨x, m − x⟩ for x = P_S m")
            .AtLeast(x.DotProduct(m), 0, tol, "⟨P_S m, m⟩");

        // Converse: the sphere point m/2 + (‖m‖/2)·ĝ is P_{span(it)} m. Forming x cancels when ĝ ≈ −m̂, so the
        // computation's condition number is ‖m‖/‖x‖.
        var g = Vector<double>.Build.DenseOfArray(c.G);
        var onSphere = m / 2 + mm / 2 * (g / g.L2Norm());
        double xx = onSphere.L2Norm();
        if (xx > Tolerance.HypothesisMargin * mm)
            conclusion.Near((Constitution.Span(onSphere).Project(m) - onSphere).L2Norm(), 0, Tolerance.For(mm, mm / xx), "‖P_span(x) m − x‖ for x on the sphere");

        // Hemisphere: u = ±g with ⟨u, m⟩ > 0 is the direction of P_{span(u)} m.
        double gm = g.DotProduct(m);
        if (Math.Abs(gm) > Tolerance.HypothesisMargin * mm * g.L2Norm())
        {
            var u = gm > 0 ? g : -g;
            conclusion.Near(LatentValueModel.Cosine(Constitution.Span(u).Project(m), u), 1, Tolerance.For(), "cos∠(P_span(u) m, u) for ⟨u, m⟩ > 0");
        }
        return conclusion.Outcome();
    }

    /// <summary>L2: P_c is symmetric and idempotent, applying a constitution twice changes nothing, and the
    /// orthonormalised basis spans exactly the given spanning set.</summary>
    public static CatalogueEntry ProjectorIsSymmetricIdempotent { get; } = new PropertyEntry<ModelCase>(
        "L2", EntryKind.Theorem, nameof(ProjectorIsSymmetricIdempotent),
        "P_c is symmetric and idempotent: applying a constitution twice changes nothing.",
        CatalogueArbitraries.ModelCases(), SymmetricIdempotent, Dims);

    private static CaseOutcome SymmetricIdempotent(ModelCase c)
    {
        var s = c.Constitution();
        var p = s.Projector;
        var m = Vector<double>.Build.DenseOfArray(c.M);
        double tol = Tolerance.For(c.RepresentationDimension);
        var conclusion = new Conclusion()
            .Near((p - p.Transpose()).InfinityNorm(), 0, tol, "‖P − Pᵀ‖∞")
            .Near((p * p - p).InfinityNorm(), 0, tol, "‖P² − P‖∞")
            .Near((s.Basis.TransposeThisAndMultiply(s.Basis) - Matrix<double>.Build.DenseIdentity(s.Rank)).InfinityNorm(), 0, tol, "‖QᵀQ − I‖∞")
            .Near((s.Project(s.Project(m)) - s.Project(m)).L2Norm(), 0, Tolerance.For(m.L2Norm()), "‖P(P m) − P m‖")
            .IsTrue(s.Rank == NumericalRank.Of(Matrix<double>.Build.DenseOfRowArrays(c.C)), "rank of the orthonormalised basis equals the numerical rank of the spanning set");
        foreach (var row in c.C)
        {
            var x = Vector<double>.Build.DenseOfArray(row);
            conclusion.Near((s.Project(x) - x).L2Norm(), 0, Tolerance.For(x.L2Norm(), c.C.Length), "‖P s − s‖ for a spanning vector s");
        }
        return conclusion.Outcome();
    }

    internal static Dimensions Dims(ModelCase c) => new(c.WorldDimension, c.RepresentationDimension);

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        ActivatedDirectionsFillOpenHemisphere,
        ProjectorIsSymmetricIdempotent,
    ];
}
