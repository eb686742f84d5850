using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Formal.Exact;

namespace RlaifTheorems.Properties.Formal.Exact;

/// <summary>
/// On models with exact rational entries (<see cref="ExactModelCases"/>), each THEOREM's floating-point property and its
/// conclusion decided in exact arithmetic, with no tolerance at all, agree on every case: both hold. Where the library
/// makes a decision (T1.3's "improves at every strength", T3.1's "adversarial exists", T1.2's "Λ* is defined"), its
/// decision is the exact one — for T1.2 and T1.3 off the exact boundary (Δ = 0 or s = 0 exactly), which the small
/// entries make common and which floating point cannot see: there the library's Δ or s is ±1e-17 (an open point, counted
/// as "exact boundary" in each run's classification). The library's closed forms are compared with exact values too: Λ* with
/// the exact root, the path's interior extremes ±r with the exact r², T2.5's supremum, T3.2's infimum and T1.1's limit with
/// their exact values. 10,000 cases each.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ExactModelCases) }, MaxTest = 10_000, EndSize = 100)]
public sealed class ExactAgreementTests
{
    private static Property Agree(string id, ModelCase c, Func<ExactDecisions, bool> exact)
    {
        var floating = TheoremCatalogue.Find(id)!.Evaluate(c);
        bool exactHolds = exact(new ExactDecisions(c.E, c.V, c.M, c.G, c.C));
        return (floating.Holds && exactHolds).Label($"{id}: float {(floating.Holds ? "holds" : "fails: " + floating.Detail)}, exact {(exactHolds ? "holds" : "fails")}")
            .Classify(floating.HypothesisMet, "hypothesis met");
    }

    [SeededProperty] public Property L1OnEveryExactCase(ModelCase c) => Agree("L1", c, x => x.ActivatedDirectionOnSphere());
    [SeededProperty] public Property L2OnEveryExactCase(ModelCase c) => Agree("L2", c, x => x.ProjectorSymmetricIdempotent());
    [SeededProperty] public Property T41OnEveryExactCase(ModelCase c) => Agree("T4.1", c, x => x.RankOneActivatesSame());

    [SeededProperty]
    public Property T21OnEveryExactCase(ModelCase c) => Agree("T2.1", c, x =>
        new[] { c.M, c.G }.Concat(c.C).Where(u => u.Any(t => t != 0)).All(u => c.Model().Encoder.Pullback(Build(u)).L2Norm() == 0 || x.AlignmentAtMostCeiling(u)));

    [SeededProperty]
    public Property T23OnEveryExactCase(ModelCase c) => Agree("T2.3", c, x => c.C.All(x.CapacityMonotone));

    [SeededProperty]
    public Property T14OnEveryExactCase(ModelCase c) => Agree("T1.4", c, x =>
        Math.Sign(c.Model().Alignment(c.Model().Activated(c.Constitution()))) == x.ExpectedValueSlopeSign() || x.ExpectedValueSlopeSign() == 0);

    [SeededProperty] public Property T11OnEveryExactCase(ModelCase c) => Agree("T1.1", c, x => x.ApproachesActivatedAlignment());
    [SeededProperty] public Property T22OnEveryExactCase(ModelCase c) => Agree("T2.2", c, x => x.CeilingAttained());
    [SeededProperty] public Property T25OnEveryExactCase(ModelCase c) => Agree("T2.5", c, x => c.RepresentationDimension < 2 || x.WithinReachableBound(best: true));
    [SeededProperty] public Property T32OnEveryExactCase(ModelCase c) => Agree("T3.2", c, x => c.RepresentationDimension < 2 || x.WithinReachableBound(best: false));
    [SeededProperty] public Property T33OnEveryExactCase(ModelCase c) => Agree("T3.3", c, x => x.HarmfulDirectionIffLatentLeans());

    [SeededProperty]
    public Property T12OnEveryExactCaseAndLambdaStarIsDefinedExactlyWhenTheGapIsNonZero(ModelCase c)
    {
        var exact = new ExactDecisions(c.E, c.V, c.M, c.G, c.C);
        if (!exact.PathDefined()) return Agree("T1.2", c, _ => true);
        var crossing = exact.CrossingStrength();
        bool beyond = crossing is not { } r || new Rational[] { r + new Rational(1, 1000), r + 1, r + 1000 }.All(l => exact.ChangeAt(l) == exact.GapSign());
        var path = SelfImprovementPath(c);
        bool reported = path?.CrossingStrength is not null;
        // The library's Λ* (from angles) against the exact root, relative to the path's condition number.
        double? library = path?.CrossingStrength, truth = crossing?.ToDouble();
        bool near = library is not { } l || truth is not { } t || Math.Abs(l - t) <= 1e-9 * Math.Max(1, t) * path!.Condition;
        return Agree("T1.2", c, _ => beyond)
            .And((crossing is null || reported).Label($"Λ* reported: {reported}, exact Δ ≠ 0: {crossing is not null}"))
            .And(near.Label($"library Λ* = {library}, exactly {truth}"))
            .Classify(crossing is null, "exact boundary Δ = 0");
    }

    [SeededProperty]
    public Property T13DecisionIsTheExactOne(ModelCase c)
    {
        var exact = new ExactDecisions(c.E, c.V, c.M, c.G, c.C);
        var path = SelfImprovementPath(c);
        if (path is null || !exact.PathDefined()) return Agree("T1.3", c, _ => true);
        bool boundary = exact.GapSign() == 0 || exact.SlopeSign() == 0;
        // An interior extreme is ±r, r = ‖the projection of v/‖v‖ onto span(a, b)‖:
        // r² = (‖a‖²q² − 2⟨a,b⟩pq + ‖b‖²p²)/((‖a‖²‖b‖² − ⟨a,b⟩²)‖v‖²).
        var (p, q, a2, b2, ab, v2) = exact.PlaneProducts();
        var area = a2 * b2 - ab * ab;
        double r2 = area.Sign == 0 || v2.Sign == 0 ? 0 : ((a2 * q * q - 2 * ab * p * q + b2 * p * p) / (area * v2)).ToDouble();
        var interior = new[] { path.Maximum, path.Minimum }.Where(e => !e.AtLimit && e.Strength > 0).ToList();
        bool extremes = interior.All(e => Math.Abs(e.Alignment * e.Alignment - r2) <= 1e-9 * path.Condition);
        return Agree("T1.3", c, _ => true)
            .And((boundary || path.ImprovesMonotonically == exact.ImprovesMonotonically())
                .Label($"library says improves = {path.ImprovesMonotonically}; exactly Δ sign {exact.GapSign()}, s sign {exact.SlopeSign()}"))
            .And(extremes.Label($"interior extremes {string.Join(", ", interior.Select(e => e.Alignment))} against ±√{r2} exactly"))
            .Classify(boundary, "exact boundary Δ = 0 or s = 0")
            .Classify(interior.Count > 0, "interior extreme");
    }

    /// <summary>The library's closed forms against exact values, so that a closed form that is true but weaker (a bound that still
    /// holds) fails: T2.5's supremum and T3.2's infimum against the exact ρ or ρ·sin (as squares, with their signs), and T1.1's
    /// limit A(d_c) against the exact signed square, each to twice the tolerance policy's bound at the encoder's condition.</summary>
    [SeededProperty]
    public Property ReachableBoundsAndTheLimitAreTheExactClosedForms(ModelCase c)
    {
        var exact = new ExactDecisions(c.E, c.V, c.M, c.G, c.C);
        var model = c.Model();
        double tol = 2 * RlaifTheorems.Core.Numerics.Tolerance.For(1.0, model.Encoder.Condition);
        static double SignedSquare(double x) => x * Math.Abs(x);
        double limit = model.Alignment(model.Activated(c.Constitution()));
        var property = (Math.Abs(SignedSquare(limit) - exact.SignedSquaredActivatedAlignment().ToDouble()) <= tol)
            .Label($"T1.1's limit A(d_c) = {limit}, exactly ±√{exact.SignedSquaredActivatedAlignment().ToDouble()}");
        if (c.RepresentationDimension < 2 || exact.SquaredCeiling().Sign == 0) return property.Classify(true, "no reachable bound compared (d = 1 or ρ = 0)");
        var reach = new ReachableAlignment(model);
        double sup2 = exact.ReachableBoundSquared(best: true).ToDouble(), inf2 = exact.ReachableBoundSquared(best: false).ToDouble();
        return property
            .And((reach.Supremum >= 0 && Math.Abs(reach.Supremum * reach.Supremum - sup2) <= tol).Label($"T2.5: sup = {reach.Supremum}, exactly √{sup2}"))
            .And((reach.Infimum <= 0 && Math.Abs(reach.Infimum * reach.Infimum - inf2) <= tol).Label($"T3.2: inf = {reach.Infimum}, exactly −√{inf2}"))
            .Classify(sup2 < exact.SquaredCeiling().ToDouble(), "sup = ρ·sin < ρ");
    }

    [SeededProperty]
    public Property T31DecisionIsTheExactOne(ModelCase c)
    {
        var exact = new ExactDecisions(c.E, c.V, c.M, c.G, c.C);
        if (exact.SquaredCeiling().Sign == 0) return Agree("T3.1", c, _ => true);
        bool library = new ReachableAlignment(c.Model()).AdversarialExists;
        return Agree("T3.1", c, _ => true).And((library == exact.AdversarialExists()).Label($"library says adversarial = {library}, exactly {exact.AdversarialExists()}"));
    }

    [SeededProperty]
    public Property T42OnEveryExactCase(ContextualCase c)
    {
        var floating = TheoremCatalogue.Find("T4.2")!.Evaluate(c);
        bool exact = new ExactContextualDecisions(c.G, c.L, c.Constitutions, c.Strengths).UpdateRankAndSpanBounded();
        return (floating.Holds && exact).Label($"T4.2: float {floating.Holds} ({floating.Detail}), exact {exact}");
    }

    [SeededProperty]
    public Property T43OnEveryExactCase(ContextualCase c)
    {
        var floating = TheoremCatalogue.Find("T4.3")!.Evaluate(c);
        bool exact = new ExactContextualDecisions(c.G, c.L, c.Constitutions, c.Strengths).AblationErasesUpdate();
        return (floating.Holds && exact).Label($"T4.3: float {floating.Holds} ({floating.Detail}), exact {exact}");
    }

    [SeededProperty]
    public Property T51DecisionIsTheExactOneAndItsWitnessImprovesEveryObjectiveExactly(MultiObjectiveCase c)
    {
        var floating = TheoremCatalogue.Find("T5.1")!.Evaluate(c);
        var certificate = Gordan.Decide(c.Gradients());
        bool empty = ExactGordan.ZeroInHull(ExactGordan.ScaledGradients(c.E, c.Values, c.G));
        bool witness = certificate.Witness is not { } u || ExactDecisions.ImprovesEveryObjective(c.E, c.Values, c.G, u);
        return (floating.Holds && witness && certificate.ConeIsNonEmpty == !empty)
            .Label($"T5.1: float {floating.Holds} ({floating.Detail}); library cone non-empty {certificate.ConeIsNonEmpty}, exactly {!empty}; witness exact {witness}")
            .Classify(empty, "cone empty (exactly)");
    }

    [SeededProperty]
    public Property T53DecisionIsTheExactOne(MultiObjectiveCase c)
    {
        var floating = TheoremCatalogue.Find("T5.3")!.Evaluate(c);
        var withLatent = c.Gradients().Append(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(c.M)).ToList();
        var certificate = Gordan.Decide(withLatent);
        bool exists = !ExactGordan.ZeroInHull(ExactGordan.ScaledGradients(c.E, c.Values, c.G).Append(ExactAlgebra.Of(c.M)).ToList());
        return (floating.Holds && certificate.ConeIsNonEmpty == exists)
            .Label($"T5.3: float {floating.Holds} ({floating.Detail}); library says a Pareto constitution exists {certificate.ConeIsNonEmpty}, exactly {exists}")
            .Classify(exists, "exists (exactly)");
    }

    private static RlaifPath? SelfImprovementPath(ModelCase c)
    {
        try { return new RlaifPath(c.Model(), c.Constitution()); }
        catch (RlaifTheorems.Core.Numerics.ModelInputException) { return null; }
    }

    private static MathNet.Numerics.LinearAlgebra.Vector<double> Build(double[] x) => MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(x);
}
