using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY T5.1 and T5.3: Gordan's alternative for two vectors, with the library's witness.</summary>
public static class MultiObjectiveStatements
{
    /// <summary>
    /// The minimum-norm point of the segment [n₁, n₂]: p = (1 − t)n₁ + tn₂ with t = ⟨n₁, n₁ − n₂⟩/‖n₁ − n₂‖² clamped to [0, 1]
    /// (t = 0 when n₁ = n₂), the library's witness (<c>Gordan.Decide</c> on two normals).
    /// </summary>
    private static Term[] MinimumNormPoint(SmtScript s, Term[] n1, Term[] n2)
    {
        var diff = Subtract(n1, n2);
        var tau = s.Real("tau");
        s.Assert(Term.Ite(Term.Eq(SquaredNorm(diff), Term.Zero), Term.Eq(tau, Term.Zero), Term.Eq(tau * SquaredNorm(diff), Dot(n1, diff))), "τ");
        var t = s.Real("t");
        s.Assert(Term.Eq(t, Term.Ite(Term.Lt(tau, Term.Zero), Term.Zero, Term.Ite(Term.Gt(tau, Term.One), Term.One, tau))), "t = clamp(τ, 0, 1)");
        return Add(Scale(Term.One - t, n1), Scale(t, n2));
    }

    /// <summary>Gordan through the segment's minimum-norm point p of [n₁, second]: p ≠ 0 and <paramref name="broken"/>(p, n₁, second) is unsat.</summary>
    private static FormalStatement SegmentWitness(string id, string part, string second, string encoding, Func<Term[], Term[], Term[], Term> broken) =>
        new(id, part, false, encoding, Normals, shape =>
        {
            var s = new SmtScript();
            var n1 = s.Reals("n1_", shape.Representation);
            var other = s.Reals(second, shape.Representation);
            var p = MinimumNormPoint(s, n1, other);
            return s.Assert(Term.Gt(SquaredNorm(p), Term.Zero)).Assert(broken(p, n1, other), "negated conclusion");
        });

    private static readonly FormalShape[] Normals = { new(2, 2, 0, "k = 2, d = 2"), new(3, 3, 0, "k = 2, d = 3"), new(4, 4, 0, "k = 2, d = 4") };

    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
        new FormalStatement("T5.1", "0 ∈ conv{n₁, n₂} ⟹ K(g) = ∅", false, "negated: λ ≥ 0, λ₁ + λ₂ = 1, λ₁n₁ + λ₂n₂ = 0, ⟨u, n₁⟩ > 0, ⟨u, n₂⟩ > 0.", Normals, shape =>
        {
            var s = new SmtScript();
            int d = shape.Representation;
            var n1 = s.Reals("n1_", d);
            var n2 = s.Reals("n2_", d);
            var u = s.Reals("u", d);
            var l1 = s.Real("lambda1");
            var l2 = s.Real("lambda2");
            s.Assert(Term.Ge(l1, Term.Zero)).Assert(Term.Ge(l2, Term.Zero)).Assert(Term.Eq(l1 + l2, Term.One));
            foreach (var e in Add(Scale(l1, n1), Scale(l2, n2))) s.Assert(Term.Eq(e, Term.Zero));
            return s.Assert(Term.And(Term.Gt(Dot(u, n1), Term.Zero), Term.Gt(Dot(u, n2), Term.Zero)), "negated conclusion");
        }),
        SegmentWitness("T5.1", "the minimum-norm point p is in K(g), or p = 0 ∈ conv{n₁, n₂}", "n2_",
            "p the library's witness (the segment's minimum-norm point); negated: p ≠ 0 and ⟨p, n₁⟩ ≤ 0 or ⟨p, n₂⟩ ≤ 0.",
            (p, n1, n2) => Term.Or(Term.Le(Dot(p, n1), Term.Zero), Term.Le(Dot(p, n2), Term.Zero))),
        SegmentWitness("T5.3", "one objective: span(p) is a Pareto-improving constitution, or 0 ∈ conv{n₁, m}", "m",
            "p the minimum-norm point of [n₁, m], d_c = ⟨p, m⟩p (‖p‖² dropped); negated: p ≠ 0 and not (⟨p, m⟩ > 0 and ⟨d_c, n₁⟩ > 0).",
            (p, n1, m) => Term.Not(Term.And(Term.Gt(Dot(p, m), Term.Zero), Term.Gt(Dot(Scale(Dot(p, m), p), n1), Term.Zero)))),
    };
}
