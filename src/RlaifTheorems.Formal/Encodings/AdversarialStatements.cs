using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY T3.1–T3.3 and P3.1: adversarial constitutions, the worst reachable one (T3.2 is T2.5 for −v,
/// <see cref="ModelStatements.ReachableBounds"/>), harmful directions, and the isometric formula's failure for anisotropic encoders.</summary>
public static class AdversarialStatements
{
    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = ModelStatements.ReachableBounds(best: false).Concat(new[]
    {
        ModelStatements.Theorem("T3.1", "m a positive multiple of Ev ⟹ no constitution is adversarial", "negated: m ∥ w with ⟨m, w⟩ > 0, Eᵀd_c ≠ 0 and ⟨Eᵀd_c, v⟩ < 0.", ModelStatements.Constituted, (s, x) =>
        {
            var a = x.AlignmentOf("dc", x.Activated);
            s.Assert(ModelStatements.PositiveMultiple(x.M, x.EncodedValue)).Assert(a.Defined).Assert(Term.Lt(a.Numerator, Term.Zero), "negated conclusion");
        }),
        ModelStatements.Theorem("T3.1", "ρ > 0, m not a positive multiple of Ev ⟹ K < 0 or σ > 0", "negated: ρ > 0, not (m ∥ w, ⟨m, w⟩ > 0), K ≥ 0 and σ = 0.", ModelStatements.Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            s.Assert(Term.Gt(r.Rho, Term.Zero)).Assert(Term.Not(ModelStatements.PositiveMultiple(x.M, x.EncodedValue)))
             .Assert(Term.Ge(r.K, Term.Zero)).Assert(Term.Eq(r.Sigma, Term.Zero), "negated conclusion");
        }),
        ModelStatements.Theorem("T3.1", "K < 0 ⟹ span(u*) is adversarial", "d_c = (⟨u*, m⟩/‖u*‖²)u* with ⟨u*, m⟩ ∝ K; negated: ρ > 0, K < 0 and K·⟨Eᵀu*, v⟩ ≥ 0.", ModelStatements.Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var a = x.AlignmentOf("ustar", r.CeilingDirection);
            s.Assert(Term.Gt(r.Rho, Term.Zero)).Assert(Term.Lt(r.K, Term.Zero)).Assert(Term.Ge(r.K * a.Numerator, Term.Zero), "negated conclusion");
        }),
        ModelStatements.WhitenedTheorem("T3.1", "whitened: m′ not a positive multiple of w′ ⟹ the tilted witness t + ηm′ is adversarial",
            "t = −(0, v₂, …) ⟂ m′ with ⟨t, v⟩ = −σ², η = σ²/(2v₁) if v₁ > 0 else 1; negated: σ > 0 and ⟨t + ηe₁, e₁⟩ ≤ 0 or ⟨t + ηe₁, v⟩ ≥ 0 (v₁ < 0, σ = 0 is span(u*)).", (s, v, _, sigma) =>
        {
            var eta = s.Real("eta");
            s.Assert(Term.Ite(Term.Gt(v[0], Term.Zero), Term.Eq(2 * (eta * v[0]), sigma.Squared), Term.Eq(eta, Term.One)), "η");
            var u = new[] { eta }.Concat(v.Skip(1).Select(x => -x)).ToArray();
            s.Assert(Term.Gt(sigma, Term.Zero)).Assert(Term.Or(Term.Le(u[0], Term.Zero), Term.Ge(Dot(u, v), Term.Zero)), "negated conclusion");
        }, "K ≥ 0, σ > 0 ⟹ the tilted witness span(t₋ + ηm) is adversarial"),
        ModelStatements.Theorem("T3.1", "K ≥ 0, σ > 0 ⟹ the tilted witness span(t₋ + ηm) is adversarial", "η = −⟨Eᵀt₋, v⟩/(2⟨m, w⟩) if ⟨m, w⟩ > 0, else 1; negated: ⟨t₋ + ηm, m⟩ ≤ 0 or ⟨Eᵀ(t₋ + ηm), v⟩ ≥ 0.", ModelStatements.Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var t = r.Boundary(towardsValue: false);
            var eta = s.Real("eta");
            var mw = Dot(x.M, x.EncodedValue);
            var lean = Dot(x.Pullback(t), x.V);
            s.Assert(Term.Ite(Term.Gt(mw, Term.Zero), Term.Eq(2 * (eta * mw), -lean), Term.Eq(eta, Term.One)), "η");
            var u = Add(t, Scale(eta, x.M));
            s.Assert(Term.Ge(r.K, Term.Zero)).Assert(Term.Gt(r.Sigma, Term.Zero))
             .Assert(Term.Or(Term.Le(Dot(u, x.M), Term.Zero), Term.Ge(Dot(x.Pullback(u), x.V), Term.Zero)), "negated conclusion");
        }),
        ModelStatements.Theorem("T3.3", "⟨a, Ev⟩ < 0 ⟹ (span(a) adversarial ⟺ ⟨a, m⟩ > 0)", "d_c = ⟨a, m⟩a, ⟨Eᵀd_c, v⟩ = ⟨a, m⟩⟨a, w⟩; negated: the two sides differ.", ModelStatements.Unconstituted, (s, x) =>
        {
            var a = s.Reals("h", x.M.Length);
            s.Assert(Term.Eq(SquaredNorm(a), Term.One)).Assert(Term.Lt(Dot(a, x.EncodedValue), Term.Zero), "a unit, ⟨a, Ev⟩ < 0");
            var adversarial = Term.Lt(Dot(x.Pullback(Scale(Dot(a, x.M), a)), x.V), Term.Zero);
            var leans = Term.Gt(Dot(a, x.M), Term.Zero);
            s.Assert(Term.Or(Term.And(adversarial, Term.Not(leans)), Term.And(leans, Term.Not(adversarial))), "negated conclusion");
        }),
        ModelStatements.Theorem("T3.3", "⟨a, Ev⟩ < 0, ⟨a, m⟩ > 0 and A(g) ≥ 0 ⟹ A(d_c) < A(g): Δ < 0, so RLAIF beyond Λ* ends below A(g) (T1.2's queries)",
            "d_c = ⟨a, m⟩a; negated: a unit, ⟨a, Ev⟩ < 0, ⟨a, m⟩ > 0, Eᵀg ≠ 0, ⟨Eᵀg, v⟩ ≥ 0, and A(d_c) ≥ A(g) (Eᵀd_c = 0 included).", ModelStatements.Unconstituted, (s, x) =>
        {
            var a = s.Reals("h", x.M.Length);
            s.Assert(Term.Eq(SquaredNorm(a), Term.One)).Assert(Term.Lt(Dot(a, x.EncodedValue), Term.Zero), "a unit, ⟨a, Ev⟩ < 0")
             .Assert(Term.Gt(Dot(a, x.M), Term.Zero), "span(a) adversarial (the first part)");
            var g = x.AlignmentOf("g", x.G);
            var dc = x.AlignmentOf("dc", Scale(Dot(a, x.M), a));
            s.Assert(g.Defined).Assert(Term.Ge(g.Numerator, Term.Zero), "A(g) ≥ 0")
             .Assert(Term.Or(Term.Not(dc.Defined), Term.Not(Alignment.Greater(g, dc))), "negated conclusion");
        }),
        ModelStatements.Theorem("T3.3", "isometric E, m = αŵ + βa ⟹ (span(a) adversarial ⟺ β > α|⟨a, ŵ⟩|)", "EEᵀ = I, m‖w‖ = αw + β‖w‖a, α, β ≥ 0; negated: the two sides differ.", new FormalShape[] { new(2, 2, 0), new(3, 2, 0) }, (s, x) =>
        {
            int d = x.M.Length;
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    s.Assert(Term.Eq(x.Metric[i][j], i == j ? Term.One : Term.Zero), "isometric");
            var a = s.Reals("h", d);
            var alpha = s.Real("alpha");
            var beta = s.Real("beta");
            var nw = s.Norm("n_w", SquaredNorm(x.EncodedValue));
            s.Assert(Term.Eq(SquaredNorm(a), Term.One)).Assert(Term.Lt(Dot(a, x.EncodedValue), Term.Zero))
             .Assert(Term.Ge(alpha, Term.Zero)).Assert(Term.Ge(beta, Term.Zero)).Assert(Term.Gt(nw, Term.Zero));
            for (int i = 0; i < d; i++) s.Assert(Term.Eq(x.M[i] * nw, alpha * x.EncodedValue[i] + beta * nw * a[i]), "m = αŵ + βa");
            var adversarial = Term.Gt(Dot(a, x.M), Term.Zero);
            var threshold = Term.Gt(beta * nw, -(alpha * Dot(a, x.EncodedValue)));
            s.Assert(Term.Or(Term.And(adversarial, Term.Not(threshold)), Term.And(threshold, Term.Not(adversarial))), "negated conclusion");
        }),
        new FormalStatement("P3.1", "the isometric formula's floor is broken", true,
            "sat: the constitution span(e₂) with ⟨Eᵀd_c, v⟩ < isoInf·‖Eᵀd_c‖, isoInf = −σ_E (σ_E = ρ·sin∠(m, Ev), Euclidean) in the branch ⟨m, Ev⟩ ≥ 0.",
            new FormalShape[] { FormalShape.Diagonal(2, 1), new(2, 2, 1) }, shape =>
        {
            var s = new SmtScript();
            var x = SymbolicModel.For(s, shape);
            var rho = x.Ceiling();
            var w = x.EncodedValue;
            var sigmaE = s.Real("sigmaE");
            s.Assert(Term.Gt(SquaredNorm(w), Term.Zero))
             .Assert(Term.And(Term.Ge(sigmaE, Term.Zero), Term.Eq(sigmaE.Squared * SquaredNorm(x.M) * SquaredNorm(w), rho.Squared * (SquaredNorm(x.M) * SquaredNorm(w) - Dot(x.M, w).Squared))), "σ_E");
            s.Assert(Term.Eq(x.Q[0][0], Term.Zero), "search hint: the constitution span(e₂) (the model is still a counterexample)");
            var a = x.AlignmentOf("dc", x.Activated);
            // Only the branch ⟨m, w⟩ ≥ 0 can break: below −ρ is impossible by T2.1.
            s.Assert(a.Defined).Assert(Term.Ge(Dot(x.M, w), Term.Zero)).Assert(a.Below(-sigmaE), "the claim broken");
            return s;
        }),
    });
}
