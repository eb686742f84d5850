using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY L1, L2: statements about m and an orthonormal basis Q alone.</summary>
public static class ProjectionStatements
{
    /// <summary>The shapes of statements about m and Q alone: (D, d, r) up to d = 4.</summary>
    internal static readonly FormalShape[] Shapes = { new(2, 2, 1), new(2, 2, 2), new(3, 3, 1), new(3, 3, 2), new(4, 4, 2) };

    /// <summary>A script with m and an orthonormal basis Q of the shape's rank.</summary>
    internal static (SmtScript Script, Term[] M, Term[][] Q) Constitution(FormalShape shape)
    {
        var s = new SmtScript();
        var m = s.Reals("m", shape.Representation);
        return (s, m, s.OrthonormalColumns("q", shape.Representation, shape.Rank));
    }

    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
        new FormalStatement("L1", "⟨P_S m, m − P_S m⟩ = 0", false, "x = QQᵀm for QᵀQ = I; negated: ⟨x, m − x⟩ ≠ 0.", Shapes, shape =>
        {
            var (s, m, q) = Constitution(shape);
            var x = Project(q, m);
            return s.Assert(Term.Not(Term.Eq(Dot(x, Subtract(m, x)), Term.Zero)), "negated conclusion");
        }),
        new FormalStatement("L1", "every x ≠ 0 on the sphere is P_span(x) m", false,
            "x ≠ 0 with ⟨x, x − m⟩ = 0; P_span(x) m·‖x‖² = ⟨x, m⟩x, negated: ⟨x, m⟩x ≠ ‖x‖²x.", Shapes.Where(s => s.Rank == 1).ToArray(), shape =>
        {
            var s = new SmtScript();
            var m = s.Reals("m", shape.Representation);
            var x = s.Reals("x", shape.Representation);
            s.Assert(Term.Gt(SquaredNorm(x), Term.Zero), "x ≠ 0").Assert(Term.Eq(Dot(x, Subtract(x, m)), Term.Zero), "x on the sphere over [0, m]");
            return s.Assert(Differ(Scale(Dot(x, m), x), Scale(SquaredNorm(x), x)), "negated conclusion");
        }),
        new FormalStatement("L1", "⟨u, m⟩ > 0 ⟹ P_span(u) m is a positive multiple of u", false,
            "P_span(u) m = (⟨u, m⟩/‖u‖²)u; negated: ⟨u, m⟩ > 0 and ⟨u, m⟩·‖u‖² ≤ 0.", Shapes.Where(s => s.Rank == 1).ToArray(), shape =>
        {
            var s = new SmtScript();
            var m = s.Reals("m", shape.Representation);
            var u = s.Reals("u", shape.Representation);
            s.Assert(Term.Gt(Dot(u, m), Term.Zero), "u in the open hemisphere of m");
            return s.Assert(Term.Le(Dot(u, m) * SquaredNorm(u), Term.Zero), "negated conclusion");
        }),
        new FormalStatement("L2", "P = QQᵀ is symmetric and idempotent", false, "P = QQᵀ for QᵀQ = I; negated: some entry of P − Pᵀ or P² − P is non-zero.", Shapes, shape =>
        {
            var (s, _, q) = Constitution(shape);
            int d = shape.Representation;
            var p = Enumerable.Range(0, d).Select(i => Enumerable.Range(0, d).Select(j => Term.Sum(q.Select(c => c[i] * c[j]))).ToArray()).ToArray();
            var p2 = Enumerable.Range(0, d).Select(i => Enumerable.Range(0, d).Select(j => Term.Sum(Enumerable.Range(0, d).Select(k => p[i][k] * p[k][j]))).ToArray()).ToArray();
            var broken = Enumerable.Range(0, d).SelectMany(i => Enumerable.Range(0, d).SelectMany(j => new[]
                { Term.Not(Term.Eq(p[i][j], p[j][i])), Term.Not(Term.Eq(p2[i][j], p[i][j])) })).ToArray();
            return s.Assert(Term.Or(broken), "negated conclusion");
        }),
    };
}
