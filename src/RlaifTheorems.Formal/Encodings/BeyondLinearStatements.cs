using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY N2: the non-monotone value's overshoot, in D = d = 1.</summary>
public static class BeyondLinearStatements
{
    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
        new FormalStatement("N2", "Δ > 0, yet E[V](λ) < E[V](0) at a strength λ past the last return 2(τ − μ₀)/μ', where E[V](λ) − E[V](0) = −λμ'(λμ' + 2(μ₀ − τ)) stays negative", true,
            "D = d = 1, c = R: Δ > 0 is A(m) = 1 > A(g) = −1; E[V](λ) = −((μ(λ) − τ)² + 1) with μ(λ) = e(g + λm)v written out; sat: a λ > 0 with λμ' > 2(τ − μ₀) and E[V](λ) < E[V](0).",
            new FormalShape[] { new(1, 1, 0) }, shape =>
        {
            var s = new SmtScript();
            var e = s.Real("e");
            var v = s.Real("v");
            var m = s.Real("m");
            var g = s.Real("g");
            var tau = s.Real("tau");
            var lambda = s.Real("lambda");
            Term ExpectedValue(Term l)
            {
                var mu = e * (g + l * m) * v;
                return -((mu - tau) * (mu - tau) + Term.One);
            }
            s.Assert(Term.Not(Term.Eq(e, Term.Zero))).Assert(Term.Eq(v * v, Term.One));
            var slope = e * m * v;
            var start = e * g * v;
            return s.Assert(Term.Gt(slope, Term.Zero)).Assert(Term.Lt(start, Term.Zero), "Δ > 0: A(m) = 1 > A(g) = −1")
                .Assert(Term.Gt(lambda, Term.Zero)).Assert(Term.Gt(lambda * slope, Term.Of(2) * (tau - start)), "λ past the last return")
                .Assert(Term.Lt(ExpectedValue(lambda), ExpectedValue(Term.Zero)), "the claim broken");
        }),
    };
}
