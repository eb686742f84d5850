using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Catalogue.Entries.ModelTolerance;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Adversarial constitutions (THEORY T3.1–T3.3, P3.1).</summary>
public static class AdversarialEntries
{
    /// <summary>
    /// T3.1: for ρ &gt; 0, a constitution with A(d_c) &lt; 0 exists iff m is not a positive multiple of Ev. Hypothesis: ρ &gt; margin
    /// and the case is clear of the tolerance band: m is a positive multiple of Ev (sin∠(m, Ev) ≤ 1e-12), or the worst
    /// reachable alignment is below −10³·tolerance. Certificates: the decision is the witness (exists iff the library
    /// returns one), and the witness's A(d_c), evaluated directly, is &lt; 0; when it says none exists, no sampled
    /// constitution has A &lt; −tolerance. (At ρ = 0 the literal statement fails: see the unit tests.)
    /// </summary>
    public static CatalogueEntry AdversarialConstitutionExistsUnlessAligned { get; } = new PropertyEntry<ModelCase>(
        "T3.1", EntryKind.Theorem, nameof(AdversarialConstitutionExistsUnlessAligned),
        "For ρ > 0, a constitution with A(d_c) < 0 exists iff m is not a positive multiple of Ev; the library returns a witness.",
        CatalogueArbitraries.ModelCases(), Existence, ProjectionEntries.Dims);

    private static CaseOutcome Existence(ModelCase c)
    {
        var model = c.Model();
        double rho = model.Quality, tol = AlignmentTolerance(model);
        if (rho <= Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        var (cos, sin) = EuclideanAngle(model.Latent, model.EncodedValue);
        bool positiveMultiple = cos > 0 && sin <= 1e-12;
        var reach = new ReachableAlignment(model);
        bool clearlyAdversarial = reach.Infimum < -1e3 * tol;
        if (!positiveMultiple && !clearlyAdversarial) return CaseOutcome.NotApplicable;

        var conclusion = new Conclusion().IsTrue(reach.AdversarialExists == !positiveMultiple,
            $"library says adversarial exists = {reach.AdversarialExists}, but m is {(positiveMultiple ? "" : "not ")}a positive multiple of Ev");
        if (reach.AdversarialWitness is { } witness)
            conclusion.IsTrue(model.Alignment(model.Activated(witness)) < 0, "the adversarial witness activates a direction with A(d_c) < 0");
        else
            foreach (var s in SampledConstitutions.Of(c, model))
                conclusion.AtLeast(model.Alignment(model.Activated(s)), 0, tol, "no adversarial constitution when m ∥ Ev");
        return conclusion.Outcome();
    }

    /// <summary>
    /// T3.2: for d ≥ 2, inf_c A(d_c) = −ρ·sin∠(m', w') if cos(m', w') ≥ 0 and −ρ otherwise; the library's witnesses come within
    /// any ε ∈ {1e-2, 1e-4, 1e-6} and no sampled constitution goes below.
    /// </summary>
    public static CatalogueEntry WorstConstitutionReachesWhitenedFloor { get; } = new PropertyEntry<ModelCase>(
        "T3.2", EntryKind.Theorem, nameof(WorstConstitutionReachesWhitenedFloor),
        "For d ≥ 2, inf_c A(d_c) = −ρ·sin∠(m', w') if cos(m', w') ≥ 0, else −ρ; witnesses come within any ε.",
        PlanarArbitraries.ModelCases(), c => CeilingEntries.Reachable(c, best: false), ProjectionEntries.Dims);

    /// <summary>
    /// T3.3: for a unit a with ⟨a, Ev⟩ &lt; 0, span(a) is adversarial iff ⟨a, m⟩ &gt; 0; for m = αŵ + βa that is β &gt; α|⟨a, ŵ⟩|;
    /// and if A(g) &gt; A(d_c), strong RLAIF ends below A(g). The harmful direction a is the case's first spanning vector,
    /// its sign chosen so ⟨a, Ev⟩ &lt; 0, with hypothesis A(a) &lt; −margin (scale-free; ⟨a, Ev⟩ &lt; 0 alone is met
    /// by rounding when ρ ≈ 0) and |⟨a, m⟩| &gt; margin·‖m‖; α = ‖m‖ and β = ‖g‖ build the second latent vector.
    /// </summary>
    public static CatalogueEntry HarmfulDirectionActivatedIffLatentLeansToIt { get; } = new PropertyEntry<ModelCase>(
        "T3.3", EntryKind.Theorem, nameof(HarmfulDirectionActivatedIffLatentLeansToIt),
        "For unit a with ⟨a, Ev⟩ < 0, span(a) is adversarial iff ⟨a, m⟩ > 0 (β > α|⟨a, ŵ⟩| for m = αŵ + βa), and strong RLAIF then ends below A(g) when A(g) > A(d_c).",
        CatalogueArbitraries.ModelCases(), HarmfulDirection, ProjectionEntries.Dims);

    private static CaseOutcome HarmfulDirection(ModelCase c)
    {
        var model = c.Model();
        var w = model.EncodedValue;
        double tol = AlignmentTolerance(model);
        var a = Vector<double>.Build.DenseOfArray(c.C[0]);
        if (a.L2Norm() == 0 || w.L2Norm() == 0) return CaseOutcome.NotApplicable;
        a /= a.L2Norm();
        if (a.DotProduct(w) > 0) a = -a;
        double am = a.DotProduct(model.Latent);
        if (model.Alignment(a) >= -Tolerance.HypothesisMargin || Math.Abs(am) <= Tolerance.HypothesisMargin * model.Latent.L2Norm())
            return CaseOutcome.NotApplicable;

        var harmful = Constitution.Span(a);
        double activated = model.Alignment(model.Activated(harmful));
        var conclusion = new Conclusion()
            .IsTrue(activated < 0 == am > 0, $"A(d_c) = {activated:G4} but ⟨a, m⟩ = {am:G4}")
            .AtLeast(Math.Sign(am) * -activated, 0, tol, "sign of A(d_c) opposite to ⟨a, m⟩");

        var wHat = w / w.L2Norm();
        double alpha = model.Latent.L2Norm(), beta = model.Generation.L2Norm(), threshold = alpha * Math.Abs(a.DotProduct(wHat));
        if (Math.Abs(beta - threshold) > Tolerance.HypothesisMargin * (alpha + beta))
        {
            var mixed = model.WithLatent(alpha * wHat + beta * a);
            bool adversarial = mixed.Alignment(mixed.Activated(harmful)) < 0;
            conclusion.IsTrue(adversarial == beta > threshold, $"m = αŵ + βa with α = {alpha:G4}, β = {beta:G4}: adversarial = {adversarial}, β > α|⟨a, ŵ⟩| = {beta > threshold}");
        }

        if (am > 0 && model.Alignment(model.Generation) - activated > Tolerance.HypothesisMargin
            && SelfImprovementEntries.TryPath(c with { C = new[] { a.ToArray() } }, out var path) && path.CrossingStrength is { } crossing)
            foreach (double k in new[] { 1.0, 1e2, 1e4 })
            {
                double lambda = crossing + k * path.NaturalScale;
                conclusion.AtMost(path.AlignmentAt(lambda), path.StartAlignment, PathTolerance(model, path), () => $"A after strong RLAIF (λ = {lambda:G4}) vs A(g)");
            }
        return conclusion.Outcome();
    }

    /// <summary>
    /// P3.1 (false): "the isometric formulas for T2.5/T3.2 (no whitening: cos∠(m, Ev), ρ) hold for any encoder".
    /// Evidence is a constitution from the library whose directly evaluated A(d_c) beats the isometric formula.
    /// </summary>
    public static CatalogueEntry IsometricFormulasHoldForAnyEncoder { get; } = new PropertyEntry<ModelCase>(
        "P3.1", EntryKind.Probe, nameof(IsometricFormulasHoldForAnyEncoder),
        "The isometric formulas for T2.5/T3.2, with cos∠(m, Ev) in place of the whitened angle, hold for any encoder.",
        PlanarArbitraries.ModelCases(), Isometric, ProjectionEntries.Dims, new Dimensions(2, 2));

    private static CaseOutcome Isometric(ModelCase c)
    {
        if (c.RepresentationDimension < 2) return CaseOutcome.NotApplicable;
        var model = c.Model();
        double rho = model.Quality, tol = AlignmentTolerance(model);
        if (rho <= Tolerance.HypothesisMargin) return CaseOutcome.NotApplicable;
        var (cos, sin) = EuclideanAngle(model.Latent, model.EncodedValue);
        double isoSup = cos > 0 ? rho : rho * sin, isoInf = cos >= 0 ? -rho * sin : -rho;
        var reach = new ReachableAlignment(model);
        double best = model.Alignment(model.Activated(reach.BestConstitution(1e-9)));
        double worst = model.Alignment(model.Activated(reach.WorstConstitution(1e-9)));
        return new Conclusion()
            .AtMost(best, isoSup, tol, $"best constitution's A(d_c) vs isometric sup (cos∠(m, Ev) = {cos:G4})")
            .AtLeast(worst, isoInf, tol, $"worst constitution's A(d_c) vs isometric inf (cos∠(m, Ev) = {cos:G4})")
            .Outcome();
    }

    /// <summary>cos and sin of the Euclidean angle ∠(m, w), unwhitened (the isometric formulas' angle).</summary>
    private static (double Cos, double Sin) EuclideanAngle(Vector<double> m, Vector<double> w)
    {
        double cos = LatentValueModel.Cosine(m, w);
        return (cos, (m / m.L2Norm() - cos * w / w.L2Norm()).L2Norm());
    }

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        AdversarialConstitutionExistsUnlessAligned,
        WorstConstitutionReachesWhitenedFloor,
        HarmfulDirectionActivatedIffLatentLeansToIt,
        IsometricFormulasHoldForAnyEncoder,
    ];
}
