using RlaifTheorems.Properties.Verification.Reports;

namespace RlaifTheorems.Properties.Cli.Eval;

/// <summary><c>eval</c> prints, on standard output and nothing else, every field of the hand-worked model with its true value
/// (<see cref="EvalFieldTests"/>), read from a model file as a user gives it.</summary>
[Collection("Alone")]
public sealed class EvalOutputTests
{
    [Fact]
    public void EvalPrintsEveryFieldOfTheHandWorkedModel()
    {
        var (code, output, error) = CliRun.Of("eval", TempFiles.Write(EvalFieldTests.HandWorkedFile));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        EvalFieldTests.HasTheHandWorkedValues(output);
    }

    /// <summary>An output beyond the double range is one line naming it, exit 2: with E = 10²⁰⁰·I and g = (10²⁰⁰, 10²⁰⁰),
    /// EV(g) = ⟨Eᵀg, v⟩ is about 10⁴⁰⁰; and one that only the exact path finds: with v = e₁, g = (1, 1, 0) and d_c = (1, −1, 2⁻⁶⁰⁰)
    /// the path returns to A(g) at Λ* = 2¹²⁰² (ExactPathSignsTests), while the rounded Δ is 0.</summary>
    [Theory]
    [InlineData("{\"E\": [[1e200, 0], [0, 1e200]], \"v\": [1, 2], \"m\": [1, 0.5], \"g\": [1e200, 1e200], \"constitution\": [[1, 0]]}", "expectedValueOfGeneration")]
    [InlineData("{\"E\": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], \"v\": [1, 0, 0], \"m\": [1, -1, 2.409919865102884e-181], \"g\": [1, 1, 0], \"constitution\": [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}", "path.crossingStrength")]
    public void AnOutputBeyondTheDoubleRangeIsNamed(string model, string name)
    {
        string path = TempFiles.Write(model);
        var (code, output, error) = CliRun.Of("eval", path);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"eval: {path}: {name} lies outside the double range (its magnitude exceeds 1.8e308); rescale E, g or m", error.TrimEnd());
    }
}
