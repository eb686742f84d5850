using RlaifTheorems.Formal.Exact;
using static RlaifTheorems.Formal.Exact.ExactAlgebra;

namespace RlaifTheorems.Formal.Certificates;

/// <summary>
/// Exact certificates of the PROBEs' counterexamples (THEORY, "Certified counterexamples"). The inputs are the doubles of a
/// corpus file, read as the exact rationals they are; v and spanning vectors are not normalised (every comparison below is
/// homogeneous in them), projections are exact (<see cref="ExactAlgebra.Project"/>), and alignments A(x) = ⟨x, v⟩/√(‖x‖²‖v‖²)
/// are compared by <see cref="ExactAlgebra.CompareRootRatios"/>. A strength or witness found in floating point enters as a
/// short decimal near it (the shortest that still certifies), so the inequality reads in a line.
/// </summary>
public static class CounterexampleCertificates
{
    /// <summary>P1.1 (<paramref name="degrades"/>) or P1.2: Δ(c) &gt; 0 yet A(g + λd_c) &lt; A(g) at a λ near <paramref name="strength"/>, or the mirror.</summary>
    public static ExactCertificate PathAgainstGap(double[][] e, double[] v, double[] m, double[] g, double[][] c, double strength, bool degrades)
    {
        var (E, V) = (e.Select(Of).ToArray(), Of(v));
        var a = TransposeTimes(E, Of(g));
        var b = TransposeTimes(E, Project(c.Select(Of).ToList(), Of(m)));
        string gap = degrades ? "Δ(c) > 0" : "Δ(c) < 0", change = degrades ? "A(g + λd_c) < A(g)" : "A(g + λd_c) > A(g)";
        if (Dot(a, a).Sign == 0 || Dot(b, b).Sign == 0) return ExactCertificate.Fails($"{gap} and {change}", "Eᵀg or Eᵀd_c is exactly 0");
        int gapSign = CompareRootRatios(Dot(b, V), Dot(b, b), Dot(a, V), Dot(a, a));
        if (gapSign != (degrades ? 1 : -1)) return ExactCertificate.Fails($"{gap} and {change}", $"exactly, sign(Δ) = {gapSign}");
        foreach (var lambda in NearbyDecimals(strength))
        {
            var x = AddScaled(a, lambda, b);
            if (Dot(x, x).Sign == 0) continue;
            if (CompareRootRatios(Dot(x, V), Dot(x, x), Dot(a, V), Dot(a, a)) == (degrades ? -1 : 1))
                return new ExactCertificate($"{gap} and {change} at λ = {lambda}", true);
        }
        return ExactCertificate.Fails($"{gap} and {change} near λ = {strength:G6}", "no strength near the floating-point one certifies");
    }

    /// <summary>P1.3: EV(g + λd_c) rises with λ (⟨Eᵀd_c, v⟩ &gt; 0, T1.4) while Δ(c) &lt; 0.</summary>
    public static ExactCertificate ValueRisesAgainstGap(double[][] e, double[] v, double[] m, double[] g, double[][] c)
    {
        var (E, V) = (e.Select(Of).ToArray(), Of(v));
        var a = TransposeTimes(E, Of(g));
        var b = TransposeTimes(E, Project(c.Select(Of).ToList(), Of(m)));
        const string inequality = "⟨Eᵀd_c, v⟩ > 0 (EV rises with λ) and Δ(c) < 0";
        if (Dot(a, a).Sign == 0 || Dot(b, b).Sign == 0) return ExactCertificate.Fails(inequality, "Eᵀg or Eᵀd_c is exactly 0");
        bool certified = Dot(b, V).Sign > 0 && CompareRootRatios(Dot(b, V), Dot(b, b), Dot(a, V), Dot(a, a)) < 0;
        return certified ? new ExactCertificate(inequality, true) : ExactCertificate.Fails(inequality, "exact arithmetic does not confirm it");
    }

    /// <summary>
    /// P3.1: the constitution span(q) (q near <paramref name="witness"/>) activates A(d_c) &lt; −ρ·sin∠(m, Ev), the isometric
    /// formula's floor; exactly: A(d_c) &lt; 0 and A(d_c)² &gt; ρ²(1 − cos²∠(m, Ev)) with ρ² = wᵀM⁻¹w/‖v‖² (needs ⟨m, Ev⟩ ≥ 0).
    /// </summary>
    public static ExactCertificate IsometricFloorBroken(double[][] e, double[] v, double[] m, double[] witness)
    {
        var (E, V, M) = (e.Select(Of).ToArray(), Of(v), Of(m));
        var w = Times(E, V);
        var mw = Dot(M, w);
        const string inequality = "A(d_c) < −ρ·sin∠(m, Ev) (the isometric floor) for c = span(q)";
        // Stryker disable once Equality : at ⟨m, Ev⟩ = 0 the floor is −ρ, which no constitution breaks (|A(d_c)| ≤ ρ, T2.1), so refusing here or after the search is the same verdict.
        if (mw.Sign < 0 || Dot(w, w).Sign == 0) return ExactCertificate.Fails(inequality, "⟨m, Ev⟩ < 0 or Ev = 0: the isometric floor is then −ρ, which T2.1 forbids breaking");
        // ρ²·‖v‖² = ‖P_row v‖² = ‖Proj_{rows of E} v‖².
        var row = Project(E, V);
        var floorSquared = Dot(row, row) / Dot(V, V) * (Rational.One - mw * mw / (Dot(M, M) * Dot(w, w)));
        foreach (var q in NearbyVectors(witness))
        {
            var coefficient = Dot(q, M);
            var y = TransposeTimes(E, q);
            // Stryker disable once Logical,Statement : ⟨q, m⟩ = 0 or Eᵀq = 0 gives p = 0 below, which the test p < 0 refuses before any division.
            if (coefficient.Sign == 0 || Dot(y, y).Sign == 0) continue;
            // Stryker disable once Arithmetic : multiplying and dividing by sign(⟨q, m⟩) = ±1 agree.
            var p = Dot(y, V) * new Rational(coefficient.Sign, 1);
            // A(d_c) = sign(⟨q, m⟩)·⟨Eᵀq, v⟩/√(‖Eᵀq‖²‖v‖²).
            // Stryker disable once Equality : p = 0 would need 0 > floorSquared, and floorSquared = ρ²(1 − cos²) ≥ 0.
            bool negative = p.Sign < 0;
            if (negative && p * p / (Dot(y, y) * Dot(V, V)) > floorSquared)
                return new ExactCertificate($"{inequality}, q = ({string.Join(", ", q)})", true);
        }
        return ExactCertificate.Fails(inequality, "no witness near the floating-point one certifies");
    }

    /// <summary>
    /// N2: Δ(c) &gt; 0, yet the expected non-monotone value E[V] = −((μ − τ)² + 1), μ = ⟨Eᵀθ, v⟩/‖v‖, is lower at a strength λ
    /// past the parabola's last return than at λ = 0, and its leading coefficient −μ'² is negative, so it stays lower for ever.
    /// </summary>
    public static ExactCertificate Overshoot(double[][] e, double[] v, double[] m, double[] g, double[][] c, double tau)
    {
        var (E, V, T) = (e.Select(Of).ToArray(), Of(v), Rational.Of(tau));
        var a = TransposeTimes(E, Of(g));
        var b = TransposeTimes(E, Project(c.Select(Of).ToList(), Of(m)));
        var v2 = Dot(V, V);
        var (c0, slope) = (Dot(a, V), Dot(b, V));
        const string inequality = "Δ(c) > 0, yet E[V](λ) < E[V](0) for every λ past the last return (leading coefficient −μ'² < 0)";
        if (Dot(a, a).Sign == 0 || Dot(b, b).Sign == 0 || slope.Sign == 0) return ExactCertificate.Fails(inequality, "Eᵀg or Eᵀd_c is 0, or μ' = 0");
        if (CompareRootRatios(slope, Dot(b, b), c0, Dot(a, a)) <= 0) return ExactCertificate.Fails(inequality, "exactly, Δ ≤ 0");
        // E[V](λ) − E[V](0) = −λμ'(λμ' + 2(μ₀ − τ)), μ = c/‖v‖: negative iff λc' + 2c₀ − 2τ‖v‖ has the sign of c' (λ > 0).
        // Take λ = the last return 2(τ‖v‖ − c₀)/c' rounded up to an integer, plus one.
        // Every strength past the bound certifies (below), so a larger integer λ changes the printed λ only, never the verdict.
        var returnBound = 2 * (Abs(T) * new Rational(Isqrt(v2) + 1, 1) + Abs(c0)) / Abs(slope);
        // Stryker disable once Arithmetic : Numerator·Denominator ≥ ⌊Numerator/Denominator⌋ for the non-negative bound: a later λ, the same verdict.
        var lambda = new Rational(returnBound.Numerator / returnBound.Denominator + 1, 1);
        // λ|μ'| exceeds 2|c₀| + 2|τ|√‖v‖², so the sign is μ''s whatever the signs of c₀ and τ: the check re-confirms the bound's
        // arithmetic and cannot fail.
        // Stryker disable once Arithmetic,Unary : |λμ'| > 2|c₀| + 2|τ|·√‖v‖² whichever signs c₀ and τ enter with.
        var inner = SignOfSurd(lambda * slope + 2 * c0, -2 * T, v2);
        // Stryker disable once Conditional,String : inner equals sign(μ') by the bound above; the refusal is unreachable.
        return inner == slope.Sign
            ? new ExactCertificate($"{inequality}; at λ = {lambda}: sign(λμ' + 2(μ₀ − τ)) = sign(μ')", true)
            : ExactCertificate.Fails(inequality, "exact arithmetic does not confirm it");
    }

    /// <summary>
    /// N4, by an exact sign argument: with E = (e₁, 0) (e₁ ≠ 0) and v = (0, v₂), ρ = 0 exactly, and for the readout
    /// f = tanh(h²/s² − 1) = tanh(t), t = x₁² − 1, Cov(f, V) = v₂β/(√2·√(1 + β²))·E[t·tanh t]; t·tanh t &gt; 0 for t ≠ 0, so
    /// corr(f, V) &gt; 0 = ρ exactly when v₂β &gt; 0.
    /// </summary>
    public static ExactCertificate CoupledReadoutBeatsCeiling(double[][] e, double[] v, double beta)
    {
        const string inequality = "ρ = 0 and corr(tanh(h²/s² − 1), V) > 0: Cov = v₂β/(√2·√(1 + β²))·E[t·tanh t] with t·tanh t > 0 for t ≠ 0";
        if (e.Length != 1 || e[0].Length != 2 || v.Length != 2) return ExactCertificate.Fails(inequality, "the exact argument is for D = 2, d = 1");
        var (e1, e2, v1, v2, b) = (Rational.Of(e[0][0]), Rational.Of(e[0][1]), Rational.Of(v[0]), Rational.Of(v[1]), Rational.Of(beta));
        if (e1.Sign == 0 || e2.Sign != 0 || v1.Sign != 0) return ExactCertificate.Fails(inequality, "needs E = (e₁, 0), e₁ ≠ 0, and v = (0, v₂)");
        return (v2 * b).Sign > 0 ? new ExactCertificate(inequality, true) : ExactCertificate.Fails(inequality, "v₂β ≤ 0: the readout is not positively correlated");
    }

    /// <summary>
    /// N5, by exact sign arguments over the softmax weights, which lie in (0, 1) whatever exp rounds to: ⟨d_c, m⟩ = Σ w_j⟨a_j, m⟩
    /// is negative when every term is ≤ 0 and one is &lt; 0, and likewise ⟨Eᵀd_c, v⟩; when m is a positive multiple of Ev the
    /// T3.2 floor is exactly 0, so A(d_c) &lt; 0 breaks it too.
    /// </summary>
    public static ExactCertificate AttentionEscapesHemisphere(double[][] e, double[] v, double[] m, double[][] directions)
    {
        const string inequality = "⟨d_c, m⟩ < 0 and A(d_c) < 0 = inf_c A (m a positive multiple of Ev), for d_c = Σ w_j a_j with w_j ∈ (0, 1)";
        var (E, V, M) = (e.Select(Of).ToArray(), Of(v), Of(m));
        var a = directions.Select(Of).ToList();
        var w = Times(E, V);
        // Stryker disable once Equality : ⟨m, w⟩ = 0 with ‖m‖²‖w‖² = 0 means w = Ev = 0 (m ≠ 0), where every ⟨Eᵀa_j, v⟩ = ⟨a_j, w⟩ is 0 and "below" refuses.
        bool positiveMultiple = Dot(M, w).Sign > 0 && Dot(M, M) * Dot(w, w) == Dot(M, w) * Dot(M, w);
        if (!positiveMultiple) return ExactCertificate.Fails(inequality, "the floor is not exactly 0 here: it needs the weights' magnitudes");
        bool Negative(IEnumerable<Rational> terms) => terms.All(t => t.Sign <= 0) && terms.Any(t => t.Sign < 0);
        bool hemisphere = Negative(a.Select(x => Dot(x, M)));
        bool below = Negative(a.Select(x => Dot(TransposeTimes(E, x), V)));
        // Stryker disable once Logical : with m = kEv (k > 0), ⟨Eᵀa_j, v⟩ = ⟨a_j, m⟩/k, so hemisphere and below are the same test.
        return hemisphere && below ? new ExactCertificate(inequality, true) : ExactCertificate.Fails(inequality, "the terms do not all share a sign");
    }

    // Stryker disable once Equality : at 0 both branches give 0; "> 0" negates all three of |τ|, |c₀| and |μ'|, which leaves their quotient unchanged.
    private static Rational Abs(Rational x) => x.Sign < 0 ? -x : x;

    /// <summary>⌊√n⌋ for n = ⌊x⌋ + 1 (x ≥ 0): Isqrt(x) + 1 &gt; √x.</summary>
    // Stryker disable once Arithmetic : Numerator·Denominator ≥ ⌊x⌋ gives a larger upper bound of √x, so a later λ, the same verdict.
    private static System.Numerics.BigInteger Isqrt(Rational x) => Surd.IntegerSquareRoot(x.Numerator / x.Denominator + 1);

    /// <summary>Decimals near x with 1, 2, … 17 significant digits, then x itself.</summary>
    private static IEnumerable<Rational> NearbyDecimals(double x)
    {
        // Stryker disable once Equality : a double's 17-significant-digit decimal is the double itself, which is tried last anyway.
        for (int digits = 1; digits <= 17; digits++)
            if (double.TryParse(x.ToString($"G{digits}", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out double y))
                // Stryker disable once String : a double's default text is its shortest round-trip form, as "R".
                yield return Decimal(y.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        // Stryker disable once Statement : the 17-digit decimal above is x exactly.
        yield return Rational.Of(x);
    }

    private static IEnumerable<Rational[]> NearbyVectors(double[] x)
    {
        // Stryker disable once Equality : a double's 17-significant-digit decimal is the double itself, which is tried last anyway.
        for (int digits = 1; digits <= 17; digits++)
            yield return x.Select(t => Decimal(t.ToString($"G{digits}", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        // Stryker disable once Statement : the 17-digit decimals above are x exactly.
        yield return Of(x);
    }

    /// <summary>The exact value of a decimal numeral such as "-1.25E-3".</summary>
    private static Rational Decimal(string text)
    {
        var parts = text.ToUpperInvariant().Split('E');
        int exponent = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        string mantissa = parts[0];
        int point = mantissa.IndexOf('.');
        // Stryker disable once Equality : .NET never prints a numeral that starts with its decimal point.
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }
        var digits = System.Numerics.BigInteger.Parse(mantissa, System.Globalization.CultureInfo.InvariantCulture);
        // Stryker disable once Equality : at exponent 0 both branches give the digits over 1.
        return exponent >= 0 ? new Rational(digits * System.Numerics.BigInteger.Pow(10, exponent), 1) : new Rational(digits, System.Numerics.BigInteger.Pow(10, -exponent));
    }
}
