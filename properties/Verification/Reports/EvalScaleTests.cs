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
}
