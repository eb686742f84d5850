using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// Builders of statements over the whole model: E (d×d standing for every D ≥ d, or d×D), v, m and the constitution's
/// orthonormal basis as free reals, inverses through adjugates (<see cref="ReachableTerms"/>), used by the ceiling (T2) and the
/// adversarial (T3) statements. T2.5/T3.2's "within any ε" is proven through the library's witnesses: the boundary direction
/// t± attains ±σ on the boundary of the reachable hemisphere.
/// </summary>
internal static class ModelStatements
{
    internal static readonly FormalShape[] Unconstituted = { FormalShape.Diagonal(2, 0), FormalShape.Diagonal(3, 0), new(2, 2, 0), new(3, 2, 0) };
    internal static readonly FormalShape[] Constituted = { FormalShape.Diagonal(2, 1), FormalShape.Diagonal(3, 1), FormalShape.Diagonal(3, 2), new(2, 2, 1), new(3, 2, 1) };

    internal static FormalStatement Theorem(string id, string part, string encoding, IReadOnlyList<FormalShape> shapes, Action<SmtScript, SymbolicModel> negation) =>
        new(id, part, false, encoding, shapes, shape =>
        {
            var s = new SmtScript();
            negation(s, SymbolicModel.For(s, shape));
            return s;
        });

    internal static readonly FormalShape[] Whitened = { new(2, 2, 0, "whitened, m′ = e₁, k = 2"), new(3, 3, 0, "whitened, m′ = e₁, k = 3"), new(4, 4, 0, "whitened, m′ = e₁, k = 4") };

    /// <summary>
    /// A statement in whitened coordinates (THEORY T2.5: A(u) = ⟨û′, w′⟩, the reachable u′ are the open hemisphere of m′),
    /// rotated so that m′ = e₁: v stands for w′ (‖v‖ = ρ ≤ 1), and the part of v orthogonal to m′ has norm ρ·sin∠(m′, w′).
    /// </summary>
    internal static FormalStatement WhitenedTheorem(string id, string part, string encoding, Action<SmtScript, Term[], Term, Term> negation, string? claim = null) =>
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

    internal static Term PositiveMultiple(Term[] m, Term[] w) =>
        Term.And(Term.Eq(SquaredNorm(m) * SquaredNorm(w), Dot(m, w).Squared), Term.Gt(Dot(m, w), Term.Zero));

    /// <summary>
    /// T2.5 (<paramref name="best"/>, s = 1) or T3.2 (s = −1), which is T2.5 for −v: inf A_v = −sup A_{−v}, K changes sign
    /// and σ does not. With bound_s = ρ if s·K &gt; 0 else σ: s·A(d_c) ≤ bound_s for every constitution (directly, and in the
    /// whitened hemisphere); when s·K &gt; 0 the constitution span(u*) attains it; when s·K ≤ 0 the boundary direction t_s has
    /// ⟨t_s, m⟩ = 0 and s·A(t_s) = bound_s. The attainment parts compare with the same bound_s term as the bound, so a wrong
    /// closed form (ρ in place of σ, say) that still bounds every A(d_c) is refuted there.
    /// </summary>
    internal static IEnumerable<FormalStatement> ReachableBounds(bool best)
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
        yield return Theorem(id, $"{(best ? "K > 0" : "K < 0")} ⟹ {name} is attained: span(u*), u* = adj(M)w, activates d_c ∝ K·u* with A(d_c) = {name} (= {(best ? "ρ" : "−ρ")})",
            "d_c = P m = (⟨u*, m⟩/‖u*‖²)u* and ⟨u*, m⟩ = K; negated: the sign condition on K, and Eᵀd_c = 0 or A(d_c) ≠ the bound.", Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var a = x.AlignmentOf("dc", Scale(r.K, r.CeilingDirection));
            s.Assert(Term.Gt(Signed(r.K), Term.Zero))
             .Assert(Term.Or(Term.Not(a.Defined), Term.Not(Term.Eq(Signed(a.Numerator), r.Bound(sign) * a.Norm))), "negated conclusion");
        });
        yield return Theorem(id, $"{(best ? "K ≤ 0" : "K ≥ 0")} ⟹ {name} is approached: the boundary direction t{(best ? "₊" : "₋")} has ⟨t, m⟩ = 0, Eᵀt ≠ 0 and A(t) = {name} (= {(best ? "σ" : "−σ")}); t + εm is reachable for every ε > 0",
            "negated: the sign condition on K, σ > 0, and ⟨t, m⟩ ≠ 0, Eᵀt = 0 or A(t) ≠ the bound.", Unconstituted, (s, x) =>
        {
            var r = new ReachableTerms(x);
            var t = r.Boundary(towardsValue: best);
            var a = x.AlignmentOf("t", t);
            s.Assert(Term.Le(Signed(r.K), Term.Zero)).Assert(Term.Gt(r.Sigma, Term.Zero))
             .Assert(Term.Or(Term.Not(Term.Eq(Dot(t, x.M), Term.Zero)), Term.Not(a.Defined), Term.Not(Term.Eq(Signed(a.Numerator), r.Bound(sign) * a.Norm))), "negated conclusion");
        });
    }
}
