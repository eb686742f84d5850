using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Catalogue.Statistics;
using RlaifTheorems.Kernels;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Several objectives (THEORY T5.1–T5.3).</summary>
public static class MultiObjectiveEntries
{
    /// <summary>
    /// T5.1 (Gordan): K(g) ≠ ∅ iff 0 ∉ conv{n_i}. The library's certificate is verified, never trusted: a witness u must have
    /// ⟨u, n_i⟩ &gt; 0 for every i; weights must be ≥ 0, sum to 1 and combine the n_i to 0 within the tolerance. The gradients
    /// themselves are checked against central differences of A_i (for κ(E) ≤ 10, where the difference quotient is accurate).
    /// </summary>
    public static CatalogueEntry ParetoConeNonEmptyIffZeroOutsideHull { get; } = new PropertyEntry<MultiObjectiveCase>(
        "T5.1", EntryKind.Theorem, nameof(ParetoConeNonEmptyIffZeroOutsideHull),
        "K(g) ≠ ∅ iff 0 ∉ conv{n_i} (Gordan); the library returns a witness u ∈ K(g) or convex weights with Σλ_i n_i = 0, and both are verified.",
        CatalogueArbitraries.MultiObjectiveCases(), Gordan, Dims);

    private static CaseOutcome Gordan(MultiObjectiveCase c)
    {
        var normals = c.Gradients();
        var encoder = c.Encoder();
        var g = Vector<double>.Build.DenseOfArray(c.G);
        var certificate = Core.Theory.Gordan.Decide(normals);
        var conclusion = Verify(certificate, normals, encoder.Condition);
        if (encoder.Condition <= 10)
        {
            var values = c.ValueDirections();
            for (int i = 0; i < values.Count; i++)
                conclusion.Near((normals[i] - CentralDifference(encoder, values[i], g)).L2Norm(), 0, 1e-6 / g.L2Norm(), () => $"∇A_{i}(g) vs central differences");
        }
        return conclusion.Outcome();
    }

    /// <summary>Checks a Gordan certificate for <paramref name="normals"/>: a witness's inner products, or the weights' sign, sum and residual.</summary>
    internal static Conclusion Verify(ParetoCertificate certificate, IReadOnlyList<Vector<double>> normals, double condition)
    {
        var conclusion = new Conclusion();
        if (certificate.Witness is { } w)
        {
            var u = Vector<double>.Build.DenseOfArray(w);
            for (int i = 0; i < normals.Count; i++)
                conclusion.IsTrue(u.DotProduct(normals[i]) > 0, $"witness has ⟨u, n_{i}⟩ = {u.DotProduct(normals[i]):G3} ≤ 0");
            return conclusion;
        }
        var lambda = certificate.Weights ?? throw new InvalidOperationException("a certificate has a witness or weights");
        double scale = normals.Max(n => n.L2Norm());
        return conclusion
            .IsTrue(lambda.All(l => l >= 0), "weights are non-negative")
            .Near(lambda.Sum(), 1, 1e-12, "weights sum to 1")
            .Near(Core.Theory.Gordan.Combine(normals, lambda).L2Norm(), 0, Tolerance.For(scale, condition * normals.Count), "‖Σλ_i n_i‖");
    }

    private static Vector<double> CentralDifference(Encoder e, ValueDirection v, Vector<double> g)
    {
        double h = 1e-5 * g.L2Norm();
        var model = new LatentValueModel(e, v, g, g);
        return Vector<double>.Build.Dense(g.Count, j =>
        {
            var step = Vector<double>.Build.Dense(g.Count, k => k == j ? h : 0);
            return (model.Alignment(g + step) - model.Alignment(g - step)) / (2 * h);
        });
    }

    /// <summary>Uniform directions per case of the T5.2 LAW.</summary>
    public const int ConeSamples = 100_000;
    /// <summary>Angles of the deterministic quadrature in the plane of n₁, n₂.</summary>
    public const int ConeQuadrature = 100_000;

    /// <summary>
    /// T5.2 THEOREM + LAW: for two objectives the fraction of unit directions of R^d (d ≥ 2) in K(g) is (π − α)/(2π),
    /// α = ∠(n₁, n₂). THEOREM: the library's value agrees with an angular quadrature of the cone in span(n₁, n₂) (error ≤ 4/10⁵).
    /// LAW: 10⁵ uniform directions per case (<see cref="ParetoFractionKernel"/>) agree with it within Hoeffding's bound at
    /// α = 1e-6/10, so ≤ 1e-6 per run.
    /// </summary>
    public static CatalogueEntry ParetoConeFractionNarrowsWithConflict { get; } = new PropertyEntry<MultiObjectiveCase>(
        "T5.2", EntryKind.Law, nameof(ParetoConeFractionNarrowsWithConflict),
        $"For two objectives the fraction of directions in K(g) is (π − α)/(2π), α = ∠(n₁, n₂), in any d ≥ 2 (quadrature, and N = {ConeSamples:N0} uniform directions per case with a Hoeffding bound; false-alarm ≤ 1e-6 per run).",
        TwoObjectiveArbitraries.MultiObjectiveCases(), ConeFraction, Dims, fixedCases: LawBudget.Cases, falseAlarmRate: LawBudget.FalseAlarmRate);

    private static CaseOutcome ConeFraction(MultiObjectiveCase c)
    {
        var n = c.Gradients();
        double margin = Tolerance.HypothesisMargin * (n[0].L2Norm() + n[1].L2Norm());
        if (c.RepresentationDimension < 2 || n[0].L2Norm() <= margin || n[1].L2Norm() <= margin) return CaseOutcome.NotApplicable;
        double exact = MultiObjective.TwoObjectiveConeFraction(n[0], n[1]);

        // Quadrature: the cone is {φ : cos φ > 0, cos(φ − α) > 0} in the plane with n̂₁ at angle 0.
        double alpha = Math.Acos(LatentValueModel.Cosine(n[0], n[1]));
        int inside = 0;
        for (int k = 0; k < ConeQuadrature; k++)
        {
            double phi = 2 * Math.PI * (k + 0.5) / ConeQuadrature;
            if (Math.Cos(phi) > 0 && Math.Cos(phi - alpha) > 0) inside++;
        }

        ulong seed = (ulong)CaseSeed.Of(c.E.SelectMany(r => r), c.Values.SelectMany(r => r), c.G);
        long hits = ParetoFractionKernel.CountInCone(n[0].ToArray(), n[1].ToArray(), ConeSamples, seed);
        return new Conclusion()
            .Near((double)inside / ConeQuadrature, exact, 4.0 / ConeQuadrature + Tolerance.For(), "angular quadrature of K(g) vs (π − α)/(2π)")
            .WithinBound("fraction of uniform directions in K(g)", ConeSamples, (double)hits / ConeSamples, exact,
                ConfidenceBound.Hoeffding(ConeSamples, LawBudget.PerCheck(1)))
            .Outcome();
    }

    /// <summary>
    /// T5.3: a locally Pareto-improving constitution (d_c ∈ K(g)) exists iff 0 ∉ conv{n_1…n_k, m}. The library's certificate
    /// for {n_i} ∪ {m} is verified; a witness becomes the constitution span(u), whose activated direction d_c = P_c m is checked
    /// directly to satisfy ⟨d_c, n_i⟩ &gt; 0 for every objective.
    /// </summary>
    public static CatalogueEntry ParetoConstitutionExistsIffZeroOutsideHullWithLatent { get; } = new PropertyEntry<MultiObjectiveCase>(
        "T5.3", EntryKind.Theorem, nameof(ParetoConstitutionExistsIffZeroOutsideHullWithLatent),
        "A locally Pareto-improving constitution exists iff 0 ∉ conv{n_1, …, n_k, m}; its activated direction is checked to lie in K(g).",
        CatalogueArbitraries.MultiObjectiveCases(), ParetoConstitution, Dims);

    private static CaseOutcome ParetoConstitution(MultiObjectiveCase c)
    {
        var encoder = c.Encoder();
        var m = Vector<double>.Build.DenseOfArray(c.M);
        var g = Vector<double>.Build.DenseOfArray(c.G);
        var normals = c.Gradients();
        var certificate = MultiObjective.ParetoConstitutionCertificate(encoder, c.ValueDirections(), m, g);
        var conclusion = Verify(certificate, normals.Append(m).ToList(), encoder.Condition);
        if (MultiObjective.ParetoConstitution(certificate) is { } constitution)
        {
            var d = constitution.Project(m);
            for (int i = 0; i < normals.Count; i++)
                conclusion.IsTrue(d.DotProduct(normals[i]) > 0, $"activated direction has ⟨d_c, n_{i}⟩ = {d.DotProduct(normals[i]):G3} ≤ 0");
        }
        return conclusion.Outcome();
    }

    private static Dimensions Dims(MultiObjectiveCase c) => new(c.WorldDimension, c.RepresentationDimension);

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        ParetoConeNonEmptyIffZeroOutsideHull,
        ParetoConeFractionNarrowsWithConflict,
        ParetoConstitutionExistsIffZeroOutsideHullWithLatent,
    ];
}
