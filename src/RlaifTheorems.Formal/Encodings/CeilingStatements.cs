using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// THEORY T2.1–T2.3, T2.5, T3.1–T3.3 and P3.1 over the whole model: E (d×d standing for every D ≥ d, or d×D), v, m and the
/// constitution's orthonormal basis as free reals, inverses through adjugates (<see cref="ReachableTerms"/>). T2.5/T3.2's
/// "within any ε" is proven through the library's witnesses: the boundary direction t± attains ±σ on the boundary of the
/// reachable hemisphere, and the tilted witness of T3.1 is certified adversarial.
/// </summary>
public static class CeilingStatements
{
    private static readonly FormalShape[] Unconstituted = { FormalShape.Diagonal(2, 0), FormalShape.Diagonal(3, 0), new(2, 2, 0), new(3, 2, 0) };
    private static readonly FormalShape[] Constituted = { FormalShape.Diagonal(2, 1), FormalShape.Diagonal(3, 1), FormalShape.Diagonal(3, 2), new(2, 2, 1), new(3, 2, 1) };

    private static FormalStatement Theorem(string id, string part, string encoding, IReadOnlyList<FormalShape> shapes, Action<SmtScript, SymbolicModel> negation) =>
        new(id, part, false, encoding, shapes, shape =>
        {
            var s = new SmtScript();
            negation(s, SymbolicModel.For(s, shape));
            return s;
        });

    private static readonly FormalShape[] Whitened = { new(2, 2, 0, "whitened, m′ = e₁, k = 2"), new(3, 3, 0, "whitened, m′ = e₁, k = 3"), new(4, 4, 0, "whitened, m′ = e₁, k = 4") };

    /// <summary>
    /// A statement in whitened coordinates (THEORY T2.5: A(u) = ⟨û′, w′⟩, the reachable u′ are the open hemisphere of m′),
    /// rotated so that m′ = e₁: v stands for w′ (‖v‖ = ρ ≤ 1), and the part of v orthogonal to m′ has norm ρ·sin∠(m′, w′).
    /// </summary>
    private static FormalStatement WhitenedTheorem(string id, string part, string encoding, Action<SmtScript, Term[], Term, Term> negation, string? claim = null) =>
        new(id, part, false, encoding, Whitened, shape =>
        {
            var s = new SmtScript();
            var v = s.Reals("v", shape.World);
            s.Assert(Term.Le(SquaredNorm(v), Term.One), "v = w′, ‖w′‖ = ρ ≤ 1");
            var rho = s.Norm("rho", SquaredNorm(v));
            var sigma = s.Norm("sigma", SquaredNorm(v.Skip(1).ToArray()));
            negation(s, v, rho, sigma);
            return s;
        }, claim);

    private static Term PositiveMultiple(Term[] m, Term[] w) =>
        Term.And(Term.Eq(SquaredNorm(m) * SquaredNorm(w), Dot(m, w).Squared), Term.Gt(Dot(m, w), Term.Zero));

    /// <summary>
    /// T2.5 (<paramref name="best"/>, s = 1) or T3.2 (s = −1), which is T2.5 for −v: inf A_v = −sup A_{−v}, K changes sign
    /// and σ does not. With bound_s = ρ if s·K &gt; 0 else σ: s·A(d_c) ≤ bound_s for every constitution (directly, and in the
    /// whitened hemisphere), and when s·K ≤ 0 the boundary direction t_s has ⟨t_s, m⟩ = 0 and A(t_s) = s·σ.
    /// </summary>
    private static IEnumerable<FormalStatement> ReachableBounds(bool best)
    {
        string id = best ? "T2.5" : "T3.2", name = best ? "sup" : "inf", relation = best ? "≤" : "≥";
        int sign = best ? 1 : -1;
        Term Signed(Term t) => best ? t : -t;
        string claim = $"A(d_c) {relation} {name} for every constitution";
        yield return Theorem(id, claim, $"{name} = {(best ? "ρ if K > 0 else σ" : "−ρ if K < 0 else −σ")}; negated: Eᵀd_c ≠ 0 and A(d_c) beyond it.", Constituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var a = x.AlignmentOf("dc", x.Activated);
            s.Assert(a.Defined).Assert(Term.Gt(Signed(a.Numerator), r.Bound(sign) * a.Norm), "negated conclusion");
        });
        yield return WhitenedTheorem(id, $"whitened: every unit u′ with ⟨u′, m′⟩ > 0 has ⟨u′, w′⟩ {relation} {name} (the reachable hemisphere's bound)",
            $"{name} = {(best ? "ρ if v₁ > 0 else σ" : "−ρ if v₁ < 0 else −σ")}, σ = ‖(v₂, …)‖; negated: ‖u‖ = 1, u₁ > 0, ⟨u, v⟩ beyond it.", (s, v, rho, sigma) =>
        {
            var u = s.Reals("u", v.Length);
            s.Assert(Term.Eq(SquaredNorm(u), Term.One)).Assert(Term.Gt(u[0], Term.Zero))
             .Assert(Term.Gt(Signed(Dot(u, v)), Term.Ite(Term.Gt(Signed(v[0]), Term.Zero), rho, sigma)), "negated conclusion");
        }, claim);
        yield return Theorem(id, $"{(best ? "K ≤ 0" : "K ≥ 0")} ⟹ the boundary direction t{(best ? "₊" : "₋")} has ⟨t, m⟩ = 0 and A(t) = {(best ? "σ" : "−σ")} (approached from inside)",
            "negated: the sign condition on K, σ > 0, and ⟨t, m⟩ ≠ 0, Eᵀt = 0 or A(t) ≠ ±σ.", Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var t = r.Boundary(towardsValue: best);
            var a = x.AlignmentOf("t", t);
            s.Assert(Term.Le(Signed(r.K), Term.Zero)).Assert(Term.Gt(r.Sigma, Term.Zero))
             .Assert(Term.Or(Term.Not(Term.Eq(Dot(t, x.M), Term.Zero)), Term.Not(a.Defined), Term.Not(Term.Eq(Signed(a.Numerator), r.Sigma * a.Norm))), "negated conclusion");
        });
    }

    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = ReachableBounds(best: true).Concat(ReachableBounds(best: false)).Concat(new[]
    {
        Theorem("T2.1", "A(u) ≤ ρ for every u with Eᵀu ≠ 0", "ρ² det M = wᵀ adj(M) w; negated: ⟨Eᵀu, v⟩ > ρ‖Eᵀu‖.", Unconstituted, (s, x) =>
        {
            var rho = x.Ceiling();
            var u = s.Reals("u", x.M.Length);
            var a = x.AlignmentOf("u", u);
            s.Assert(a.Defined).Assert(a.Exceeds(rho), "negated conclusion");
        }),
        Theorem("T2.2", "ρ > 0 ⟹ A(M⁻¹Ev) = ρ", "u* ∝ adj(M) w; negated: ρ > 0 and Eᵀu* = 0 or ⟨Eᵀu*, v⟩ ≠ ρ‖Eᵀu*‖.", Unconstituted, (s, x) =>
        {
            var rho = x.Ceiling();
            var a = x.AlignmentOf("ustar", Times(x.MetricAdjugate, x.EncodedValue));
            s.Assert(Term.Gt(rho, Term.Zero)).Assert(Term.Or(Term.Not(a.Defined), Term.Not(Term.Eq(a.Numerator, rho * a.Norm))), "negated conclusion");
        }),
        Theorem("T2.3", "row(KE) ⊆ row(E) ⟹ ρ(KE, v) ≤ ρ(E, v)", "E₁ = KE for a full-row-rank K ∈ R^{1×d}, ρ₁ by its own adjugate; negated: ρ₁ > ρ.", Unconstituted, (s, x) =>
        {
            var rho = x.Ceiling();
            var k = s.Reals("k", x.M.Length);
            var e1 = new[] { TransposeTimes(x.E, k) };
            var m1 = RowGram(e1);
            var w1 = Times(e1, x.V);
            var rho1 = s.Real("rho1");
            s.Assert(Term.Gt(Determinant(m1), Term.Zero), "E₁ has full row rank")
             .Assert(Term.And(Term.Ge(rho1, Term.Zero), Term.Eq(rho1.Squared * Determinant(m1), Bilinear(w1, Adjugate(m1), w1))), "ρ₁")
             .Assert(Term.Gt(rho1, rho), "negated conclusion");
        }),
        Theorem("T3.1", "m a positive multiple of Ev ⟹ no constitution is adversarial", "negated: m ∥ w with ⟨m, w⟩ > 0, Eᵀd_c ≠ 0 and ⟨Eᵀd_c, v⟩ < 0.", Constituted, (s, x) =>
        {
            var a = x.AlignmentOf("dc", x.Activated);
            s.Assert(PositiveMultiple(x.M, x.EncodedValue)).Assert(a.Defined).Assert(Term.Lt(a.Numerator, Term.Zero), "negated conclusion");
        }),
        Theorem("T3.1", "ρ > 0, m not a positive multiple of Ev ⟹ K < 0 or σ > 0", "negated: ρ > 0, not (m ∥ w, ⟨m, w⟩ > 0), K ≥ 0 and σ = 0.", Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            s.Assert(Term.Gt(r.Rho, Term.Zero)).Assert(Term.Not(PositiveMultiple(x.M, x.EncodedValue)))
             .Assert(Term.Ge(r.K, Term.Zero)).Assert(Term.Eq(r.Sigma, Term.Zero), "negated conclusion");
        }),
        Theorem("T3.1", "K < 0 ⟹ span(u*) is adversarial", "d_c = (⟨u*, m⟩/‖u*‖²)u* with ⟨u*, m⟩ ∝ K; negated: ρ > 0, K < 0 and K·⟨Eᵀu*, v⟩ ≥ 0.", Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var a = x.AlignmentOf("ustar", r.CeilingDirection);
            s.Assert(Term.Gt(r.Rho, Term.Zero)).Assert(Term.Lt(r.K, Term.Zero)).Assert(Term.Ge(r.K * a.Numerator, Term.Zero), "negated conclusion");
        }),
        WhitenedTheorem("T3.1", "whitened: m′ not a positive multiple of w′ ⟹ the tilted witness t + ηm′ is adversarial",
            "t = −(0, v₂, …) ⟂ m′ with ⟨t, v⟩ = −σ², η = σ²/(2v₁) if v₁ > 0 else 1; negated: σ > 0 and ⟨t + ηe₁, e₁⟩ ≤ 0 or ⟨t + ηe₁, v⟩ ≥ 0 (v₁ < 0, σ = 0 is span(u*)).", (s, v, _, sigma) =>
        {
            var eta = s.Real("eta");
            s.Assert(Term.Ite(Term.Gt(v[0], Term.Zero), Term.Eq(2 * (eta * v[0]), sigma.Squared), Term.Eq(eta, Term.One)), "η");
            var u = new[] { eta }.Concat(v.Skip(1).Select(x => -x)).ToArray();
            s.Assert(Term.Gt(sigma, Term.Zero)).Assert(Term.Or(Term.Le(u[0], Term.Zero), Term.Ge(Dot(u, v), Term.Zero)), "negated conclusion");
        }, "K ≥ 0, σ > 0 ⟹ the tilted witness span(t₋ + ηm) is adversarial"),
        Theorem("T3.1", "K ≥ 0, σ > 0 ⟹ the tilted witness span(t₋ + ηm) is adversarial", "η = −⟨Eᵀt₋, v⟩/(2⟨m, w⟩) if ⟨m, w⟩ > 0, else 1; negated: ⟨t₋ + ηm, m⟩ ≤ 0 or ⟨Eᵀ(t₋ + ηm), v⟩ ≥ 0.", Unconstituted, (s, x) =>
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
        Theorem("T3.3", "⟨a, Ev⟩ < 0 ⟹ (span(a) adversarial ⟺ ⟨a, m⟩ > 0)", "d_c = ⟨a, m⟩a, ⟨Eᵀd_c, v⟩ = ⟨a, m⟩⟨a, w⟩; negated: the two sides differ.", Unconstituted, (s, x) =>
        {
            var a = s.Reals("h", x.M.Length);
            s.Assert(Term.Eq(SquaredNorm(a), Term.One)).Assert(Term.Lt(Dot(a, x.EncodedValue), Term.Zero), "a unit, ⟨a, Ev⟩ < 0");
            var adversarial = Term.Lt(Dot(x.Pullback(Scale(Dot(a, x.M), a)), x.V), Term.Zero);
            var leans = Term.Gt(Dot(a, x.M), Term.Zero);
            s.Assert(Term.Or(Term.And(adversarial, Term.Not(leans)), Term.And(leans, Term.Not(adversarial))), "negated conclusion");
        }),
        Theorem("T3.3", "isometric E, m = αŵ + βa ⟹ (span(a) adversarial ⟺ β > α|⟨a, ŵ⟩|)", "EEᵀ = I, m‖w‖ = αw + β‖w‖a, α, β ≥ 0; negated: the two sides differ.", new FormalShape[] { new(2, 2, 0), new(3, 2, 0) }, (s, x) =>
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
