using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY T2.1–T2.3 and T2.5 (the best reachable constitution, <see cref="ModelStatements.ReachableBounds"/>).</summary>
public static class CeilingStatements
{
    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = ModelStatements.ReachableBounds(best: true).Concat(new[]
    {
        ModelStatements.Theorem("T2.1", "A(u) ≤ ρ for every u with Eᵀu ≠ 0", "ρ² det M = wᵀ adj(M) w; negated: ⟨Eᵀu, v⟩ > ρ‖Eᵀu‖.", ModelStatements.Unconstituted, (s, x) =>
        {
            var rho = x.Ceiling();
            var u = s.Reals("u", x.M.Length);
            var a = x.AlignmentOf("u", u);
            s.Assert(a.Defined).Assert(a.Exceeds(rho), "negated conclusion");
        }),
        ModelStatements.Theorem("T2.2", "ρ > 0 ⟹ A(M⁻¹Ev) = ρ", "u* ∝ adj(M) w; negated: ρ > 0 and Eᵀu* = 0 or ⟨Eᵀu*, v⟩ ≠ ρ‖Eᵀu*‖.", ModelStatements.Unconstituted, (s, x) =>
        {
            var rho = x.Ceiling();
            var a = x.AlignmentOf("ustar", Times(x.MetricAdjugate, x.EncodedValue));
            s.Assert(Term.Gt(rho, Term.Zero)).Assert(Term.Or(Term.Not(a.Defined), Term.Not(Term.Eq(a.Numerator, rho * a.Norm))), "negated conclusion");
        }),
        SubEncoder(1),
        SubEncoder(2),
    });

    /// <summary>T2.3 for sub-encoders E₁ = KE with K ∈ R^{r×d} of full row rank r (row(E₁) ⊆ row(E) by construction), ρ₁ through
    /// E₁'s own row Gram matrix and its adjugate.</summary>
    private static FormalStatement SubEncoder(int rank) =>
        ModelStatements.Theorem("T2.3", SubEncoderClaim(rank),
            $"E₁ = KE for a full-row-rank K ∈ R^{{{rank}×d}}, ρ₁ by its own adjugate; negated: ρ₁ > ρ.", ModelStatements.Unconstituted.Where(shape => shape.Representation >= rank).ToArray(), (s, x) =>
        {
            var rho = x.Ceiling();
            var e1 = Enumerable.Range(0, rank).Select(i => TransposeTimes(x.E, s.Reals($"k{i}_", x.M.Length))).ToArray();
            var m1 = RowGram(e1);
            var w1 = Times(e1, x.V);
            var rho1 = s.Real("rho1");
            s.Assert(Term.Gt(Determinant(m1), Term.Zero), "E₁ has full row rank")
             .Assert(Term.And(Term.Ge(rho1, Term.Zero), Term.Eq(rho1.Squared * Determinant(m1), Bilinear(w1, Adjugate(m1), w1))), "ρ₁")
             .Assert(Term.Gt(rho1, rho), "negated conclusion");
        });

    private static string SubEncoderClaim(int rank) => $"row(KE) ⊆ row(E) ⟹ ρ(KE, v) ≤ ρ(E, v), K of rank {rank}";
}
