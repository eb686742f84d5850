using RlaifTheorems.Core.LinearAlgebra;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Simulation;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Catalogue.Statistics;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Catalogue.Entries.ModelTolerance;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>The ceiling on RLAIF quality (THEORY T2.1–T2.5).</summary>
public static class CeilingEntries
{
    /// <summary>T2.1: A(u) ≤ ρ(E, v) for every u ≠ 0; so no constitution and no policy g + Σλ_i d_i exceeds ρ.</summary>
    public static CatalogueEntry CeilingBoundsEveryDirection { get; } = new PropertyEntry<ModelCase>(
        "T2.1", EntryKind.Theorem, nameof(CeilingBoundsEveryDirection),
        "For every encoder E and every u ≠ 0, A(u) ≤ ρ(E, v): no constitution or RLAIF policy exceeds the ceiling.",
        CatalogueArbitraries.ModelCases(), BoundsEveryDirection, ProjectionEntries.Dims);

    private static CaseOutcome BoundsEveryDirection(ModelCase c)
    {
        var model = c.Model();
        double rho = model.Quality, tol = AlignmentTolerance(model);
        int d = c.RepresentationDimension;
        var activated = c.C.Where(row => row.Any(t => t != 0))
            .Select(row => Constitution.Span(Vector<double>.Build.DenseOfArray(row)).Project(model.Latent)).ToList();
        var dc = model.Activated(c.Constitution());
        var directions = new List<Vector<double>> { model.Latent, model.Generation, model.Generation + dc, model.Generation + 1e3 * dc };
        if (dc.L2Norm() > 0) directions.Add(dc);
        directions.Add(activated.Select((x, i) => (i + 1.0) * x).Aggregate(model.Generation, (sum, x) => sum + x));
        directions.AddRange(activated.Where(x => x.L2Norm() > 0));
        for (int i = 0; i < d; i++)
        {
            directions.Add(Vector<double>.Build.Dense(d, k => k == i ? 1 : 0));
            directions.Add(Vector<double>.Build.Dense(d, k => k == i ? -1 : 0));
        }
        var conclusion = new Conclusion();
        foreach (var u in directions)
            conclusion.AtMost(model.Alignment(u), rho, tol, "A(u) ≤ ρ");
        return conclusion.Outcome();
    }

    /// <summary>T2.2: when ρ &gt; 0, A(u*) = ρ for u* = M^{-1}Ev; ρ agrees with an independent QR computation of ‖P_row(E) v‖.</summary>
    public static CatalogueEntry CeilingAttainedByWhitenedValue { get; } = new PropertyEntry<ModelCase>(
        "T2.2", EntryKind.Theorem, nameof(CeilingAttainedByWhitenedValue),
        "The ceiling is attained: A(M⁻¹Ev) = ρ when ρ > 0 (u* = w for an isometric encoder).",
        CatalogueArbitraries.ModelCases(), Attained, ProjectionEntries.Dims);

    private static CaseOutcome Attained(ModelCase c)
    {
        var model = c.Model();
        double rho = model.Quality, tol = AlignmentTolerance(model);
        if (rho <= Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        var q = model.Encoder.Matrix.Transpose().QR(QRMethod.Thin).Q;
        double rhoQr = q.TransposeThisAndMultiply(model.Value.Vector).L2Norm();
        var conclusion = new Conclusion()
            .Near(model.Alignment(model.Encoder.CeilingDirection(model.Value)), rho, tol, "A(u*) = ρ")
            .Near(rho, rhoQr, tol, "ρ by SVD vs ρ by QR");
        if (model.Encoder.IsIsometric)
            conclusion.Near(model.Alignment(model.EncodedValue), rho, tol, "A(w) = ρ for an isometric encoder");
        return conclusion.Outcome();
    }

    /// <summary>T2.3: row(E₁) ⊆ row(E₂) ⟹ ρ(E₁, v) ≤ ρ(E₂, v). E₁ = Q_cᵀE (the encoder read through the case's
    /// constitution) and E₁ = a single row of E both have row spaces inside row(E) by construction.</summary>
    public static CatalogueEntry CeilingGrowsWithCapacity { get; } = new PropertyEntry<ModelCase>(
        "T2.3", EntryKind.Theorem, nameof(CeilingGrowsWithCapacity),
        "If row(E₁) ⊆ row(E₂) then ρ(E₁, v) ≤ ρ(E₂, v): the ceiling grows with capacity.",
        CatalogueArbitraries.ModelCases(), Capacity, ProjectionEntries.Dims);

    private static CaseOutcome Capacity(ModelCase c)
    {
        var model = c.Model();
        var e = model.Encoder.Matrix;
        double rho = model.Quality, tol = AlignmentTolerance(model);
        var smaller = new[] { c.Constitution().Basis.TransposeThisAndMultiply(e), e.SubMatrix(0, 1, 0, e.ColumnCount) };
        var conclusion = new Conclusion();
        foreach (var e1 in smaller)
            conclusion.AtMost(new Encoder(e1).Quality(model.Value), rho, tol, $"ρ of a {e1.RowCount}-row sub-encoder vs ρ of E");
        return conclusion.Outcome();
    }

    /// <summary>Samples per case of the T2.4 LAW.</summary>
    public const int HaarSamples = 20_000;

    /// <summary>
    /// T2.4 LAW: for a Haar-random d-dimensional row space of R^D (rows of a Gaussian E), ρ² ~ Beta(d/2, (D−d)/2),
    /// E[ρ²] = d/D. Per case: N = 20,000 samples; the mean is checked with Hoeffding's bound and the law with the DKW
    /// bound on the Kolmogorov–Smirnov statistic, each at α = 1e-6/(2·10), so a run of 10 cases false-alarms with
    /// probability ≤ 1e-6.
    /// </summary>
    public static CatalogueEntry HaarCeilingIsBetaDistributed { get; } = new PropertyEntry<LawCase>(
        "T2.4", EntryKind.Law, nameof(HaarCeilingIsBetaDistributed),
        $"For a Haar-random d-dim row space in R^D, ρ² ~ Beta(d/2, (D−d)/2) and E[ρ²] = d/D (N = {HaarSamples:N0} per case, Hoeffding + DKW bounds, false-alarm ≤ 1e-6 per run).",
        CatalogueArbitraries.LawCases(), HaarLaw, c => new Dimensions(c.WorldDimension, c.RepresentationDimension),
        fixedCases: LawBudget.Cases, falseAlarmRate: LawBudget.FalseAlarmRate);

    private static CaseOutcome HaarLaw(LawCase c)
    {
        int d = c.RepresentationDimension, dWorld = c.WorldDimension;
        var encoders = HaarCeilings.GaussianEncoders(d, dWorld, HaarSamples, c.Seed);
        var samples = HaarCeilings.SquaredCeilings(encoders, d, dWorld, HaarSamples);

        // Cross-check the first samples against the library's ρ.
        var v = ValueDirection.Of(Enumerable.Range(0, dWorld).Select(j => j == 0 ? 1.0 : 0.0).ToArray());
        double crossCheck = 0;
        for (int s = 0; s < 50; s++)
        {
            var e = Matrix<double>.Build.Dense(d, dWorld, (i, j) => encoders[(s * d + i) * dWorld + j]);
            crossCheck = Math.Max(crossCheck, Math.Abs(Math.Pow(new Encoder(e).Quality(v), 2) - samples[s]));
        }
        double alpha = LawBudget.PerCheck(2);
        double mean = samples.Average(), exact = (double)d / dWorld;
        double meanBound = ConfidenceBound.Hoeffding(samples.Length, alpha);
        double ks = ConfidenceBound.KolmogorovSmirnov(samples, x => Beta.CDF(d / 2.0, (dWorld - d) / 2.0, x));
        double ksBound = ConfidenceBound.Dkw(samples.Length, alpha);
        return new Conclusion()
            .WithinBound("mean of ρ² vs d/D", samples.Length, mean, exact, meanBound)
            .WithinBound($"KS distance to Beta({d}/2, {dWorld - d}/2)", samples.Length, ks, 0, ksBound)
            .IsTrue(crossCheck <= Tolerance.For(), $"ρ² by Gram–Schmidt vs Encoder.Quality differ by {crossCheck:G3}")
            .Outcome();
    }

    /// <summary>
    /// T2.5: for d ≥ 2, sup_c A(d_c) = ρ if cos(m', w') &gt; 0 and ρ·sin∠(m', w') otherwise (whitened). Checked both ways:
    /// the library's witnesses come within ε ∈ {1e-2, 1e-4, 1e-6} of the value, and no sampled constitution exceeds it.
    /// (For d = 1 the only constitution is R¹ and the formula fails when cos &lt; 0; see the unit tests.)
    /// </summary>
    public static CatalogueEntry BestConstitutionReachesWhitenedCeiling { get; } = new PropertyEntry<ModelCase>(
        "T2.5", EntryKind.Theorem, nameof(BestConstitutionReachesWhitenedCeiling),
        "For d ≥ 2, sup_c A(d_c) = ρ if cos(m', w') > 0, else ρ·sin∠(m', w') (whitened m' = M^{-1/2}m, w' = M^{-1/2}Ev).",
        PlanarArbitraries.ModelCases(), c => Reachable(c, best: true), ProjectionEntries.Dims);

    /// <summary>The shared check of T2.5 (best) and T3.2 (worst): formula, witnesses within ε, sampled constitutions within the bound.</summary>
    internal static CaseOutcome Reachable(ModelCase c, bool best)
    {
        if (c.RepresentationDimension < 2) return CaseOutcome.NotApplicable;
        var model = c.Model();
        var reach = new ReachableAlignment(model);
        double tol = AlignmentTolerance(model);
        var wPrime = model.Encoder.WhitenedValue(model.Value);
        var mPrime = model.Encoder.Whiten(model.Latent);
        double rho = wPrime.L2Norm();
        double cos = rho == 0 ? 0 : LatentValueModel.Cosine(mPrime, wPrime);
        double sin = rho == 0 ? 1 : (mPrime / mPrime.L2Norm() - cos * wPrime / rho).L2Norm();
        double formula = best ? (cos > 0 ? rho : rho * sin) : (cos < 0 ? -rho : -rho * sin);
        double sign = best ? 1 : -1;
        var conclusion = new Conclusion()
            .Near(best ? reach.Supremum : reach.Infimum, formula, tol, best ? "library sup vs formula" : "library inf vs formula");
        foreach (double eps in new[] { 1e-2, 1e-4, 1e-6 })
        {
            var witness = best ? reach.BestConstitution(eps) : reach.WorstConstitution(eps);
            conclusion.AtLeast(sign * model.Alignment(model.Activated(witness)), sign * formula - eps, tol, () => $"witness for ε = {eps:G}");
        }
        foreach (var s in SampledConstitutions.Of(c, model))
            conclusion.AtMost(sign * model.Alignment(model.Activated(s)), sign * formula, tol, best ? "A(d_c) ≤ sup" : "A(d_c) ≥ inf");
        return conclusion.Outcome();
    }

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        CeilingBoundsEveryDirection,
        CeilingAttainedByWhitenedValue,
        CeilingGrowsWithCapacity,
        HaarCeilingIsBetaDistributed,
        BestConstitutionReachesWhitenedCeiling,
    ];
}
