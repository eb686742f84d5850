using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// The RLAIF path λ ↦ A(g + λd_c) in polynomial form (THEORY T1.1–T1.3): a = Eᵀg, b = Eᵀd_c, p = ⟨a, v⟩, q = ⟨b, v⟩, and the
/// path's hypotheses a ≠ 0, b ≠ 0, b not a negative multiple of a. The crossing strength is the closed form the library's
/// trigonometry reduces to: squaring A(a + λb) = A(a) gives λ[(q²‖a‖² − p²‖b‖²)λ − 2p(p⟨a,b⟩ − q‖a‖²)] = 0, so the only
/// possible return is r = 2p(p⟨a,b⟩ − q‖a‖²)/(q²‖a‖² − p²‖b‖²); it is a genuine return when r &gt; 0 and p + rq has the sign of
/// p, and then Λ* = r, else Λ* = 0. The sign of s(c) is that of q‖a‖² − p⟨a,b⟩ (s = that/‖a‖³).
/// The path statements mention E, g, m and the constitution only through a and b, and every pair of vectors of row(E) is
/// such a pair (g = M⁻¹Ea and, for b = Eᵀb', the constitution span(b') with m = b'), so they are stated over a, b and v in
/// R^k, k = dim row(E), with v free (only its part in row(E) enters, and every comparison is homogeneous in it).
/// </summary>
public sealed class RlaifPathTerms
{
    /// <summary>a = Eᵀg, b = Eᵀd_c.</summary>
    public Term[] A { get; }
    /// <summary>b = Eᵀd_c.</summary>
    public Term[] B { get; }
    /// <summary>p = ⟨a, v⟩, q = ⟨b, v⟩.</summary>
    public Term P { get; }
    /// <summary>q = ⟨b, v⟩.</summary>
    public Term Qv { get; }
    /// <summary>A(g).</summary>
    public Alignment Start { get; }
    /// <summary>A(d_c).</summary>
    public Alignment Limit { get; }
    /// <summary>Λ* (a variable fixed by the closed form).</summary>
    public Term Crossing { get; }
    /// <summary>A term with the sign of s(c).</summary>
    public Term Slope { get; }
    /// <summary>Δ(c) &gt; 0.</summary>
    public Term GapPositive => Alignment.Greater(Limit, Start);
    /// <summary>Δ(c) &lt; 0.</summary>
    public Term GapNegative => Alignment.Greater(Start, Limit);
    /// <summary>Δ(c) = 0.</summary>
    public Term GapZero => Alignment.Same(Start, Limit);

    private readonly SmtScript _script;
    private readonly Term[] _v;
    private readonly Term _a2, _b2, _ab;

    /// <summary>A path in R^<paramref name="k"/> with a, b, v free, asserting the path's hypotheses; with
    /// <paramref name="normalForm"/>, in the plane of a and b with a = (1, 0) and b = (b₀, b₁), b₁ ≥ 0 (k = 2).</summary>
    public RlaifPathTerms(SmtScript script, int k, bool normalForm = false)
    {
        _script = script;
        var s = script;
        if (normalForm && k != 2) throw new ArgumentException("the normal form is planar (k = 2)", nameof(k));
        A = normalForm ? new[] { Term.One, Term.Zero } : s.Reals("a", k);
        B = s.Reals("b", k);
        if (normalForm) s.Assert(Term.Ge(B[1], Term.Zero), "normal form: b in the upper half-plane");
        _v = s.Reals("v", k);
        s.Assert(Term.Le(SquaredNorm(_v), Term.One), "v is the projection of a unit vector: ‖v‖ ≤ 1");
        P = Dot(A, _v);
        Qv = Dot(B, _v);
        _a2 = SquaredNorm(A);
        _b2 = SquaredNorm(B);
        _ab = Dot(A, B);
        s.Assert(Term.Gt(_a2, Term.Zero), "a = Eᵀg ≠ 0")
         .Assert(Term.Gt(_b2, Term.Zero), "b = Eᵀd_c ≠ 0")
         .Assert(Term.Not(Term.And(Term.Eq(_a2 * _b2, _ab.Squared), Term.Lt(_ab, Term.Zero))), "b is not a negative multiple of a");
        Start = new Alignment(P, s.Norm("n_a", _a2), _a2);
        Limit = new Alignment(Qv, s.Norm("n_b", _b2), _b2);
        Slope = Qv * _a2 - P * _ab;

        var r = s.Real("r");
        var numerator = 2 * (P * (P * _ab - Qv * _a2));
        var denominator = Qv.Squared * _a2 - P.Squared * _b2;
        s.Assert(Term.Ite(Term.Eq(denominator, Term.Zero), Term.Eq(r, Term.Zero), Term.Eq(r * denominator, numerator)),
            "r: the non-zero root of the squared crossing equation");
        Crossing = s.Real("crossing");
        s.Assert(Term.Eq(Crossing, Term.Ite(Term.And(Term.Gt(r, Term.Zero), Term.Gt((P + r * Qv) * P, Term.Zero)), r, Term.Zero)),
            "Λ* = r when r is a genuine return, else 0");
    }

    /// <summary>The alignment of the policy at strength <paramref name="lambda"/>, A(g + λd_c), with its norm variable.</summary>
    public Alignment At(string name, Term lambda)
    {
        var x = Add(A, Scale(lambda, B));
        return new Alignment(Dot(x, _v), _script.Norm("n_" + name, SquaredNorm(x)), SquaredNorm(x));
    }

    /// <summary>v, whose part in row(E) is all the path sees.</summary>
    public Term[] V => _v;

    /// <summary>
    /// The strength where the path is at its minimum −r‖P_plane v‖: the policy direction is then −P_plane v, which in the plane
    /// of a and b is (up to a positive factor) w = −((p‖b‖² − q⟨a,b⟩)a + (q‖a‖² − p⟨a,b⟩)b); with z = ‖w‖²b − ⟨b, w⟩w ⟂ w,
    /// a + λb ∥ w exactly when ⟨a + λb, z⟩ = 0. Returns λ (a variable with λ⟨b, z⟩ = −⟨a, z⟩) and ⟨b, z⟩, which must be ≠ 0.
    /// </summary>
    public (Term Lambda, Term Denominator) MinimumStrength()
    {
        var w = Scale(Term.Of(-1), Add(Scale(P * _b2 - Qv * _ab, A), Scale(Qv * _a2 - P * _ab, B)));
        var z = Subtract(Scale(SquaredNorm(w), B), Scale(Dot(B, w), w));
        var lambda = _script.Real("lambda_min");
        var denominator = Dot(B, z);
        _script.Assert(Term.Eq(lambda * denominator, -Dot(A, z)), "λ_min ⟨b, z⟩ = −⟨a, z⟩");
        return (lambda, denominator);
    }
}
