using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY T4.2, T4.3 (contextual RLAIF), T5.1, T5.3 (Gordan's alternative for two vectors) and N2.</summary>
public static class OtherStatements
{
    private static Term[][] Matrix(SmtScript s, string name, int rows, int columns) =>
        Enumerable.Range(0, rows).Select(i => s.Reals($"{name}{i}_", columns)).ToArray();

    private static Term[][] Columns(Term[][] rows) =>
        Enumerable.Range(0, rows[0].Length).Select(j => rows.Select(r => r[j]).ToArray()).ToArray();

    private static Term[] Unit(SmtScript s, string name, int d)
    {
        var q = s.Reals(name, d);
        s.Assert(Term.Eq(SquaredNorm(q), Term.One), $"{name} is a unit vector");
        return q;
    }

    private static Term[] Project(Term[] q, Term[] x) => Scale(Dot(q, x), q);

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
        new FormalStatement("T4.2", "the update λP_cL lies in S_c", false, "U = λQQᵀL (G, L ∈ R^{d×p}); negated: some column of U differs from QQᵀ of it.",
            new FormalShape[] { new(2, 2, 1, "d = p = 2, r = 1"), new(3, 3, 1, "d = p = 3, r = 1"), new(3, 3, 2, "d = p = 3, r = 2") }, shape =>
        {
            var s = new SmtScript();
            int d = shape.Representation;
            var q = s.OrthonormalColumns("q", d, shape.Rank);
            var lambda = s.Real("lambda");
            var update = Columns(Matrix(s, "l", d, shape.World)).Select(c => Scale(lambda, Polynomials.Project(q, c))).ToArray();
            var projected = update.Select(c => Polynomials.Project(q, c)).ToArray();
            return s.Assert(Term.Or(update.Zip(projected, (u, p) => Differ(u, p)).ToArray()), "negated conclusion");
        }),
        new FormalStatement("T4.2", "rank(λP_cL) ≤ rank P_c = 1", false, "d = p = 2, rank-1 P_c; negated: det(λP_cL) ≠ 0.", new FormalShape[] { new(2, 2, 1, "d = p = 2, r = 1") }, shape =>
        {
            var s = new SmtScript();
            var q = Unit(s, "q", 2);
            var lambda = s.Real("lambda");
            var u = Columns(Matrix(s, "l", 2, 2)).Select(c => Scale(lambda, Project(q, c))).ToArray();
            return s.Assert(Term.Not(Term.Eq(u[0][0] * u[1][1] - u[1][0] * u[0][1], Term.Zero)), "negated conclusion");
        }),
        new FormalStatement("T4.2", "two constitutions: the update lies in span(S₁ ∪ S₂)", false,
            "d = 3, rank-1 S₁, S₂, normal n = q₁ × q₂; negated: nᵀ(λ₁P₁L + λ₂P₂L) ≠ 0.", new FormalShape[] { new(3, 3, 1, "d = p = 3, two rank-1") }, shape =>
        {
            var s = new SmtScript();
            var q1 = Unit(s, "q1_", 3);
            var q2 = Unit(s, "q2_", 3);
            var l1 = s.Real("lambda1");
            var l2 = s.Real("lambda2");
            var n = new[] { q1[1] * q2[2] - q1[2] * q2[1], q1[2] * q2[0] - q1[0] * q2[2], q1[0] * q2[1] - q1[1] * q2[0] };
            var broken = Columns(Matrix(s, "l", 3, 3)).Select(c => Term.Not(Term.Eq(Dot(n, Add(Scale(l1, Project(q1, c)), Scale(l2, Project(q2, c)))), Term.Zero))).ToArray();
            return s.Assert(Term.Or(broken), "negated conclusion");
        }),
        new FormalStatement("T4.3", "(I − P_c)(G + λP_cL) = (I − P_c)G", false, "negated: some column differs.",
            new FormalShape[] { new(2, 2, 1, "d = p = 2, r = 1"), new(3, 3, 1, "d = p = 3, r = 1"), new(3, 3, 2, "d = p = 3, r = 2") }, shape =>
        {
            var s = new SmtScript();
            int d = shape.Representation;
            var q = s.OrthonormalColumns("q", d, shape.Rank);
            Term[] Ablate(Term[] x) => Subtract(x, Polynomials.Project(q, x));
            var lambda = s.Real("lambda");
            var g = Columns(Matrix(s, "g", d, shape.World));
            var l = Columns(Matrix(s, "l", d, shape.World));
            var broken = g.Zip(l, (gc, lc) => Differ(Ablate(Add(gc, Scale(lambda, Polynomials.Project(q, lc)))), Ablate(gc))).ToArray();
            return s.Assert(Term.Or(broken), "negated conclusion");
        }),
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
        new FormalStatement("N2", "Δ > 0, yet E[V](λ) − E[V](0) = −λμ'(λμ' + 2(μ₀ − τ)) is eventually negative", true,
            "D = d = 1, c = R: Δ > 0 is A(m) = 1 > A(g) = −1; sat: evm > 0, evg < 0 and the leading coefficient −μ'² < 0.", new FormalShape[] { new(1, 1, 0) }, shape =>
        {
            var s = new SmtScript();
            var e = s.Real("e");
            var v = s.Real("v");
            var m = s.Real("m");
            var g = s.Real("g");
            s.Real("tau");
            s.Assert(Term.Not(Term.Eq(e, Term.Zero))).Assert(Term.Eq(v * v, Term.One));
            var slope = e * m * v;
            return s.Assert(Term.Gt(slope, Term.Zero)).Assert(Term.Lt(e * g * v, Term.Zero)).Assert(Term.Lt(-(slope * slope), Term.Zero), "the claim broken");
        }),
    };
}
