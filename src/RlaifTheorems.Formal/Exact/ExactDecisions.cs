using static RlaifTheorems.Formal.Exact.ExactAlgebra;

namespace RlaifTheorems.Formal.Exact;

/// <summary>
/// THEOREM conclusions decided in exact arithmetic, with no tolerance, for a model whose entries are exact rationals (THEORY,
/// "Tolerance-free checks"): E by rows, v (not normalised: every statement is homogeneous in it), m, g and a spanning set c.
/// Alignments are compared through <see cref="ExactAlgebra.CompareRootRatios"/>; ρ² = ‖P_row v‖²/‖v‖² is rational.
/// Entries whose conclusions involve arcsin or arccos (T1.1's rate, T5.2, N1) or gradients with norms (T5.1, T5.3) are
/// not decided here.
/// A check of a statement that holds for every input (L2, T1.1, T2.1–T2.3, T2.5, T3.2, T4.1) is true on every input, and so
/// is any weakening of it: such mutants are marked "weakened check". What the checks guard is the quantities they compare,
/// which are tested on hand-worked models.
/// </summary>
public sealed class ExactDecisions
{
    private readonly Rational[][] _e;
    private readonly Rational[] _v, _m, _g, _dc, _a, _b;
    private readonly List<Rational[]> _c;

    /// <summary>The model, read exactly.</summary>
    public ExactDecisions(double[][] e, double[] v, double[] m, double[] g, double[][] c)
    {
        _e = e.Select(Of).ToArray();
        _v = Of(v);
        _m = Of(m);
        _g = Of(g);
        _c = c.Select(Of).ToList();
        _dc = Project(_c, _m);
        _a = TransposeTimes(_e, _g);
        _b = TransposeTimes(_e, _dc);
    }

    /// <summary>L1: ⟨d_c, m − d_c⟩ = 0 exactly.</summary>
    public bool ActivatedDirectionOnSphere() => Dot(_dc, AddScaled(_m, -1, _dc)).Sign == 0;

    /// <summary>L2: the projector onto span(c), built column by column from P e_i, is exactly symmetric and idempotent.</summary>
    public bool ProjectorSymmetricIdempotent()
    {
        int d = _m.Length;
        var columns = Enumerable.Range(0, d).Select(i => Project(_c, Unit(d, i))).ToArray();
        // Stryker disable Equality,Linq,Boolean : weakened check (L2).
        for (int i = 0; i < d; i++)
        {
            if (Project(_c, columns[i]).Zip(columns[i], (x, y) => x == y).Any(same => !same)) return false;
            for (int j = 0; j < d; j++) if (columns[i][j] != columns[j][i]) return false;
        }
        // Stryker restore Equality,Linq,Boolean
        return true;
    }

    /// <summary>ρ² = ‖P_row(E) v‖²/‖v‖².</summary>
    public Rational SquaredCeiling()
    {
        var row = Project(_e, _v);
        return Dot(row, row) / Dot(_v, _v);
    }

    /// <summary>A(u) ≤ ρ exactly (T2.1), for u with Eᵀu ≠ 0.</summary>
    public bool AlignmentAtMostCeiling(double[] u)
    {
        var y = TransposeTimes(_e, Of(u));
        var p = Dot(y, _v);
        // Stryker disable once Equality : weakened check (T2.1); at p = 0 both branches are true.
        return p.Sign <= 0 || p * p / (Dot(y, y) * Dot(_v, _v)) <= SquaredCeiling();
    }

    /// <summary>T2.3: ρ(KE) ≤ ρ(E) for a row K E of the encoder's row space.</summary>
    public bool CapacityMonotone(double[] k)
    {
        var row = new[] { TransposeTimes(_e, Of(k)) };
        // Stryker disable once Equality : weakened check (T2.3).
        if (Dot(row[0], row[0]).Sign == 0) return true;
        var projected = Project(row, _v);
        return Dot(projected, projected) / Dot(_v, _v) <= SquaredCeiling();
    }

    /// <summary>T4.1: span(d_c) activates d_c exactly (when d_c ≠ 0).</summary>
    // Stryker disable once Equality,Linq : weakened check (T4.1).
    public bool RankOneActivatesSame() => Dot(_dc, _dc).Sign == 0 || Project(new List<Rational[]> { _dc }, _m).Zip(_dc, (x, y) => x == y).All(s => s);

    /// <summary>Whether Eᵀg, Eᵀd_c are non-zero and Eᵀd_c is not a negative multiple of Eᵀg (the path is defined).</summary>
    public bool PathDefined()
    {
        var (a2, b2, ab) = (Dot(_a, _a), Dot(_b, _b), Dot(_a, _b));
        // Stryker disable once Equality : with ‖a‖²‖b‖² = ⟨a, b⟩² > 0, ⟨a, b⟩ is not 0, so < 0 and ≤ 0 agree.
        return a2.Sign > 0 && b2.Sign > 0 && !(a2 * b2 == ab * ab && ab.Sign < 0);
    }

    /// <summary>The plane's exact inner products: p = ⟨a, v⟩, q = ⟨b, v⟩, ‖a‖², ‖b‖², ⟨a, b⟩ and ‖v‖² (a = Eᵀg, b = Eᵀd_c).</summary>
    public (Rational P, Rational Q, Rational A2, Rational B2, Rational AB, Rational V2) PlaneProducts() =>
        (Dot(_a, _v), Dot(_b, _v), Dot(_a, _a), Dot(_b, _b), Dot(_a, _b), Dot(_v, _v));

    /// <summary>sign Δ(c), exactly.</summary>
    public int GapSign() => CompareRootRatios(Dot(_b, _v), Dot(_b, _b), Dot(_a, _v), Dot(_a, _a));

    /// <summary>sign s(c) = sign(q‖a‖² − p⟨a, b⟩), exactly.</summary>
    public int SlopeSign() => (Dot(_b, _v) * Dot(_a, _a) - Dot(_a, _v) * Dot(_a, _b)).Sign;

    /// <summary>T1.3's decision, exactly: Δ ≥ 0 and s ≥ 0, not both zero.</summary>
    public bool ImprovesMonotonically() => GapSign() >= 0 && SlopeSign() >= 0 && !(GapSign() == 0 && SlopeSign() == 0);

    /// <summary>Λ* exactly (T1.2): the genuine non-zero root of the squared crossing equation, or 0; null when Δ = 0.</summary>
    public Rational? CrossingStrength()
    {
        if (GapSign() == 0) return null;
        var (p, q, a2, b2, ab) = (Dot(_a, _v), Dot(_b, _v), Dot(_a, _a), Dot(_b, _b), Dot(_a, _b));
        var denominator = q * q * a2 - p * p * b2;
        if (denominator.Sign == 0) return Rational.Zero;
        var r = 2 * (p * (p * ab - q * a2)) / denominator;
        // Stryker disable once Equality,Arithmetic : r = 0 returns 0 either way; p ≠ 0 here (p = 0 gives r = 0), so the signs of
        // (p + rq)·p and (p + rq)/p agree; (p + rq)·p = 0 exactly is the spurious root the test exists to drop, and gives 0 too.
        return r.Sign > 0 && ((p + r * q) * p).Sign > 0 ? r : Rational.Zero;
    }

    /// <summary>sign(A(g + λd_c) − A(g)), exactly.</summary>
    public int ChangeAt(Rational lambda)
    {
        var x = AddScaled(_a, lambda, _b);
        return Dot(x, x).Sign == 0 ? -Math.Sign(Dot(_a, _v).Sign) : CompareRootRatios(Dot(x, _v), Dot(x, x), Dot(_a, _v), Dot(_a, _a));
    }

    /// <summary>T3.1's decision, exactly (for ρ &gt; 0): an adversarial constitution exists iff m is not a positive multiple of Ev.</summary>
    public bool AdversarialExists()
    {
        var w = Times(_e, _v);
        // Stryker disable once Equality : ⟨m, w⟩ = 0 with ‖m‖²‖w‖² = 0 needs w = Ev = 0, that is ρ = 0, which this decision excludes.
        return !(Dot(_m, w).Sign > 0 && Dot(_m, _m) * Dot(w, w) == Dot(_m, w) * Dot(_m, w));
    }

    /// <summary>
    /// T1.1 with a rigorous rational bound in place of arcsin: at λ = k·r, r a rational ≥ ‖a‖/‖b‖, the policy is within angle
    /// arcsin(1/k) of b, so |A(g + λd_c) − A(d_c)| ≤ arcsin(1/k) ≤ 1/k + 1/k³ (arcsin y = y + y³/6 + 3y⁵/40 + … ≤ y + y³ for
    /// 0 ≤ y ≤ ½), checked for k = 10 and 1000. With A(x) = ⟨x, v⟩/√(‖x‖²‖v‖²), each side of the difference is a single square
    /// root, compared exactly by <see cref="ExactAlgebra.SignOfSurdDifference"/>.
    /// </summary>
    public bool ApproachesActivatedAlignment()
    {
        var (a2, b2, v2) = (Dot(_a, _a), Dot(_b, _b), Dot(_v, _v));
        // Stryker disable Equality,Initializer,Arithmetic,Logical,Boolean,Block : weakened check (T1.1): fewer strengths, a looser
        // bound t, one side of |A(x) − A(b)| ≤ t, or a bound met exactly.
        if (a2.Sign == 0 || b2.Sign == 0) return true;
        var r = RationalSqrtAbove(a2 / b2);
        foreach (long k in new long[] { 10, 1000 })
        {
            var x = AddScaled(_a, k * r, _b);
            var (px, x2, q) = (Dot(x, _v), Dot(x, x), Dot(_b, _v));
            if (x2.Sign == 0) return false;
            // A(x) = (px/(x2·v2))·√(x2·v2), A(b) = (q/(b2·v2))·√(b2·v2); |A(x) − A(b)| ≤ t both ways.
            var (cx, rx, cb, rb, t) = (px / (x2 * v2), x2 * v2, q / (b2 * v2), b2 * v2, new Rational(1, k) + new Rational(1, k * k * k));
            if (SignOfSurdDifference(t, cb, rb, cx, rx) < 0 || SignOfSurdDifference(t, -cb, rb, -cx, rx) < 0) return false;
        }
        // Stryker restore Equality,Initializer,Arithmetic,Logical,Boolean,Block
        return true;
    }

    /// <summary>A dyadic rational r ≥ √x, within a factor 1 + 2⁻²⁰ of it.</summary>
    private static Rational RationalSqrtAbove(Rational x)
    {
        // Stryker disable Arithmetic,Equality,Statement : a root short of √x by a part in 2⁴⁰ moves λ = k·r by as much, far inside
        // the bound's slack (1/k³ against arcsin's y³/6), so T1.1's check gives the same answer.
        var scaled = x.Numerator * System.Numerics.BigInteger.Pow(2, 80) / x.Denominator + 1;
        var root = (System.Numerics.BigInteger)Math.Sqrt((double)scaled);
        while (root * root < scaled) root++;
        // Stryker restore Arithmetic,Equality,Statement
        return new Rational(root, System.Numerics.BigInteger.Pow(2, 40));
    }

    /// <summary>T1.4: EV(g + λd_c) − EV(g) = λ⟨Eᵀd_c, v⟩ has the sign of A(d_c) (both the sign of ⟨Eᵀd_c, v⟩, exactly).</summary>
    public int ExpectedValueSlopeSign() => Dot(_b, _v).Sign;

    /// <summary>T2.2 (ρ &gt; 0): u* = M⁻¹Ev has A(u*) = ρ exactly: ⟨Eᵀu*, v⟩ &gt; 0 and ⟨Eᵀu*, v⟩² = ρ²‖Eᵀu*‖²‖v‖².</summary>
    public bool CeilingAttained()
    {
        var rho2 = SquaredCeiling();
        if (rho2.Sign == 0) return true;
        var y = TransposeTimes(_e, CeilingDirection());
        var p = Dot(y, _v);
        // Stryker disable once Logical,Equality : weakened check (T2.2).
        return p.Sign > 0 && p * p == rho2 * Dot(y, y) * Dot(_v, _v);
    }

    /// <summary>
    /// T2.5 (<paramref name="best"/>) or T3.2 for d ≥ 2: A(d_c) ≤ sup (or ≥ inf) for the constitution span(c) and for each
    /// rank-1 span(c_i), exactly. With K = mᵀM⁻¹w, N = mᵀM⁻¹m, R = wᵀM⁻¹w (so ρ² = R/‖v‖²), sup = ρ if K &gt; 0 else σ and
    /// inf = −ρ if K &lt; 0 else −σ, where σ² = (R − K²/N)/‖v‖², all rational.
    /// </summary>
    public bool WithinReachableBound(bool best)
    {
        var bound2 = ReachableBoundSquared(best);
        var v2 = Dot(_v, _v);
        // Stryker disable Linq,Initializer,Equality,Statement,Arithmetic,Boolean : weakened check (T2.5, T3.2): fewer constitutions,
        // a zero activation not skipped (p = 0 then passes), p·(±1) read as p/(±1).
        var constitutions = new List<List<Rational[]>> { _c }.Concat(_c.Select(x => new List<Rational[]> { x })).Where(c => c.Any(x => x.Any(t => t.Sign != 0)));
        foreach (var c in constitutions)
        {
            var y = TransposeTimes(_e, Project(c, _m));
            if (Dot(y, y).Sign == 0) continue;
            var p = Dot(y, _v) * (best ? 1 : -1);
            // A ≤ sup ⟺ p ≤ 0 or p²/(‖y‖²‖v‖²) ≤ sup² (sup ≥ 0); A ≥ inf likewise with −A.
            if (p.Sign > 0 && p * p / (Dot(y, y) * v2) > bound2) return false;
        }
        // Stryker restore Linq,Initializer,Equality,Statement,Arithmetic,Boolean
        return true;
    }

    /// <summary>
    /// The square of T2.5's supremum (<paramref name="best"/>) or of T3.2's infimum, exactly: with M = EEᵀ, w = Ev,
    /// K = mᵀM⁻¹w, N = mᵀM⁻¹m and R = wᵀM⁻¹w, ρ² = R/‖v‖², and the bound is ρ when s·K &gt; 0 (s = 1 for the supremum, −1 for
    /// the infimum), else ρ·sin∠(m′, w′) with (ρ sin)² = (R − K²/N)/‖v‖².
    /// </summary>
    public Rational ReachableBoundSquared(bool best)
    {
        var w = Times(_e, _v);
        var metric = _e.Select(r => _e.Select(q => Dot(r, q)).ToArray()).ToArray();
        var mInv = Solve(metric, _m);
        var (k, n, r) = (Dot(mInv, w), Dot(mInv, _m), Dot(Solve(metric, w), w));
        var v2 = Dot(_v, _v);
        // Stryker disable once Equality : at K = 0 both bounds are R/‖v‖² (K²/N = 0).
        bool full = best ? k.Sign > 0 : k.Sign < 0;
        return full ? r / v2 : (r - k * k / n) / v2;
    }

    /// <summary>A(d_c)² with its sign, exactly: ⟨Eᵀd_c, v⟩·|⟨Eᵀd_c, v⟩|/(‖Eᵀd_c‖²‖v‖²) (0 when Eᵀd_c = 0).</summary>
    public Rational SignedSquaredActivatedAlignment()
    {
        var (q, b2, v2) = (Dot(_b, _v), Dot(_b, _b), Dot(_v, _v));
        // Stryker disable once Equality : at q = 0, −q and q are both 0.
        return b2.Sign == 0 || v2.Sign == 0 ? Rational.Zero : q * (q.Sign < 0 ? -q : q) / (b2 * v2);
    }

    /// <summary>T3.3: for a with ⟨a, Ev⟩ &lt; 0 (a the first spanning vector, its sign so chosen), span(a) is adversarial iff ⟨a, m⟩ &gt; 0.</summary>
    public bool HarmfulDirectionIffLatentLeans()
    {
        var w = Times(_e, _v);
        var a = _c[0];
        if (Dot(a, w).Sign == 0) return true;
        // Stryker disable Equality,Arithmetic : ⟨a, w⟩ = 0 returned above, so > 0 and ≥ 0 agree and ⟨a, m⟩·⟨a, w⟩ and
        // ⟨a, m⟩/⟨a, w⟩ have one sign.
        if (Dot(a, w).Sign > 0) a = a.Select(t => -t).ToArray();
        var am = Dot(a, _m);
        // d_c = (⟨a, m⟩/‖a‖²)a, so ⟨Eᵀd_c, v⟩ has the sign of ⟨a, m⟩⟨a, w⟩, and ⟨a, w⟩ < 0.
        bool adversarial = (am * Dot(a, w)).Sign < 0;
        // Stryker restore Equality,Arithmetic
        return adversarial == (am.Sign > 0);
    }

    /// <summary>
    /// T5.1/T5.3's witness side, exactly: for objectives v_i, ⟨u, ∇A_i(g)⟩ has the sign of ‖a‖²⟨Eᵀu, v_i⟩ − ⟨a, v_i⟩⟨Eᵀu, a⟩
    /// (a = Eᵀg; ∇A_i(g) = (‖a‖²Ev_i − ⟨a, v_i⟩Ea)/(‖a‖³‖v_i‖)). True when every objective strictly improves along u.
    /// </summary>
    public static bool ImprovesEveryObjective(double[][] e, double[][] values, double[] g, double[] u)
    {
        var rows = e.Select(Of).ToArray();
        var a = TransposeTimes(rows, Of(g));
        var y = TransposeTimes(rows, Of(u));
        return values.Select(Of).All(v => (Dot(a, a) * Dot(y, v) - Dot(a, v) * Dot(y, a)).Sign > 0);
    }

    private Rational[] CeilingDirection()
    {
        var metric = _e.Select(r => _e.Select(q => Dot(r, q)).ToArray()).ToArray();
        return Solve(metric, Times(_e, _v));
    }

    // Stryker disable once Conditional : only L2's check uses it; zero columns make a projector that passes the check (see there).
    private static Rational[] Unit(int d, int i) => Enumerable.Range(0, d).Select(j => j == i ? Rational.One : Rational.Zero).ToArray();
}
