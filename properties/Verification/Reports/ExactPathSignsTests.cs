using RlaifTheorems.Formal.Exact;
using RlaifTheorems.Verification.Inputs;
using RlaifTheorems.Verification.Reports;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>
/// eval at an exact Δ = 0 (ExactPathSigns): models with E = I, v = k·e₁, g = (x, y, z) and d_c = (x, y', z') with
/// y² + z² = y'² + z'², so A(g) = A(d_c) exactly; s has the sign of x. Rounded, Δ comes out ±3e-17 in many of
/// them, with a crossing strength near 1e15 and T1.3's decision contradicting it. Every printed field must agree with the
/// exact truth: Δ = 0 (and A(d_c) printed equal to A(g)), no Λ*, T1.3 decided by the sign of s = q‖a‖² − p⟨a, b⟩ (computed
/// here in integers), the start as one extreme and an interior turning point as the other, and a non-improvement witness
/// that does not improve, checked exactly.
/// </summary>
public sealed class ExactPathSignsTests(ITestOutputHelper output)
{
    [Fact]
    public void ExactZeroGapGivesConsistentFields()
    {
        var pairs = new List<(long[] A, long[] B)>();
        for (int y = 0; y <= 11; y++)
            for (int z = y; z <= 11; z++)
                for (int y2 = 0; y2 <= 11; y2++)
                    for (int z2 = y2; z2 <= 11; z2++)
                        if (y * y + z * z == y2 * y2 + z2 * z2 && (y, z) != (y2, z2) && y + z > 0)
                            foreach (int x in new[] { -2, -1, 1, 2, 3 })
                                foreach (int t in new[] { 1, 3 })
                                    pairs.Add(([x, y, z], [t * x, t * y2, t * z2]));
        int roundedNonZero = 0, notImproving = 0;
        foreach (var (a, b) in pairs)
        {
            string path = TempFiles.Write($$"""{"E": [[1,0,0],[0,1,0],[0,0,1]], "v": [2,0,0], "m": [{{string.Join(",", b)}}], "g": [{{string.Join(",", a)}}], "constitution": [[{{string.Join(",", b)}}]]}""");
            Assert.True(ModelFile.TryLoad(path, out var loaded, out var file, out _));
            var rounded = ModelEvaluation.Of(loaded.Value.Model, loaded.Value.Constitution);
            if (rounded.Gap != 0) roundedNonZero++;
            var e = ExactPathSigns.Apply(rounded, file);
            long p = a[0], q = b[0], a2 = a.Sum(t => t * t), b2 = b.Sum(t => t * t), ab = a.Zip(b, (s, t) => s * t).Sum(), s = q * a2 - p * ab;
            string where = $"g = ({string.Join(", ", a)}), d_c = ({string.Join(", ", b)})";
            Assert.True(e.Gap == 0, $"{where}: Δ = {e.Gap}");
            Assert.Null(e.Path!.CrossingStrength);
            Assert.Equal(PathSummary.ZeroGap, e.Path.CrossingStrengthUndefined);
            Assert.True(Math.Sign(e.InitialSlope!.Value) == Math.Sign(s), $"{where}: s = {e.InitialSlope} but exactly of sign {Math.Sign(s)}");
            Assert.True(e.Path.ImprovesMonotonically == s > 0, $"{where}: improves {e.Path.ImprovesMonotonically}, s = {s}");
            // The path leaves A(g) and returns to it: the start is one extreme (attained at λ = 0), an interior point the other.
            Assert.Equal(e.AlignmentOfGeneration, e.AlignmentOfActivated);
            Assert.Equal(e.AgreementOfGeneration, e.AgreementOfActivated);
            var (end, turn) = s > 0 ? (e.Path.Minimum, e.Path.Maximum) : (e.Path.Maximum, e.Path.Minimum);
            Assert.True(end == new PathPoint(e.AlignmentOfGeneration, 0, false), $"{where}: the extreme at the start is {end}");
            Assert.True(!turn.AtLimit && turn.Strength > 0 && Math.Sign(turn.Alignment - e.AlignmentOfGeneration) == Math.Sign(s),
                $"{where}: the turning point is {turn}");
            // It is the critical point λ_c = (p⟨a, b⟩ − q‖a‖²)/(q⟨a, b⟩ − p‖b‖²), where A = ±r, r² = ‖v̂'s projection onto the plane‖²
            // = (p²‖b‖² − 2pq⟨a, b⟩ + q²‖a‖²)/(‖a‖²‖b‖² − ⟨a, b⟩²) (v = 2e₁, so v̂ = e₁ and p, q are the first entries).
            double critical = (double)(p * ab - q * a2) / (q * ab - p * b2);
            double r = Math.Sqrt((double)(p * p * b2 - 2 * p * q * ab + q * q * a2) / (a2 * b2 - ab * ab));
            Assert.True(Math.Abs(turn.Strength!.Value - critical) <= 1e-15 * critical && Math.Abs(turn.Alignment - Math.Sign(s) * r) <= 1e-15,
                $"{where}: the turning point is {turn}, not ({Math.Sign(s) * r:R} at λ = {critical:R})");
            if (s > 0) { Assert.Null(e.Path.NonImprovementWitness); continue; }
            notImproving++;
            double lambda = e.Path.NonImprovementWitness!.Value;
            // A(g + λd_c) ≤ A(g), exactly: x = a + λb, compare x₁/‖x‖ with a₁/‖a‖.
            var l = Rational.Of(lambda);
            var x = a.Zip(b, (s1, t) => (Rational)s1 + l * t).ToArray();
            var x2 = x.Aggregate(Rational.Zero, (acc, t) => acc + t * t);
            Assert.True(ExactAlgebra.CompareRootRatios(x[0], x2, p, a2) <= 0, $"{where}: the witness λ = {lambda} improves");
        }
        output.WriteLine($"{pairs.Count} models with Δ = 0 exactly; rounded Δ was non-zero in {roundedNonZero}; {notImproving} do not improve (s < 0)");
        Assert.True(roundedNonZero >= 5 && notImproving >= 5, $"rounded non-zero in {roundedNonZero}, not improving in {notImproving}");
    }
    /// <summary>eval's evaluation of E = I_D, v, g and d_c = m spanning the constitution: as rounded, and with the exact signs.</summary>
    private static (ModelEvaluation Rounded, ModelEvaluation Exact) Evaluate(double[] v, double[] g, double[] dc)
    {
        int d = v.Length;
        string Row(double[] x) => "[" + string.Join(",", x.Select(t => t.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        string identity = "[" + string.Join(",", Enumerable.Range(0, d).Select(i => Row(Enumerable.Range(0, d).Select(j => i == j ? 1.0 : 0.0).ToArray()))) + "]";
        string path = TempFiles.Write($$"""{"E": {{identity}}, "v": {{Row(v)}}, "m": {{Row(dc)}}, "g": {{Row(g)}}, "constitution": [{{Row(dc)}}]}""");
        Assert.True(ModelFile.TryLoad(path, out var loaded, out var file, out var problem), problem?.Message);
        var rounded = ModelEvaluation.Of(loaded.Value.Model, loaded.Value.Constitution);
        return (rounded, ExactPathSigns.Apply(rounded, file));
    }

    /// <summary>Whether A(g + λd_c) ≤ A(g) (E = I, so a = g and b = d_c), decided exactly.</summary>
    private static bool DoesNotImproveAt(double lambda, double[] v, double[] g, double[] dc)
    {
        var l = Rational.Of(lambda);
        var u = v.Select(Rational.Of).ToArray();
        var a = g.Select(Rational.Of).ToArray();
        var x = a.Zip(dc, (s, t) => s + l * Rational.Of(t)).ToArray();
        static Rational Dot(Rational[] p, Rational[] q) => p.Zip(q, (s, t) => s * t).Aggregate(Rational.Zero, (acc, t) => acc + t);
        return ExactAlgebra.CompareRootRatios(Dot(x, u), Dot(x, x), Dot(a, u), Dot(a, a)) <= 0;
    }

    /// <summary>
    /// E = I₂, v = ±3e₁, g = (−1, y), d_c = (−1, −1) with y from 1e-7 down to 2⁻⁶⁰. With v = 3e₁, s ∝ −y − y² &lt; 0 &lt; Δ: the
    /// path dips to −1 at λ = y exactly (A′ ∝ S + λT with S = −3(y + y²), T = 3(1 + y)) and rises to A(d_c) = −1/√2. With v = −3e₁
    /// it is the mirror: it rises to 1 at λ = y and falls to 1/√2 &lt; A(g), Δ &lt; 0 &lt; s. Either way it does not improve (T1.3),
    /// though the turn, about y²/2, is lost in rounding A(g) ≈ ∓1 once y is below 1e-8. The report must say so, with a strength
    /// where A(g + λd_c) ≤ A(g) exactly, the turning point at λ = y with value ∓1 (to the digit where the exact decision ran,
    /// y ≤ 1e-12; within rounding where the direct evaluation suffices), the limit as the other extreme, and Λ* &gt; 0.
    /// </summary>
    [Fact]
    public void ATurnTooSmallToRoundIsStillNotAnImprovement()
    {
        var ys = Enumerable.Range(7, 12).Select(k => Math.Pow(10, -k)).Concat(Enumerable.Range(10, 26).Select(k => Math.ScaleB(1, -2 * k - 10))).ToList();
        double[] dc = [-1, -1];
        int rounded = 0;
        foreach (double sign in new[] { 1.0, -1.0 })
            foreach (double y in ys)
            {
                double[] v = [3 * sign, 0], g = [-1, y];
                var (roundedEvaluation, e) = Evaluate(v, g, dc);
                var (turn, end) = sign > 0 ? (e.Path!.Minimum, e.Path!.Maximum) : (e.Path!.Maximum, e.Path!.Minimum);
                if (roundedEvaluation.AlignmentOfGeneration == -sign) rounded++;
                string where = $"v = {3 * sign}e₁, y = {y:R}";
                Assert.False(e.Path.ImprovesMonotonically, $"{where}: improves");
                Assert.True(e.Path.NonImprovementWitness is double lambda && lambda > 0 && DoesNotImproveAt(lambda, v, g, dc),
                    $"{where}: the witness {e.Path.NonImprovementWitness} does not show A(g + λd_c) ≤ A(g)");
                Assert.True(!turn.AtLimit && Math.Abs(turn.Alignment + sign) <= 2e-16, $"{where}: turning point {turn}");
                Assert.True(y <= 1e-12 ? turn.Strength == y : Math.Abs(turn.Strength!.Value - y) <= 1e-3 * y, $"{where}: turning point {turn}");
                Assert.Equal(new PathPoint(roundedEvaluation.AlignmentOfActivated, null, true), end);
                Assert.Equal(roundedEvaluation.AlignmentOfActivated, e.AlignmentOfActivated);
                Assert.Equal(roundedEvaluation.AgreementOfActivated, e.AgreementOfActivated);
                Assert.True(e.Path.CrossingStrength > 0 && e.Path.CrossingStrengthUndefined is null, $"{where}: Λ* {e.Path.CrossingStrength}");
                Assert.True(Math.Sign(e.InitialSlope!.Value) == -sign && Math.Sign(e.Gap) == sign, $"{where}: s {e.InitialSlope}, Δ {e.Gap}");
            }
        output.WriteLine($"{2 * ys.Count} paths with a turn before A(d_c); in {rounded} A(g) rounds to ∓1, the turn's value");
        Assert.True(rounded >= 20, $"A(g) rounded to the turn's value in {rounded}");
    }

    /// <summary>
    /// E = I₃, v = e₁, g = (0, j, 0), d_c = (0, 0, k): v is orthogonal to the plane, so A ≡ 0 along the path, Δ = s = 0 and the
    /// path does not improve (T1.3). Every strength is a witness (A(g + λd_c) = A(g) exactly), the start is both extremes, and
    /// Λ* is undefined.
    /// </summary>
    [Fact]
    public void AFlatPathDoesNotImproveAndEveryStrengthWitnessesIt()
    {
        foreach (int j in new[] { 1, 3, -2 })
            foreach (int k in new[] { 1, 5, -7 })
            {
                double[] v = [1, 0, 0], g = [0, j, 0], dc = [0, 0, k];
                var (_, e) = Evaluate(v, g, dc);
                string where = $"g = (0, {j}, 0), d_c = (0, 0, {k})";
                Assert.True(e.Gap == 0 && e.InitialSlope == 0, $"{where}: Δ {e.Gap}, s {e.InitialSlope}");
                Assert.False(e.Path!.ImprovesMonotonically, where);
                Assert.True(e.Path.NonImprovementWitness is double lambda && lambda > 0 && DoesNotImproveAt(lambda, v, g, dc), $"{where}: witness {e.Path.NonImprovementWitness}");
                var start = new PathPoint(0, 0, false);
                Assert.True(e.Path.Minimum == start && e.Path.Maximum == start, $"{where}: {e.Path.Minimum}, {e.Path.Maximum}");
                Assert.Null(e.Path.CrossingStrength);
            }
    }

    /// <summary>
    /// E = I₃, v = e₁, g = (3, 3, w), d_c = (1, y, z) with 9 + w² = 9y + 3wz, so that s ∝ q‖a‖² − p⟨a, b⟩ = ‖a‖² − 3⟨a, b⟩ = 0
    /// exactly (⟨a, b⟩/‖a‖² = 1/3 is not a double, and the rounded s is often ±1e-17), and each with g scaled by 2⁻⁶⁰ and 2⁶⁰
    /// (s scales as 1/‖g‖). The report prints s = 0; the path improves exactly when Δ &gt; 0 (T1.3), and then the start is the
    /// minimum, else the maximum.
    /// </summary>
    [Fact]
    public void AnExactlyZeroSlopeIsPrintedAsZero()
    {
        int roundedNonZero = 0, models = 0;
        foreach (int w in new[] { 0, 3, 6 })
            for (int y = -6; y <= 6; y++)
                for (int z = -6; z <= 6; z++)
                {
                    if (9 + w * w != 9 * y + 3 * w * z) continue;
                    // d_c parallel to g (a flat path of one direction) is not this case.
                    if (y == 1 && 3 * z == w) continue;
                    // s scales as 1/‖g‖ and the scale-1 slope does not: whether the signs are settled exactly must not depend on g's scale.
                    foreach (int k in new[] { 0, -60, 60 })
                    {
                        double[] v = [1, 0, 0], g = [Math.ScaleB(3, k), Math.ScaleB(3, k), Math.ScaleB(w, k)], dc = [1, y, z];
                        models++;
                        var (rounded, e) = Evaluate(v, g, dc);
                        if (rounded.InitialSlope != 0) roundedNonZero++;
                        string where = $"g = 2^{k}·(3, 3, {w}), d_c = (1, {y}, {z})";
                        Assert.True(e.InitialSlope == 0, $"{where}: s = {e.InitialSlope}");
                        // Δ's sign exactly: 1/‖b‖ against 3/‖a‖, that is ‖a‖² against 9‖b‖².
                        int gapSign = Math.Sign(18 + w * w - 9 * (1 + y * y + z * z));
                        Assert.True(Math.Sign(e.Gap) == gapSign, $"{where}: Δ = {e.Gap}, exactly of sign {gapSign}");
                        Assert.True(e.Path!.ImprovesMonotonically == gapSign > 0, $"{where}: improves {e.Path.ImprovesMonotonically}");
                        var start = new PathPoint(e.AlignmentOfGeneration, 0, false);
                        Assert.True((gapSign > 0 ? e.Path.Minimum : e.Path.Maximum) == start, $"{where}: {e.Path.Minimum}, {e.Path.Maximum}");
                        // With s = 0 the start is a critical point and the path is monotone after it: towards the limit.
                        if (gapSign < 0) Assert.True(e.Path.Minimum == new PathPoint(rounded.AlignmentOfActivated, null, true), $"{where}: minimum {e.Path.Minimum}");
                        if (gapSign <= 0)
                            Assert.True(e.Path.NonImprovementWitness is double lambda && DoesNotImproveAt(lambda, v, g, dc), $"{where}: witness {e.Path.NonImprovementWitness}");
                    }
                }
        // s = 0 with Δ > 0: g = (−j, 0, 0) is the plane's direction most opposed to v = e₁, the path's minimum, and it rises
        // from there to A(d_c) = q/√(q² + 1) (d_c = (q, 1, 0)): it improves, the start is the minimum and the limit the maximum.
        foreach (int j in new[] { 1, 3 })
            foreach (int q in new[] { -2, -1, 0, 1, 2 })
            {
                double[] v = [1, 0, 0], g = [-j, 0, 0], dc = [q, 1, 0];
                var (rounded, e) = Evaluate(v, g, dc);
                string where = $"g = (−{j}, 0, 0), d_c = ({q}, 1, 0)";
                Assert.True(e.InitialSlope == 0 && e.Gap > 0 && e.Path!.ImprovesMonotonically && e.Path.NonImprovementWitness is null, $"{where}: s {e.InitialSlope}, Δ {e.Gap}");
                Assert.True(e.Path.Minimum == new PathPoint(e.AlignmentOfGeneration, 0, false) && e.Path.Maximum == new PathPoint(rounded.AlignmentOfActivated, null, true),
                    $"{where}: {e.Path.Minimum}, {e.Path.Maximum}");
            }
        output.WriteLine($"{models} models with s = 0 exactly; the rounded s was non-zero in {roundedNonZero}");
        Assert.True(models >= 10 && roundedNonZero >= 3, $"{models} models, rounded non-zero in {roundedNonZero}");
    }

    /// <summary>
    /// E = I₃, v = (3/4, 0, 0), g = (1, N, 1), d_c = (1, N, k) for N = 2²⁶ + i and N = 2⁶⁵ … 2³⁰⁰: ‖b‖² − ‖a‖² = k² − 1, so
    /// Δ = 1/‖b‖ − 1/‖a‖ is about (1 − k²)/(2N³), the size of A's rounding or far below it, and s ∝ 1 − k. The exact signs
    /// decide every field: where the rounded Δ or s has the wrong sign it is recomputed, with the exact sign and within 1e-12 of
    /// Δ = (‖a‖² − ‖b‖²)/(‖a‖‖b‖(‖a‖ + ‖b‖)) and s = (1 − k)/‖a‖³ (one exact integer over rounded square roots). The extremes
    /// follow A′ ∝ S + λT, S ∝ 1 − k, T ∝ −(k² − k): with k = 0 the path rises from the start to the limit; with k = 2 it falls
    /// from the start to the limit; with k = −2 it rises to 1/√(1 + N²) at λ = 1/2 and falls to the limit, below A(g); with
    /// k = −1.01 it rises and returns to A(g) late (Λ* &gt; 2), so the witness lies past Λ*.
    /// </summary>
    [Fact]
    public void ATinyGapOrSlopeWithAWrongRoundedSignIsRecomputed()
    {
        int wrongGap = 0, wrongSlope = 0, models = 0;
        var ns = Enumerable.Range(0, 120).Select(i => Math.ScaleB(1, 26) + i).Concat(new[] { 65, 80, 100, 200, 300 }.Select(e => Math.ScaleB(1, e)));
        foreach (double k in new[] { 0, 2, -2, -1.01 })
            foreach (double n in ns)
            {
                models++;
                double[] v = [0.75, 0, 0], g = [1, n, 1], dc = [1, n, k];
                var (rounded, e) = Evaluate(v, g, dc);
                double a2 = 2 + n * n, b2 = 1 + n * n + k * k;
                double gap = (1 - k * k) / (Math.Sqrt(a2) * Math.Sqrt(b2) * (Math.Sqrt(a2) + Math.Sqrt(b2)));
                double slope = (1 - k) / (a2 * Math.Sqrt(a2));
                string where = $"N = {n}, k = {k}";
                Assert.True(Math.Sign(e.Gap) == Math.Sign(gap) && Math.Sign(e.InitialSlope!.Value) == Math.Sign(slope), $"{where}: Δ {e.Gap}, s {e.InitialSlope}");
                if (Math.Sign(rounded.Gap) != Math.Sign(gap))
                {
                    wrongGap++;
                    Assert.True(Math.Abs(e.Gap - gap) <= 1e-12 * Math.Abs(gap), $"{where}: Δ = {e.Gap:R}, about {gap:R}");
                }
                if (Math.Sign(rounded.InitialSlope!.Value) != Math.Sign(slope))
                {
                    wrongSlope++;
                    Assert.True(Math.Abs(e.InitialSlope.Value - slope) <= 1e-12 * Math.Abs(slope), $"{where}: s = {e.InitialSlope:R}, about {slope:R}");
                }
                Assert.True(e.Path!.ImprovesMonotonically == (k == 0), $"{where}: improves {e.Path.ImprovesMonotonically}");
                if (k == 0) Assert.Null(e.Path.NonImprovementWitness);
                else Assert.True(e.Path.NonImprovementWitness is double lambda && lambda > 0 && DoesNotImproveAt(lambda, v, g, dc), $"{where}: witness {e.Path.NonImprovementWitness}");
                if (k == -1.01)
                    Assert.True(e.Path.Minimum == new PathPoint(rounded.AlignmentOfActivated, null, true) && e.Path.CrossingStrength > 2,
                        $"{where}: {e.Path.Minimum}, Λ* = {e.Path.CrossingStrength}");
                var start = new PathPoint(rounded.AlignmentOfGeneration, 0, false);
                var limit = new PathPoint(rounded.AlignmentOfActivated, null, true);
                Assert.Equal(rounded.AlignmentOfActivated, e.AlignmentOfActivated);
                if (k == 0) Assert.True(e.Path.Minimum == start && e.Path.Maximum == limit, $"{where}: {e.Path.Minimum}, {e.Path.Maximum}");
                if (k == 2) Assert.True(e.Path.Minimum == limit && e.Path.Maximum == start, $"{where}: {e.Path.Minimum}, {e.Path.Maximum}");
                if (k == -2)
                {
                    double top = 1 / Math.Sqrt(1 + n * n);
                    var max = e.Path.Maximum;
                    Assert.True(e.Path.Minimum == limit && max.Strength == 0.5 && !max.AtLimit && Math.Abs(max.Alignment - top) <= 1e-15 * top,
                        $"{where}: {e.Path.Minimum}, {max}, the top is {top:R}");
                }
            }
        output.WriteLine($"{models} models with Δ of about 1e-24 or less: the rounded Δ had the wrong sign in {wrongGap}, the rounded s in {wrongSlope}");
        Assert.True(wrongGap >= 5 && wrongSlope >= 5, $"the rounded Δ had the wrong sign in {wrongGap}, s in {wrongSlope}");
    }

    /// <summary>
    /// The same tiny gap with v = (−3/4, 0, 0), so that both alignments are negative: g = (1, 2⁶⁵, 1), d_c = (1, 2⁶⁵, −1.01). Then
    /// Δ = −(‖a‖² − ‖b‖²)/(‖a‖‖b‖(‖a‖ + ‖b‖)) ≈ +2.0e-61 beside alignments of −2.7e-20; it must come out within 1e-12 of that,
    /// which takes more than the first 120 bits (the size the precision is measured against is |A(d_c)| + |A(g)|).
    /// </summary>
    [Fact]
    public void ATinyGapBetweenNegativeAlignmentsIsKnownTo60Bits()
    {
        double n = Math.ScaleB(1, 65), k = -1.01;
        double[] v = [-0.75, 0, 0], g = [1, n, 1], dc = [1, n, k];
        var (_, e) = Evaluate(v, g, dc);
        double a2 = 2 + n * n, b2 = 1 + n * n + k * k;
        double gap = -(1 - k * k) / (Math.Sqrt(a2) * Math.Sqrt(b2) * (Math.Sqrt(a2) + Math.Sqrt(b2)));
        Assert.True(Math.Abs(e.Gap - gap) <= 1e-12 * Math.Abs(gap), $"Δ = {e.Gap:R}, about {gap:R}");
    }

    /// <summary>
    /// A crossing beyond the double range: v = e₁, g = (1, 1, 0), d_c = (1, −1, ε) with ε = 2⁻⁶⁰⁰. Then A(g + λd_c) =
    /// (1 + λ)/√(2 + 2λ² + λ²ε²) equals A(g) = 1/√2 at λ = 0 and at Λ* = 4/ε² = 2¹²⁰², far beyond 1.8e308; Δ ≈ −ε²/(4√2) rounds to
    /// −0 and A(d_c) to A(g), so the exact path decides. Exactly: not an improvement (Δ &lt; 0 &lt; s), Λ* is +∞ as a double, and no
    /// witness exists in the double range (the path is above A(g) up to Λ*), which eval then names in one line.
    /// </summary>
    [Fact]
    public void ACrossingBeyondTheDoubleRangeHasNoWitnessAndIsNamed()
    {
        double epsilon = Math.ScaleB(1, -600);
        var (_, e) = Evaluate([1, 0, 0], [1, 1, 0], [1, -1, epsilon]);
        Assert.True(e.Gap == 0 && double.IsNegative(e.Gap), $"Δ = {e.Gap:R}, about −1e-362");
        Assert.True(e.InitialSlope > 0, $"s = {e.InitialSlope}");
        Assert.False(e.Path!.ImprovesMonotonically);
        Assert.Equal(double.PositiveInfinity, e.Path.CrossingStrength);
        Assert.Null(e.Path.NonImprovementWitness);
        Assert.Equal("path.crossingStrength", e.Overflowing());
    }

    /// <summary>
    /// v = (∓1, 0, h) out of the plane of g = (1, y, 0) and d_c = (1, −1, 0), y ≤ 1e-12: the policy turns through (1, 0) at λ = y
    /// exactly, where A = ∓r, r = 1/√(1 + h²), the minimum (the maximum), and moves on to A(d_c) = ∓r/√2. A(g) = ∓r/√(1 + y²)
    /// lies within about ry²/2 of ∓r, far below rounding, and the printed A(g) is the rounded ∓r or a neighbour of it. Where it is
    /// rounded past the true turn (decided exactly: A(g)²(1 + h²) &gt; 1), the printed turn must still be no nearer the limit than
    /// the printed start: an interior extreme lies beyond both ends (T1.3's turn), whatever the rounding of each.
    /// </summary>
    [Fact]
    public void AnInteriorTurnIsNeverPrintedInsideTheStartItNearlyEquals()
    {
        int past = 0, models = 0;
        foreach (double sign in new[] { 1.0, -1.0 })
            foreach (double y in new[] { 1e-13, Math.ScaleB(1, -50) })
                for (int i = 0; i < 300; i++)
                {
                    double h = 0.05 + 0.0173 * i;
                    double[] v = [-sign, 0, h], g = [1, y, 0], dc = [1, -1, 0];
                    var (_, e) = Evaluate(v, g, dc);
                    models++;
                    double r = 1 / Math.Sqrt(1 + h * h);
                    var turn = sign > 0 ? e.Path!.Minimum : e.Path!.Maximum;
                    string where = $"v = ({-sign}, 0, {h:R}), y = {y:R}";
                    Assert.False(e.Path.ImprovesMonotonically, $"{where}: improves");
                    Assert.True(!turn.AtLimit && turn.Strength == y && Math.Abs(turn.Alignment + sign * r) <= 4e-16, $"{where}: turn {turn}, {-sign * r:R}");
                    double nearerEnd = sign > 0 ? Math.Min(e.AlignmentOfGeneration, e.AlignmentOfActivated) : Math.Max(e.AlignmentOfGeneration, e.AlignmentOfActivated);
                    Assert.True(sign * (nearerEnd - turn.Alignment) >= 0,
                        $"{where}: turn {turn.Alignment:R} inside an end ({e.AlignmentOfGeneration:R}, {e.AlignmentOfActivated:R})");
                    var start = Rational.Of(e.AlignmentOfGeneration);
                    if (start * start * (1 + Rational.Of(h) * Rational.Of(h)) > Rational.One) past++;
                }
        output.WriteLine($"{models} paths with a turn below rounding; the printed A(g) lies past the true turn in {past}");
        Assert.True(past >= 20, $"the printed A(g) lies past the true turn in {past} of {models}");
    }
}
