using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Verification.Inputs;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Cli;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>
/// eval's answers do not depend on how inputs are scaled: issue 15's reproducers, against values computed independently to
/// 90 digits. Tiny and huge encoders keep their condition and whitened geometry, extreme vectors keep their alignment, and a
/// spanning vector is dropped only when it is small against itself.
/// </summary>
public sealed class EvalScaleTests
{
    private static ModelEvaluation Eval(string json)
    {
        var (model, constitution, vectors) = ModelFile.Load(TempFiles.Write(json, "scale"));
        return ModelEvaluation.Of(model, constitution, vectors);
    }

    [Theory]
    [InlineData("1e-17")]
    [InlineData("1e155")]
    [InlineData("1")]
    public void AScaledEncoderKeepsItsConditionAndWhitenedGeometry(string scale)
    {
        double s = double.Parse(scale, System.Globalization.CultureInfo.InvariantCulture);
        var e = Eval($$"""{"E":[[{{1 * s:R}},{{2 * s:R}}],[{{3 * s:R}},{{4 * s:R}}]],"v":[1,0],"m":[1,0],"g":[0,1],"constitution":[[1,0]]}""");
        Assert.Equal(14.933034373659268, e.EncoderCondition, 9);
        Assert.Equal(-0.8, e.Reachable.WhitenedCosine, 12);
        Assert.Equal(0.6, e.Reachable.Supremum, 12);
        Assert.Equal(-1, e.Reachable.Infimum, 12);
    }

    [Fact]
    public void ExtremeVectorsKeepTheirAlignment() =>
        Assert.Equal(new[] { 1.0, 1.0, 1.0 }, Eval("""{"E":[[1]],"v":[1],"m":[1],"g":[1],"constitution":[[1]],"vectors":[[1e-200],[1e200],[1]]}""").VectorAlignments);

    [Theory]
    [InlineData("[[1,0],[0,1e-11]]", 2, 0.7071067811865476)]
    [InlineData("[[1e160,0]]", 1, 1.0)]
    [InlineData("[[1e-170,0]]", 1, 1.0)]
    public void ASpanningVectorIsJudgedAgainstItsOwnSize(string constitution, int rank, double activated)
    {
        var e = Eval($$"""{"E":[[1,0],[0,1]],"v":[1,0],"m":[1,1],"g":[0,1],"constitution":{{constitution}}}""");
        Assert.Equal(rank, e.ConstitutionRank);
        Assert.Equal(activated, e.AlignmentOfActivated, 12);
    }

    /// <summary>Alignments, s and the path come from E scaled by a power of two, so E at the top of the range gives E = I's
    /// answers (s = 0.4743, maximum 1 at λ = 1.5), not s = 0 and a maximum "at the limit" from an overflowed Eᵀg.</summary>
    [Fact]
    public void AnEncoderNearOverflowGivesTheIdentitysAnswers()
    {
        var huge = Eval("""{"E":[[1.7e308,0],[0,1.7e308]],"v":[1,2],"m":[1,0.5],"g":[-1,1],"constitution":[[1,0]]}""");
        var unit = Eval("""{"E":[[1,0],[0,1]],"v":[1,2],"m":[1,0.5],"g":[-1,1],"constitution":[[1,0]]}""");
        Assert.Equal(unit.InitialSlope!.Value, huge.InitialSlope!.Value, 14);
        Assert.Equal(0.4743416490252569, huge.InitialSlope!.Value, 14);
        Assert.Equal(unit.AlignmentOfGeneration, huge.AlignmentOfGeneration, 14);
        Assert.Equal(1, huge.Path!.Maximum.Alignment, 12);
        Assert.Equal(1.5, huge.Path.Maximum.Strength!.Value, 12);
        Assert.False(huge.Path.Maximum.AtLimit);
        // ⟨g, Ev⟩ = 1.7e308·(−1 + 2)/√5 is finite, though Eᵀg's products are near the top of the range.
        Assert.Equal(1.7e308 / Math.Sqrt(5), huge.ExpectedValueOfGeneration, 1e295);
    }

    /// <summary>A tiny encoder times a small g underflowed into subnormals and lost digits of A(g): 0.5827588725 against the
    /// true 0.5827543967 (computed to 90 digits).</summary>
    [Fact]
    public void ATinyEncoderTimesASmallGenerationKeepsItsDigits() =>
        Assert.Equal(0.5827543966936668, Eval("""{"E":[[1e-300,2e-300],[3e-300,4e-300]],"v":[1,0],"m":[1,0],"g":[1e-20,3.3e-20],"constitution":[[1,0]]}""").AlignmentOfGeneration, 12);

    /// <summary>A subnormal encoder (5e-324·I) is E = I up to a power of two: d_c = (1, 1)/… activates A = 1/√2, not "nothing".</summary>
    [Fact]
    public void ASubnormalEncoderIsTheIdentityUpToScale()
    {
        var e = Eval("""{"E":[[5e-324,0],[0,5e-324]],"v":[1,0],"m":[1,1],"g":[1,0],"constitution":[[1,1]]}""");
        Assert.Equal(1 / Math.Sqrt(2), e.AlignmentOfActivated, 14);
        Assert.NotNull(e.Path);
    }

    /// <summary>An output whose true value lies beyond the double range is named in one line with exit 2, never a trace: EV of
    /// g = 1e200·(1, 1) under E = 1e200·I is 2.8e400.</summary>
    [Fact]
    public void AnOverflowingOutputIsOneLineAndExitTwo()
    {
        var (model, constitution, _) = ModelFile.Load(TempFiles.Write("""{"E":[[1e200,0],[0,1e200]],"v":[1,1],"m":[1,1],"g":[1e200,1e200],"constitution":[[1,1]]}""", "overflow"));
        Assert.False(ModelEvaluation.TryOf(model, constitution, null, out var none, out var problem));
        Assert.Null(none);
        Assert.Equal(("expectedValueOfGeneration", InputProblem.OutOfRange), (problem.ParamName, problem.Problem));
        Assert.Equal(InputProblem.OutOfRange, Assert.Throws<ModelInputException>(() => ModelEvaluation.Of(model, constitution)).Problem);
        // EV = ⟨g, Ev⟩ = √2·1e400 itself is beyond the range: the public function says so instead of returning +∞, and scaled
        // into the range it is computed (v is normalised: Ev = 1e200·(1, 1)/√2).
        Assert.False(model.TryExpectedValue(model.Generation, out double infinite));
        Assert.Equal(double.PositiveInfinity, infinite);
        Assert.Equal(InputProblem.OutOfRange, Assert.Throws<ModelInputException>(() => model.ExpectedValue(model.Generation)).Problem);
        Assert.True(model.TryExpectedValue(-model.Generation / 1e200, out double finite));
        Assert.Equal(-Math.Sqrt(2) * 1e200, finite, 1e186);
        string path = TempFiles.Write("""{"E":[[1e200,0],[0,1e200]],"v":[1,1],"m":[1,1],"g":[1e200,1e200],"constitution":[[1,1]]}""", "overflow");
        Assert.Equal(2, RlaifTheorems.Cli.Eval.EvalCommand.Run(path));
        // Finite outputs whose products overflow are computed: EV = ⟨g, Ev⟩ with E's entries near 1e308.
        Assert.Null(Eval("""{"E":[[1.2e308,1e308],[-1e308,1.2e308]],"v":[1,0],"m":[1,1],"g":[1,0],"constitution":[[1,1]]}""").Overflowing());
    }

    /// <summary>The `vectors` field's alignments do not depend on E's scale either: E with entries near 1e-318 (about 18 bits
    /// each) against the same E rescaled exactly by 2¹⁰⁵⁶. (Through M^{1/2} at E's own scale they came out [0, 0].)</summary>
    [Fact]
    public void VectorAlignmentsUnderASubnormalEncoderAreItsRescalingsAlignments()
    {
        double[][] e = [[-1.380256e-318, -5.760361e-319], [-1.226651e-318, 2.019197e-319]];
        string File(double[][] x) => "{\"E\": [" + string.Join(", ", x.Select(r => "[" + string.Join(", ", r.Select(t => t.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]"))
            + "], \"v\": [1, 2], \"m\": [1, 0.5], \"g\": [-1, 1], \"constitution\": [[1, 0]], \"vectors\": [[1, 0.3], [0.2, 1]]}";
        double[] Alignments(double[][] x)
        {
            var (model, constitution, vectors) = ModelFile.Load(TempFiles.Write(File(x)));
            Assert.True(ModelEvaluation.TryOf(model, constitution, vectors, out var evaluation, out var problem), problem?.Message);
            return evaluation.VectorAlignments!;
        }
        var tiny = Alignments(e);
        var middle = Alignments(e.Select(r => r.Select(t => Math.ScaleB(t, 1056)).ToArray()).ToArray());
        Assert.Equal(2, tiny.Length);
        for (int j = 0; j < 2; j++)
            Assert.True(Math.Abs(tiny[j] - middle[j]) <= 1e-12 && Math.Abs(middle[j]) > 0.3, $"A(u_{j}) = {tiny[j]:R} against {middle[j]:R}");
    }
}
