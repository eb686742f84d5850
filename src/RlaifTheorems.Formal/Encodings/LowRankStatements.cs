using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY T4.1–T4.3: rank-1 sufficiency and contextual RLAIF (the update's rank and span, directional ablation).</summary>
public static class LowRankStatements
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

    /// <summary>T4.2's rank(λP_cL) ≤ rank L for L = Σ_{j &lt; l} a_j b_jᵀ (every L of rank at most l is one) and P_c of rank r ≥ l, so
    /// that P_c does not already bound the rank: negated, some (l+1)×(l+1) minor of λP_cL is non-zero.</summary>
    private static FormalStatement LowRankUpdate(int l, FormalShape[] shapes) =>
        new("T4.2", $"rank(λP_cL) ≤ rank L, rank L ≤ {l}", false, $"L = Σ_{{j < {l}}} a_j b_jᵀ, P_c = QQᵀ of rank r; negated: some {l + 1}×{l + 1} minor of λP_cL ≠ 0.", shapes, shape =>
        {
            var s = new SmtScript();
            int d = shape.Representation;
            var q = s.OrthonormalColumns("q", d, shape.Rank);
            var lambda = s.Real("lambda");
            var a = Enumerable.Range(0, l).Select(j => s.Reals($"a{j}_", d)).ToArray();
            var b = Enumerable.Range(0, l).Select(j => s.Reals($"b{j}_", shape.World)).ToArray();
            var columns = Enumerable.Range(0, shape.World).Select(k =>
                Enumerable.Range(0, d).Select(i => Term.Sum(Enumerable.Range(0, l).Select(j => a[j][i] * b[j][k]))).ToArray());
            var update = Columns(columns.Select(c => Scale(lambda, Polynomials.Project(q, c))).ToArray());
            return s.Assert(Term.Or(Minors(update, l + 1).Select(minor => Term.Not(Term.Eq(minor, Term.Zero))).ToArray()), "negated conclusion");
        });

    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
        new FormalStatement("T4.1", "span(P_S m) activates P_S m", false,
            "x = QQᵀm ≠ 0; P_span(x) m·‖x‖² = ⟨x, m⟩x, negated: ⟨x, m⟩x ≠ ‖x‖²x.", ProjectionStatements.Shapes, shape =>
        {
            var (s, m, q) = ProjectionStatements.Constitution(shape);
            var x = Polynomials.Project(q, m);
            s.Assert(Term.Gt(SquaredNorm(x), Term.Zero), "P_S m ≠ 0");
            return s.Assert(Differ(Scale(Dot(x, m), x), Scale(SquaredNorm(x), x)), "negated conclusion");
        }),
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
        new FormalStatement("T4.2", "rank(λP_cL) ≤ rank P_c", false, "L free, P_c = QQᵀ of rank r; negated: some (r+1)×(r+1) minor of λP_cL ≠ 0.",
            new FormalShape[] { new(2, 2, 1, "d = p = 2, r = 1"), new(3, 3, 1, "d = p = 3, r = 1"), new(3, 3, 2, "d = p = 3, r = 2") }, shape =>
        {
            var s = new SmtScript();
            var q = s.OrthonormalColumns("q", shape.Representation, shape.Rank);
            var lambda = s.Real("lambda");
            var update = Columns(Columns(Matrix(s, "l", shape.Representation, shape.World)).Select(c => Scale(lambda, Polynomials.Project(q, c))).ToArray());
            return s.Assert(Term.Or(Minors(update, shape.Rank + 1).Select(minor => Term.Not(Term.Eq(minor, Term.Zero))).ToArray()), "negated conclusion");
        }),
        LowRankUpdate(1, new FormalShape[] { new(2, 2, 2, "d = p = 2, r = 2, rank L ≤ 1"), new(3, 3, 2, "d = p = 3, r = 2, rank L ≤ 1") }),
        LowRankUpdate(2, new FormalShape[] { new(3, 3, 3, "d = p = 3, r = 3, rank L ≤ 2") }),
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
    };
}
