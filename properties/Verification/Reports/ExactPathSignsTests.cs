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
                                pairs.Add(([x, y, z], [x, y2, z2]));
        int roundedNonZero = 0, notImproving = 0;
        foreach (var (a, b) in pairs)
        {
            string path = TempFiles.Write($$"""{"E": [[1,0,0],[0,1,0],[0,0,1]], "v": [2,0,0], "m": [{{string.Join(",", b)}}], "g": [{{string.Join(",", a)}}], "constitution": [[{{string.Join(",", b)}}]]}""");
            Assert.True(ModelFile.TryLoad(path, out var loaded, out var file, out _));
            var rounded = ModelEvaluation.Of(loaded.Value.Model, loaded.Value.Constitution);
            if (rounded.Gap != 0) roundedNonZero++;
            var e = ExactPathSigns.Apply(rounded, file);
            long p = a[0], q = b[0], a2 = a.Sum(t => t * t), ab = a.Zip(b, (s, t) => s * t).Sum(), s = q * a2 - p * ab;
            string where = $"g = ({string.Join(", ", a)}), d_c = ({string.Join(", ", b)})";
            Assert.True(e.Gap == 0, $"{where}: Δ = {e.Gap}");
            Assert.Null(e.Path!.CrossingStrength);
            Assert.Equal(PathSummary.ZeroGap, e.Path.CrossingStrengthUndefined);
            Assert.True(Math.Sign(e.InitialSlope!.Value) == Math.Sign(s), $"{where}: s = {e.InitialSlope} but exactly of sign {Math.Sign(s)}");
            Assert.True(e.Path.ImprovesMonotonically == s > 0, $"{where}: improves {e.Path.ImprovesMonotonically}, s = {s}");
            // The path leaves A(g) and returns to it: the start is one extreme (attained at λ = 0), an interior point the other.
            Assert.Equal(e.AlignmentOfGeneration, e.AlignmentOfActivated);
            var (end, turn) = s > 0 ? (e.Path.Minimum, e.Path.Maximum) : (e.Path.Maximum, e.Path.Minimum);
            Assert.True(end == new PathPoint(e.AlignmentOfGeneration, 0, false), $"{where}: the extreme at the start is {end}");
            Assert.True(!turn.AtLimit && turn.Strength > 0 && Math.Sign(turn.Alignment - e.AlignmentOfGeneration) == Math.Sign(s),
                $"{where}: the turning point is {turn}");
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
    /// E = I₂, v = e₁, g = (−1, y), d_c = (−1, −1) with y from 1e-7 down to 2⁻⁶⁰: s = −y − y² &lt; 0 &lt; Δ = 1/√(1 + y²) − 1/√2,
    /// so the path dips below A(g) before it rises to A(d_c) (T1.3: it does not improve monotonically). The dip, about y²/2,
    /// is lost in rounding A(g) ≈ −1 once y is below 1e-8; the report must still say the path does not improve, give a
    /// strength where A(g + λd_c) ≤ A(g) exactly, an interior minimum, Λ* &gt; 0 and s &lt; 0.
    /// </summary>
    [Fact]
    public void ADipTooSmallToRoundIsStillNotAnImprovement()
    {
        var ys = Enumerable.Range(7, 12).Select(k => Math.Pow(10, -k)).Concat(Enumerable.Range(10, 26).Select(k => Math.ScaleB(1, -2 * k - 10))).ToList();
        double[] v = [1, 0], dc = [-1, -1];
        int below = 0;
        foreach (double y in ys)
        {
            double[] g = [-1, y];
            var (rounded, e) = Evaluate(v, g, dc);
            if (rounded.Path!.Minimum.Alignment == rounded.AlignmentOfGeneration) below++;
            string where = $"y = {y:R}";
            Assert.False(e.Path!.ImprovesMonotonically, $"{where}: improves");
            Assert.True(e.Path.NonImprovementWitness is double lambda && lambda > 0 && DoesNotImproveAt(lambda, v, g, dc),
                $"{where}: the witness {e.Path.NonImprovementWitness} does not show A(g + λd_c) ≤ A(g)");
            Assert.True(!e.Path.Minimum.AtLimit && e.Path.Minimum.Strength > 0, $"{where}: minimum {e.Path.Minimum}");
            Assert.True(e.Path.CrossingStrength > 0 && e.InitialSlope < 0 && e.Gap > 0, $"{where}: Λ* {e.Path.CrossingStrength}, s {e.InitialSlope}, Δ {e.Gap}");
        }
        output.WriteLine($"{ys.Count} paths with s < 0 < Δ; in {below} the minimum's alignment rounds to A(g)");
        Assert.True(below >= 10, $"the dip rounded away in {below}");
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
    /// exactly (⟨a, b⟩/‖a‖² = 1/3 is not a double, and the rounded s is often ±1e-17). The report prints s = 0; the path
    /// improves exactly when Δ &gt; 0 (T1.3), and then the start is the minimum, else the maximum.
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
                    double[] v = [1, 0, 0], g = [3, 3, w], dc = [1, y, z];
                    // d_c parallel to g (a flat path of one direction) is not this case.
                    if (y == 1 && 3 * z == w) continue;
                    models++;
                    var (rounded, e) = Evaluate(v, g, dc);
                    if (rounded.InitialSlope != 0) roundedNonZero++;
                    string where = $"g = (3, 3, {w}), d_c = (1, {y}, {z})";
                    Assert.True(e.InitialSlope == 0, $"{where}: s = {e.InitialSlope}");
                    // Δ's sign exactly: 1/‖b‖ against 3/‖a‖, that is ‖a‖² against 9‖b‖².
                    int gapSign = Math.Sign(18 + w * w - 9 * (1 + y * y + z * z));
                    Assert.True(Math.Sign(e.Gap) == gapSign, $"{where}: Δ = {e.Gap}, exactly of sign {gapSign}");
                    Assert.True(e.Path!.ImprovesMonotonically == gapSign > 0, $"{where}: improves {e.Path.ImprovesMonotonically}");
                    var start = new PathPoint(e.AlignmentOfGeneration, 0, false);
                    Assert.True((gapSign > 0 ? e.Path.Minimum : e.Path.Maximum) == start, $"{where}: {e.Path.Minimum}, {e.Path.Maximum}");
                    if (gapSign <= 0)
                        Assert.True(e.Path.NonImprovementWitness is double lambda && DoesNotImproveAt(lambda, v, g, dc), $"{where}: witness {e.Path.NonImprovementWitness}");
                }
        output.WriteLine($"{models} models with s = 0 exactly; the rounded s was non-zero in {roundedNonZero}");
        Assert.True(models >= 10 && roundedNonZero >= 3, $"{models} models, rounded non-zero in {roundedNonZero}");
    }

    /// <summary>
    /// E = I₃, v = e₁, g = (1, N, 1), d_c = (1, N, k), N = 2²⁶ + i: ‖b‖² − ‖a‖² = k² − 1, so Δ = 1/‖b‖ − 1/‖a‖ is about
    /// (1 − k²)/(2N³) ≈ 1e-24, the size of A's rounding, and s ∝ 1 − k. Where the rounded Δ or s has the wrong sign, the report
    /// recomputes it from the exact inner products: its sign is the exact one, and it agrees with
    /// Δ = (‖a‖² − ‖b‖²)/(‖a‖‖b‖(‖a‖ + ‖b‖)) and s = (1 − k)/‖a‖³, each formed from one exact integer and rounded square roots,
    /// to 1e-12.
    /// </summary>
    [Fact]
    public void ATinyGapOrSlopeWithAWrongRoundedSignIsRecomputed()
    {
        int wrongGap = 0, wrongSlope = 0;
        foreach (int k in new[] { 0, 2 })
            for (int i = 0; i < 200; i++)
            {
                double n = Math.ScaleB(1, 26) + i;
                double[] v = [1, 0, 0], g = [1, n, 1], dc = [1, n, k];
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
                Assert.True(e.Path!.ImprovesMonotonically == (gap > 0 && slope > 0), $"{where}: improves {e.Path.ImprovesMonotonically}");
            }
        output.WriteLine($"400 models with Δ of about 1e-24: the rounded Δ had the wrong sign in {wrongGap}, the rounded s in {wrongSlope}");
        Assert.True(wrongGap >= 5, $"the rounded Δ had the wrong sign in {wrongGap}");
    }
}
