using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Catalogue.Entries.ModelTolerance;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Self-improvement and the generation–judgment gap (THEORY T1.1–T1.4, P1.1–P1.3).</summary>
public static class SelfImprovementEntries
{
    private static readonly Dimensions Plane = new(2, 2);

    /// <summary>
    /// T1.1: if Eᵀd_c ≠ 0 then A(g + λd_c) → A(d_c), at the rate |A(g + λd_c) − A(d_c)| ≤ arcsin(1/k) for
    /// λ = k‖Eᵀg‖/‖Eᵀd_c‖, k &gt; 1 (the policy lies in a ball of radius ‖a‖ around λb, seen from 0 under that angle).
    /// </summary>
    public static CatalogueEntry AlignmentTendsToActivatedAlignment { get; } = new PropertyEntry<ModelCase>(
        "T1.1", EntryKind.Theorem, nameof(AlignmentTendsToActivatedAlignment),
        "If Eᵀd_c ≠ 0 then A(g + λ d_c) → A(d_c) as λ → ∞ (checked at the rate arcsin(‖Eᵀg‖/(λ‖Eᵀd_c‖))).",
        CatalogueArbitraries.ModelCases(), Limit, ProjectionEntries.Dims);

    private static CaseOutcome Limit(ModelCase c)
    {
        var model = c.Model();
        var s = c.Constitution();
        var d = model.Activated(s);
        if (d.L2Norm() <= Tolerance.HypothesisMargin * model.Latent.L2Norm()) return CaseOutcome.NotApplicable;
        double scale = model.Encoder.Pullback(model.Generation).L2Norm() / model.Encoder.Pullback(d).L2Norm();
        double limit = model.Alignment(d), tol = AlignmentTolerance(model);
        var conclusion = new Conclusion();
        foreach (double k in new[] { 10.0, 1e3, 1e6 })
        {
            double a = model.Alignment(model.Generation + k * scale * d);
            conclusion.AtMost(Math.Abs(a - limit), Math.Asin(1 / k), tol, () => $"|A(g + λd_c) − A(d_c)| at λ = {k:G}·‖a‖/‖b‖");
        }
        return conclusion.Outcome();
    }

    /// <summary>
    /// T1.2: if Δ(c) ≠ 0, then Λ* is defined (closed form) and beyond it A(g + λd_c) − A(g) has the sign of Δ(c);
    /// and A(g + Λ*d_c) = A(g) when Λ* &gt; 0. Hypothesis: Eᵀd_c ≠ 0 and not a negative multiple of Eᵀg, |Δ| &gt; margin, and a
    /// path tolerance below <see cref="Tolerance.Decisive"/>; drawn with d ≥ 2 (at d = 1, Eᵀd_c is a multiple of Eᵀg: Δ = 0 or excluded).
    /// (At Δ = 0 the library reports no Λ*: see the unit tests of RlaifPath.)
    /// </summary>
    public static CatalogueEntry StrongRlaifFollowsGapSign { get; } = new PropertyEntry<ModelCase>(
        "T1.2", EntryKind.Theorem, nameof(StrongRlaifFollowsGapSign),
        "Let Eᵀd_c ≠ 0. If Δ(c) > 0 (< 0), then for all λ beyond the closed-form crossing strength Λ* (defined only when Δ ≠ 0), A(g + λ d_c) > A(g) (< A(g)).",
        PlanarArbitraries.ModelCases(), Crossing, ProjectionEntries.Dims);

    private static CaseOutcome Crossing(ModelCase c)
    {
        var model = c.Model();
        if (!RlaifPath.TryCreate(model, c.Constitution(), out var path, out _) || Math.Abs(path.Gap) <= Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        if (path.CrossingStrength is not { } lambdaStar)
            return new Conclusion().IsTrue(false, $"Λ* undefined though Δ = {path.Gap:G4} ≠ 0").Outcome();
        double tol = PathTolerance(model, path), sign = Math.Sign(path.Gap);
        if (tol >= Tolerance.Decisive) return CaseOutcome.NotApplicable;
        var conclusion = new Conclusion().AtLeast(lambdaStar, 0, 0, "Λ* ≥ 0");
        if (lambdaStar > 0)
            conclusion.Near(path.AlignmentAt(lambdaStar), path.StartAlignment, tol, "A(g + Λ*d_c) = A(g)");
        foreach (double t in new[] { 1e-3, 1e-1, 1.0, 10.0, 1e3 })
        {
            double lambda = lambdaStar * (1 + t) + t * path.NaturalScale;
            conclusion.AtLeast(sign * (path.AlignmentAt(lambda) - path.StartAlignment), 0, tol, () => $"sign(Δ)·(A(g + λd_c) − A(g)) at λ = {lambda:G4} > Λ* = {lambdaStar:G4}");
        }
        return conclusion.Outcome();
    }

    /// <summary>
    /// T1.3: for a = Eᵀg ≠ 0, b = Eᵀd_c ≠ 0 not a negative multiple of a, |Δ| &gt; margin and |s|·‖a‖/‖b‖ &gt; margin, a path
    /// tolerance below <see cref="Tolerance.Decisive"/>, d ≥ 2
    /// (the boundaries Δ = 0 and s = 0 are checked exactly by the unit tests of RlaifPath), A(g + λd_c) &gt; A(g) for all
    /// λ &gt; 0 iff Δ ≥ 0 and s ≥ 0, not both zero. Checked as certificates: when the library says yes, no strength on a twelve-decade
    /// grid degrades; when it says no, its witness strength does; the closed-form min and max bound every grid value and
    /// are attained where the library says (or are the limit A(d_c)).
    /// </summary>
    public static CatalogueEntry MonotoneImprovementIffGapAndSlope { get; } = new PropertyEntry<ModelCase>(
        "T1.3", EntryKind.Theorem, nameof(MonotoneImprovementIffGapAndSlope),
        "For Eᵀg ≠ 0, Eᵀd_c ≠ 0 not a negative multiple of Eᵀg: A(g + λ d_c) > A(g) for every λ > 0 iff Δ(c) ≥ 0 and s(c) ≥ 0, not both zero; the path's min and max have closed forms.",
        PlanarArbitraries.ModelCases(), Monotone, ProjectionEntries.Dims);

    private static CaseOutcome Monotone(ModelCase c)
    {
        var model = c.Model();
        var constitution = c.Constitution();
        if (!RlaifPath.TryCreate(model, constitution, out var path, out _) || Math.Abs(path.Gap) <= Tolerance.HypothesisMargin
            || Math.Abs(path.InitialSlope * path.NaturalScale) <= Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        double tol = PathTolerance(model, path), start = path.StartAlignment;
        if (tol >= Tolerance.Decisive) return CaseOutcome.NotApplicable;
        bool statement = path.Gap >= 0 && path.InitialSlope >= 0 && !(path.Gap == 0 && path.InitialSlope == 0);
        var conclusion = new Conclusion()
            .IsTrue(path.ImprovesMonotonically == statement, $"decision {path.ImprovesMonotonically} but Δ = {path.Gap:G4}, s = {path.InitialSlope:G4}")
            .Near(path.InitialSlope, model.InitialSlope(constitution), Tolerance.For(Math.Abs(path.InitialSlope), model.Encoder.Condition), "planar s(c) vs gradient s(c)");

        var strengths = StrengthGrid(path.NaturalScale).Append(path.CrossingStrength ?? 0)
            .Concat(new[] { path.Minimum, path.Maximum }.Where(e => !e.AtLimit).Select(e => e.Strength))
            .Where(l => l > 0);
        foreach (double lambda in strengths)
        {
            double a = path.AlignmentAt(lambda);
            conclusion.AtMost(a, path.Maximum.Alignment, tol, () => $"A at λ = {lambda:G4} vs closed-form max")
                      .AtLeast(a, path.Minimum.Alignment, tol, () => $"A at λ = {lambda:G4} vs closed-form min");
            if (path.ImprovesMonotonically)
                conclusion.AtLeast(a, start, tol, () => $"monotone improvement at λ = {lambda:G4}");
        }
        foreach (var e in new[] { path.Minimum, path.Maximum })
            conclusion.Near(e.AtLimit ? path.LimitAlignment : path.AlignmentAt(e.Strength), e.Alignment, tol, "extremum attained where stated");
        if (!path.ImprovesMonotonically)
        {
            double w = path.NonImprovementWitness ?? double.NaN;
            conclusion.IsTrue(w > 0, "a non-improvement witness λ > 0 is given")
                      .AtMost(path.AlignmentAt(w > 0 ? w : 0), start, tol, $"A at the witness λ = {w:G4}");
        }
        return conclusion.Outcome();
    }

    /// <summary>T1.4: EV(g + λd_c) = ⟨g, Ev⟩ + λ⟨d_c, Ev⟩ increases in λ iff A(d_c) &gt; 0 (hypothesis |A(d_c)| &gt; margin).</summary>
    public static CatalogueEntry ExpectedValueRisesIffActivatedAligned { get; } = new PropertyEntry<ModelCase>(
        "T1.4", EntryKind.Theorem, nameof(ExpectedValueRisesIffActivatedAligned),
        "EV(g + λ d_c) increases in λ iff A(d_c) > 0.",
        CatalogueArbitraries.ModelCases(), ExpectedValue, ProjectionEntries.Dims);

    private static CaseOutcome ExpectedValue(ModelCase c)
    {
        var model = c.Model();
        var s = c.Constitution();
        var d = model.Activated(s);
        double activated = model.Alignment(d);
        if (Math.Abs(activated) <= Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        var conclusion = new Conclusion();
        double previous = model.ExpectedValue(model.RlaifStep(s, 0));
        foreach (double lambda in new[] { 0.5, 1.0, 4.0 })
        {
            double ev = model.ExpectedValue(model.RlaifStep(s, lambda));
            double tol = Tolerance.For(Math.Max(Math.Abs(ev), Math.Abs(previous)), model.Encoder.Condition);
            conclusion.AtLeast(Math.Sign(activated) * (ev - previous), 0, tol, () => $"sign(A(d_c))·ΔEV up to λ = {lambda}");
            previous = ev;
        }
        return conclusion.Outcome();
    }

    /// <summary>P1.1 (false): "if Δ(c) &gt; 0 then A(g + λd_c) &gt; A(g) for every λ &gt; 0" — transient degradation.</summary>
    public static CatalogueEntry PositiveGapImprovesAtEveryStrength { get; } = new PropertyEntry<ModelCase>(
        "P1.1", EntryKind.Probe, nameof(PositiveGapImprovesAtEveryStrength),
        "If Δ(c) > 0 then A(g + λ d_c) > A(g) for every λ > 0.",
        PlanarArbitraries.ModelCases(), c => EveryStrength(c, positiveGap: true), ProjectionEntries.Dims, Plane);

    /// <summary>P1.2 (false): "if Δ(c) &lt; 0 then RLAIF never raises alignment" — transient improvement.</summary>
    public static CatalogueEntry NegativeGapNeverImproves { get; } = new PropertyEntry<ModelCase>(
        "P1.2", EntryKind.Probe, nameof(NegativeGapNeverImproves),
        "If Δ(c) < 0 then A(g + λ d_c) ≤ A(g) for every λ > 0.",
        PlanarArbitraries.ModelCases(), c => EveryStrength(c, positiveGap: false), ProjectionEntries.Dims, Plane);

    /// <summary>The claims of P1.1/P1.2, checked by direct evaluation at the path's extreme strength and on a grid.</summary>
    private static CaseOutcome EveryStrength(ModelCase c, bool positiveGap)
    {
        var model = c.Model();
        if (!RlaifPath.TryCreate(model, c.Constitution(), out var path, out _)) return CaseOutcome.NotApplicable;
        if (positiveGap ? path.Gap <= Tolerance.HypothesisMargin : path.Gap >= -Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        var extreme = positiveGap ? path.Minimum : path.Maximum;
        var strengths = StrengthGrid(path.NaturalScale);
        if (!extreme.AtLimit && extreme.Strength > 0) strengths = strengths.Prepend(extreme.Strength);
        double tol = PathTolerance(model, path), start = path.StartAlignment;
        if (tol >= Tolerance.Decisive) return CaseOutcome.NotApplicable;
        var conclusion = new Conclusion();
        foreach (double lambda in strengths)
        {
            double change = path.AlignmentAt(lambda) - start;
            if (positiveGap) conclusion.AtLeast(change, 0, tol, () => $"A(g + λd_c) − A(g) at λ = {lambda:G4} with Δ = {path.Gap:G4}");
            else conclusion.AtMost(change, 0, tol, () => $"A(g + λd_c) − A(g) at λ = {lambda:G4} with Δ = {path.Gap:G4}");
        }
        return conclusion.Outcome();
    }

    /// <summary>P1.3 (false): "expected true value rises only if Δ(c) &gt; 0" — false whenever 0 &lt; A(d_c) &lt; A(g).</summary>
    public static CatalogueEntry ExpectedValueRisesOnlyWithPositiveGap { get; } = new PropertyEntry<ModelCase>(
        "P1.3", EntryKind.Probe, nameof(ExpectedValueRisesOnlyWithPositiveGap),
        "If EV(g + λ d_c) rises with λ then Δ(c) > 0.",
        PlanarArbitraries.ModelCases(), RisesOnlyWithGap, ProjectionEntries.Dims, Plane);

    private static CaseOutcome RisesOnlyWithGap(ModelCase c)
    {
        var model = c.Model();
        var s = c.Constitution();
        double before = model.ExpectedValue(model.Generation), after = model.ExpectedValue(model.RlaifStep(s, 1.0));
        if (after - before <= Tolerance.HypothesisMargin * Math.Max(1, Math.Abs(before))) return CaseOutcome.NotApplicable;
        return new Conclusion().AtLeast(model.Gap(s), 0, AlignmentTolerance(model), $"Δ(c) while EV rises from {before:G4} to {after:G4}").Outcome();
    }

    /// <summary>The RLAIF path of the case, or false when it is not defined (d_c = 0, or Eᵀd_c a negative multiple of Eᵀg).</summary>
    internal static bool TryPath(ModelCase c, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RlaifPath? path) =>
        RlaifPath.TryCreate(c.Model(), c.Constitution(), out path, out _);

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        AlignmentTendsToActivatedAlignment,
        StrongRlaifFollowsGapSign,
        MonotoneImprovementIffGapAndSlope,
        ExpectedValueRisesIffActivatedAligned,
        PositiveGapImprovesAtEveryStrength,
        NegativeGapNeverImproves,
        ExpectedValueRisesOnlyWithPositiveGap,
    ];
}
