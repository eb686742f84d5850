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
}
