using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY T5.1 and T5.3: Gordan's alternative for two to four vectors; for two, with the library's witness in closed form.</summary>
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

    /// <summary>Hulls of k vectors in R^d, k in the shape's rank.</summary>
    private static readonly FormalShape[] Hulls =
    {
        new(2, 2, 2, "k = 2, d = 2"), new(3, 3, 2, "k = 2, d = 3"), new(4, 4, 2, "k = 2, d = 4"), new(2, 2, 3, "k = 3, d = 2"),
        new(3, 3, 3, "k = 3, d = 3"), new(3, 3, 4, "k = 4, d = 3"),
    };

    /// <summary>k objectives and m, k + 1 vectors in the shape's rank.</summary>
    private static readonly FormalShape[] Objectives = { new(2, 2, 2, "1 objective, d = 2"), new(2, 2, 3, "2 objectives, d = 2"), new(3, 3, 3, "2 objectives, d = 3"), new(3, 3, 4, "3 objectives, d = 3") };

    /// <summary>k vectors n_i ∈ R^d and a point x = Σ λ_i n_i of their hull (λ ≥ 0, Σ λ = 1).</summary>
    private static (Term[][] Vectors, Term[] Point) HullPoint(SmtScript s, int k, int d, string name)
    {
        var vectors = Enumerable.Range(1, k).Select(i => s.Reals($"{name}{i}_", d)).ToArray();
        var weights = Enumerable.Range(1, k).Select(i => s.Real($"lambda{i}")).ToArray();
        foreach (var l in weights) s.Assert(Term.Ge(l, Term.Zero));
        s.Assert(Term.Eq(weights.Skip(1).Aggregate(weights[0], (a, b) => a + b), Term.One), "λ in the simplex");
        var point = Enumerable.Range(0, d).Select(j => Enumerable.Range(0, k).Aggregate(Term.Zero, (a, i) => a + weights[i] * vectors[i][j])).ToArray();
        return (vectors, point);
    }

    private static Term Every(IEnumerable<Term> terms) => Term.And(terms.ToArray());

    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
        new FormalStatement("T5.1", "0 ∈ conv{n₁, …, n_k} ⟹ K(g) = ∅, k = 2, 3, 4", false,
            "negated: x = Σλ_i n_i = 0 with λ in the simplex, and ⟨u, n_i⟩ > 0 for every i.", Hulls, shape =>
        {
            var s = new SmtScript();
            var (normals, x) = HullPoint(s, shape.Rank, shape.Representation, "n");
            foreach (var e in x) s.Assert(Term.Eq(e, Term.Zero));
            var u = s.Reals("u", shape.Representation);
            return s.Assert(Every(normals.Select(n => Term.Gt(Dot(u, n), Term.Zero))), "negated conclusion");
        }),
        new FormalStatement("T5.1", "x ≠ 0 with ⟨x, n_i⟩ ≥ ‖x‖² for every i (the optimality conditions of the hull's minimum-norm point) is in K(g), k = 2, 3, 4", false,
            "‖x‖² and each ⟨x, n_i⟩ named; negated: ‖x‖² > 0, ⟨x, n_i⟩ ≥ ‖x‖² for every i, and some ⟨x, n_i⟩ ≤ 0.", Hulls, shape =>
        {
            var s = new SmtScript();
            var normals = Enumerable.Range(1, shape.Rank).Select(i => s.Reals($"n{i}_", shape.Representation)).ToArray();
            var x = s.Reals("x", shape.Representation);
            var norm = s.Real("q");
            s.Assert(Term.Eq(norm, SquaredNorm(x)), "q = ‖x‖²");
            var inner = normals.Select((n, i) => s.Real($"p{i + 1}")).ToArray();
            for (int i = 0; i < normals.Length; i++)
                s.Assert(Term.Eq(inner[i], Dot(x, normals[i])), $"p{i + 1} = ⟨x, n{i + 1}⟩").Assert(Term.Ge(inner[i], norm), "optimality");
            return s.Assert(Term.Gt(norm, Term.Zero))
                .Assert(Term.Or(inner.Select(p => Term.Le(p, Term.Zero)).ToArray()), "negated conclusion");
        }),
        new FormalStatement("T5.3", "0 ∈ conv{n₁, …, n_k, m} ⟹ no constitution improves every objective, k = 1, 2, 3", false,
            "a constitution's d_c ≠ 0 lies on the sphere ⟨d_c, m − d_c⟩ = 0 (L1); negated: Σλ_i n_i + λ_m m = 0 with λ in the simplex, and ⟨d_c, n_i⟩ > 0 for every i.",
            Objectives, shape =>
        {
            var s = new SmtScript();
            var (vectors, x) = HullPoint(s, shape.Rank, shape.Representation, "n");
            foreach (var e in x) s.Assert(Term.Eq(e, Term.Zero));
            var m = vectors[^1];
            var dc = s.Reals("dc", shape.Representation);
            s.Assert(Term.Gt(SquaredNorm(dc), Term.Zero)).Assert(Term.Eq(Dot(dc, Subtract(m, dc)), Term.Zero), "d_c = P_c m ≠ 0 (L1)");
            return s.Assert(Every(vectors[..^1].Select(n => Term.Gt(Dot(dc, n), Term.Zero))), "negated conclusion");
        }),
        SegmentWitness("T5.1", "the minimum-norm point p is in K(g), or p = 0 ∈ conv{n₁, n₂}", "n2_",
            "p the library's witness (the segment's minimum-norm point); negated: p ≠ 0 and ⟨p, n₁⟩ ≤ 0 or ⟨p, n₂⟩ ≤ 0.",
            (p, n1, n2) => Term.Or(Term.Le(Dot(p, n1), Term.Zero), Term.Le(Dot(p, n2), Term.Zero))),
        SegmentWitness("T5.3", "one objective: span(p) is a Pareto-improving constitution, or 0 ∈ conv{n₁, m}", "m",
            "p the minimum-norm point of [n₁, m], d_c = ⟨p, m⟩p (‖p‖² dropped); negated: p ≠ 0 and not (⟨p, m⟩ > 0 and ⟨d_c, n₁⟩ > 0).",
            (p, n1, m) => Term.Not(Term.And(Term.Gt(Dot(p, m), Term.Zero), Term.Gt(Dot(Scale(Dot(p, m), p), n1), Term.Zero)))),
    };
}
