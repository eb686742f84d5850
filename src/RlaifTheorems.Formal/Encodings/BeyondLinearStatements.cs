using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>THEORY N2: the non-monotone value's overshoot, in D = d = 1.</summary>
public static class BeyondLinearStatements
{
    /// <summary>The statements.</summary>
    public static IEnumerable<FormalStatement> All { get; } = new[]
    {
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
