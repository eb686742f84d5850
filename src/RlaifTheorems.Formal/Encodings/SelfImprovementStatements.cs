using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// THEORY T1.1–T1.4 and P1.1–P1.3, over the path terms (<see cref="RlaifPathTerms"/>): in the plane's normal form, which
/// stands for every dimension, and directly over a, b, v ∈ R² and R³ as far as the solver finishes. Statements whose
/// conclusion sits behind a quantifier alternation (∃Λ ∀λ &gt; Λ; "improves at every λ" inside an "iff") are proven through
/// the library's closed-form witnesses: Λ*, the path minimum's strength, and Λ(ε) = 2‖a‖/(ε‖b‖) for the limit.
/// </summary>
public static class SelfImprovementStatements
{
    private static readonly FormalShape[] Shapes =
    {
        FormalShape.Plane, new(2, 2, 0, "a, b, v ∈ R² (general position)"), new(3, 3, 0, "a, b, v ∈ R³ (general position)"),
    };

    private static (SmtScript Script, RlaifPathTerms Path) Path(FormalShape shape)
    {
        var s = new SmtScript();
        return (s, new RlaifPathTerms(s, shape.World, normalForm: shape == FormalShape.Plane));
    }

    private static FormalStatement Theorem(string id, string part, string encoding, Action<SmtScript, RlaifPathTerms> negation) =>
        new(id, part, false, encoding, Shapes, shape => { var (s, p) = Path(shape); negation(s, p); return s; });

    private static FormalStatement Lemma(string id, string part, string encoding, Action<SmtScript, Term[], Term[], Term[]> negation) =>
        new(id, part, false, encoding, new FormalShape[] { new(2, 2, 0, "x, y, v ∈ R²"), new(3, 3, 0, "x, y, v ∈ R³"), new(4, 4, 0, "x, y, v ∈ R⁴") }, shape =>
        {
            var s = new SmtScript();
            negation(s, s.Reals("x", shape.World), s.Reals("y", shape.World), s.Reals("v", shape.World));
            return s;
        });

    private static FormalStatement Probe(string id, string part, string encoding, Action<SmtScript, RlaifPathTerms> counterexample) =>
        new(id, part, true, encoding, new[] { FormalShape.Plane, new FormalShape(2, 2, 0, "a, b, v ∈ R² (general position)") },
            shape => { var (s, p) = Path(shape); counterexample(s, p); return s; });

    /// <summary>A THEOREM about a path the path terms exclude, over two vectors x (a or b) and v in R² and R³ with ‖v‖ ≤ 1.</summary>
    private static FormalStatement Degenerate(string id, string part, string encoding, Action<SmtScript, Term[], Term[]> negation) =>
        new(id, part, false, encoding, new FormalShape[] { new(2, 2, 0, "x, v ∈ R²"), new(3, 3, 0, "x, v ∈ R³") }, shape =>
        {
            var s = new SmtScript();
            var v = s.Reals("v", shape.World);
            s.Assert(Term.Le(SquaredNorm(v), Term.One), "v is the projection of a unit vector: ‖v‖ ≤ 1");
            negation(s, s.Reals("x", shape.World), v);
            return s;
        });

    /// <summary>A THEOREM stated over the whole symbolic model (E, v, m, g and a constitution's basis), with exactly the model's
    /// own hypotheses: in E's SVD normal form for every D ≥ d, and directly at D = d = 2.</summary>
    private static FormalStatement OverModel(string id, string part, string encoding, Action<SmtScript, SymbolicModel> negation) =>
        new(id, part, false, encoding, new[] { FormalShape.Diagonal(2, 1), FormalShape.Diagonal(3, 1), FormalShape.Diagonal(3, 2), new FormalShape(2, 2, 1) },
            shape => { var s = new SmtScript(); negation(s, SymbolicModel.For(s, shape)); return s; });

    /// <summary>EV(g + λd_c) = ⟨g + λd_c, Ev⟩, from the model's own terms.</summary>
    private static Term ExpectedValue(SymbolicModel model, Term lambda) => Dot(Add(model.G, Scale(lambda, model.Activated)), model.EncodedValue);

    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
        Lemma("T1.1", "|A(x) − A(y)| ≤ ‖x̂ − ŷ‖ (‖v‖ ≤ 1)", "x̂, ŷ unit; negated: ⟨x̂ − ŷ, v⟩² > ‖x̂ − ŷ‖².", (s, x, y, v) =>
        {
            s.Assert(Term.Le(SquaredNorm(v), Term.One)).Assert(Term.Eq(SquaredNorm(x), Term.One)).Assert(Term.Eq(SquaredNorm(y), Term.One));
            s.Assert(Term.Gt(Dot(Subtract(x, y), v).Squared, SquaredNorm(Subtract(x, y))), "negated conclusion");
        }),
        new("T1.1", "‖x̂ − ŷ‖·‖y‖ ≤ 2‖x − y‖; with x = a + λb, y = λb: |A(g + λd_c) − A(d_c)| ≤ 2‖a‖/(λ‖b‖), the limit with Λ(ε) = 2‖a‖/(ε‖b‖)",
            false, "homogeneous, and x, y span a plane: ŷ = e₁, x̂ = (x₀, x₁) unit, x = s·x̂, y = ŷ (s > 0); negated: ‖x̂ − ŷ‖² > 4‖s·x̂ − ŷ‖².",
            new[] { new FormalShape(2, 2, 0, "plane (stands for every dimension by a reduction argued on paper)") }, shape =>
        {
            var s = new SmtScript();
            var x = s.Reals("x", 2);
            var y = new[] { Term.One, Term.Zero };
            var sx = s.Real("sx");
            s.Assert(Term.Eq(SquaredNorm(x), Term.One)).Assert(Term.Gt(sx, Term.Zero));
            return s.Assert(Term.Gt(SquaredNorm(Subtract(x, y)), 4 * SquaredNorm(Subtract(Scale(sx, x), y))), "negated conclusion");
        }),
        Theorem("T1.2", "Δ > 0 ⟹ A(g + λd_c) > A(g) for every λ > Λ*", "Λ* the closed form; negated: Δ > 0, λ > Λ*, A(a + λb) ≤ A(a).", (s, p) =>
        {
            var lambda = s.Real("lambda");
            s.Assert(p.GapPositive).Assert(Term.Gt(lambda, p.Crossing)).Assert(Term.Not(Alignment.Greater(p.At("x", lambda), p.Start)), "negated conclusion");
        }),
        Theorem("T1.2", "Δ < 0 ⟹ A(g + λd_c) < A(g) for every λ > Λ*", "negated: Δ < 0, λ > Λ*, A(a + λb) ≥ A(a).", (s, p) =>
        {
            var lambda = s.Real("lambda");
            s.Assert(p.GapNegative).Assert(Term.Gt(lambda, p.Crossing)).Assert(Term.Not(Alignment.Greater(p.Start, p.At("x", lambda))), "negated conclusion");
        }),
        Theorem("T1.2", "Λ* > 0 ⟹ A(g + Λ*d_c) = A(g)", "negated: Λ* > 0 and A(a + Λ*b) ≠ A(a).", (s, p) =>
        {
            s.Assert(Term.Gt(p.Crossing, Term.Zero)).Assert(Term.Not(Alignment.Same(p.At("x", p.Crossing), p.Start)), "negated conclusion");
        }),
        Degenerate("T1.2", "Eᵀg = 0: Δ ≷ 0 ⟹ A(g + λd_c) ≷ A(g) for every λ > 0 (Λ = 0)",
            "a = 0, so A(g) := 0 and Δ = A(d_c); b ≠ 0, λ > 0; negated: Δ > 0 and A(λb) ≤ 0, or Δ < 0 and A(λb) ≥ 0.", (s, b, v) =>
        {
            var lambda = s.Real("lambda");
            var x = new Alignment(lambda * Dot(b, v), s.Norm("n_x", (lambda * lambda) * SquaredNorm(b)), (lambda * lambda) * SquaredNorm(b));
            s.Assert(Term.Gt(SquaredNorm(b), Term.Zero), "b = Eᵀd_c ≠ 0").Assert(Term.Gt(lambda, Term.Zero));
            s.Assert(Term.Or(Term.And(Term.Gt(Dot(b, v), Term.Zero), Term.Not(x.Exceeds(Term.Zero))),
                             Term.And(Term.Lt(Dot(b, v), Term.Zero), Term.Not(x.Below(Term.Zero)))), "negated conclusion");
        }),
        Degenerate("T1.2", "Eᵀd_c = −κEᵀg (κ > 0): Δ ≷ 0 ⟹ A(g + λd_c) ≷ A(g) for every λ > 1/κ (Λ = 1/κ)",
            "b = −κa, a ≠ 0, κ > 0, λκ > 1; negated: Δ > 0 and A(a + λb) ≤ A(a), or Δ < 0 and A(a + λb) ≥ A(a).", (s, a, v) =>
        {
            var (kappa, lambda) = (s.Real("kappa"), s.Real("lambda"));
            var b = Scale(-kappa, a);
            s.Assert(Term.Gt(SquaredNorm(a), Term.Zero), "a = Eᵀg ≠ 0").Assert(Term.Gt(kappa, Term.Zero)).Assert(Term.Gt(lambda * kappa, Term.One));
            var start = new Alignment(Dot(a, v), s.Norm("n_a", SquaredNorm(a)), SquaredNorm(a));
            var limit = new Alignment(Dot(b, v), s.Norm("n_b", SquaredNorm(b)), SquaredNorm(b));
            var path = Add(a, Scale(lambda, b));
            var at = new Alignment(Dot(path, v), s.Norm("n_x", SquaredNorm(path)), SquaredNorm(path));
            s.Assert(Term.Or(Term.And(Alignment.Greater(limit, start), Term.Not(Alignment.Greater(at, start))),
                             Term.And(Alignment.Greater(start, limit), Term.Not(Alignment.Greater(start, at)))), "negated conclusion");
        }),
        Theorem("T1.3", "Δ ≥ 0 and s ≥ 0, not both zero ⟹ improves at every λ > 0", "negated: the condition, λ > 0 and A(a + λb) ≤ A(a).", (s, p) =>
        {
            var lambda = s.Real("lambda");
            s.Assert(Term.Not(p.GapNegative)).Assert(Term.Ge(p.Slope, Term.Zero)).Assert(Term.Not(Term.And(p.GapZero, Term.Eq(p.Slope, Term.Zero))))
             .Assert(Term.Gt(lambda, Term.Zero)).Assert(Term.Not(Alignment.Greater(p.At("x", lambda), p.Start)), "negated conclusion");
        }),
        Theorem("T1.3", "Δ < 0 ⟹ the witness λ = Λ* + 1 does not improve", "negated: Δ < 0 and A(a + (Λ* + 1)b) > A(a).", (s, p) =>
        {
            s.Assert(p.GapNegative).Assert(Alignment.Greater(p.At("x", p.Crossing + Term.One), p.Start), "negated conclusion");
        }),
        Theorem("T1.3", "Δ ≥ 0, s < 0 ⟹ the closed-form minimum's strength does not improve", "λ_min the closed form; negated: ⟨b, z⟩ = 0, λ_min ≤ 0, or A(a + λ_min b) > A(a).", (s, p) =>
        {
            s.Assert(Term.Not(p.GapNegative)).Assert(Term.Lt(p.Slope, Term.Zero));
            var (lambda, denominator) = p.MinimumStrength();
            s.Assert(Term.Or(Term.Eq(denominator, Term.Zero), Term.Le(lambda, Term.Zero), Alignment.Greater(p.At("x", lambda), p.Start)), "negated conclusion");
        }),
        Theorem("T1.3", "Δ = 0 and s = 0 ⟹ A is constant along the path (λ = 1 does not improve)", "negated: Δ = 0, s = 0 and A(a + b) ≠ A(a).", (s, p) =>
        {
            s.Assert(p.GapZero).Assert(Term.Eq(p.Slope, Term.Zero)).Assert(Term.Not(Alignment.Same(p.At("x", Term.One), p.Start)), "negated conclusion");
        }),
        OverModel("T1.4", "A(d_c) > 0 ⟹ EV(g + λ₁d_c) < EV(g + λ₂d_c) for every λ₁ < λ₂",
            "EV(θ) = ⟨θ, Ev⟩ over E, v, m, g and Q; negated: A(d_c) > 0, λ₁ < λ₂ and EV(g + λ₁d_c) ≥ EV(g + λ₂d_c).", (s, model) =>
        {
            var (l1, l2) = (s.Real("lambda1"), s.Real("lambda2"));
            s.Assert(model.AlignmentOf("dc", model.Activated).Exceeds(Term.Zero)).Assert(Term.Lt(l1, l2))
             .Assert(Term.Ge(ExpectedValue(model, l1), ExpectedValue(model, l2)), "negated conclusion");
        }),
        OverModel("T1.4", "EV increasing ⟹ A(d_c) > 0 (if A(d_c) ≤ 0, λ₁ = 0 < λ₂ = 1 is not an increase)",
            "EV(θ) = ⟨θ, Ev⟩ over E, v, m, g and Q; negated: A(d_c) ≤ 0 and EV(g) < EV(g + d_c).", (s, model) =>
        {
            s.Assert(Term.Not(model.AlignmentOf("dc", model.Activated).Exceeds(Term.Zero)))
             .Assert(Term.Lt(ExpectedValue(model, Term.Zero), ExpectedValue(model, Term.One)), "negated conclusion");
        }),
        Probe("P1.1", "Δ > 0 yet some λ > 0 degrades", "sat: Δ > 0, λ > 0, A(a + λb) < A(a).", (s, p) =>
        {
            var lambda = s.Real("lambda");
            s.Assert(p.GapPositive).Assert(Term.Gt(lambda, Term.Zero)).Assert(Alignment.Greater(p.Start, p.At("x", lambda)), "the claim broken");
        }),
        Probe("P1.2", "Δ < 0 yet some λ > 0 improves", "sat: Δ < 0, λ > 0, A(a + λb) > A(a).", (s, p) =>
        {
            var lambda = s.Real("lambda");
            s.Assert(p.GapNegative).Assert(Term.Gt(lambda, Term.Zero)).Assert(Alignment.Greater(p.At("x", lambda), p.Start), "the claim broken");
        }),
        new("P1.3", "EV rises while Δ < 0", true, "EV(θ) = ⟨θ, Ev⟩ over E, v, m, g and Q; sat: EV(g + d_c) > EV(g), A(g) and A(d_c) defined, A(d_c) < A(g).",
            new[] { FormalShape.Diagonal(2, 1), FormalShape.Diagonal(3, 1) }, shape =>
        {
            var s = new SmtScript();
            var model = SymbolicModel.For(s, shape);
            var (start, limit) = (model.AlignmentOf("g", model.G), model.AlignmentOf("dc", model.Activated));
            s.Assert(start.Defined).Assert(limit.Defined).Assert(Term.Gt(ExpectedValue(model, Term.One), ExpectedValue(model, Term.Zero)))
             .Assert(Alignment.Greater(start, limit), "the claim broken");
            return s;
        }),
    };
}
