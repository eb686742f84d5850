using RlaifTheorems.Cli.Eval;
using RlaifTheorems.Verification.Inputs;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Cli;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Properties.Verification.Inputs;

/// <summary><c>eval</c>'s input: each malformed file names its problem; a valid one gives the THEORY's numbers.</summary>
[Collection("Console")]
public sealed class ModelFileTests
{
    private static string Write(string json) => TempFiles.Write(json);

    [Theory]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1], "m": [1,0], "g": [1,0], "constitution": [[1,1]]}""", InputProblem.ShapeMismatch, "v:")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,"NaN"], "m": [1,0], "g": [1,0], "constitution": [[1,1]]}""", InputProblem.NonFiniteEntry, "v: entry 1 is NaN")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,1], "m": [1,0], "constitution": [[1,1]]}""", InputProblem.MissingField, "g: is missing")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,1], "m": [0,0], "g": [1,0], "constitution": [[1,1]]}""", InputProblem.ZeroDirection, "m:")]
    [InlineData("""{"E": [[1,1],[2,2]], "v": [1,1], "m": [1,0], "g": [1,0], "constitution": [[1,1]]}""", InputProblem.RankDeficient, "E:")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,1], "m": [1,0], "g": [1,0], "constitution": [[1,1,1]]}""", InputProblem.ShapeMismatch, "constitution:")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,1], "m": [1,0], "g": [1,0], "constitution": [[1,1]""", InputProblem.ShapeMismatch, "model file: is not valid model JSON")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,1], "m": [1,0], "g": [1,0], "constitution": [[0,0]]}""", InputProblem.ZeroDirection, "constitution:")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": "up", "m": [1,0], "g": [1,0], "constitution": [[1,1]]}""", InputProblem.ShapeMismatch, "model file: is not valid model JSON at $.v")]
    public void MalformedFileNamesItsProblem(string json, InputProblem problem, string messageStart)
    {
        var path = Write(json);
        var ex = Assert.Throws<ModelInputException>(() => ModelFile.Load(path));
        Assert.Equal(problem, ex.Problem);
        Assert.StartsWith(messageStart, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(2, EvalCommand.Run(path));
    }

    [Fact]
    public void ValidFileGivesTheSpecQuantities()
    {
        // E = I₂, v = −(1,1)/√2, g = e₁, m = e₁, c = span(−1, 1): d_c = (1/2, −1/2), A(g) = −1/√2, A(d_c) = 0, Δ = 1/√2;
        // b⊥ = (0, −1/2), e₂ = (0, −1), ⟨v, e₂⟩ = 1/√2, so s = ⟨v, e₂⟩‖b⊥‖/‖a‖ = 1/(2√2); ρ = 1; EV slope ⟨d_c, Ev⟩ = 0.
        var path = Write("""{"E": [[1,0],[0,1]], "v": [-1,-1], "m": [1,0], "g": [1,0], "constitution": [[-1,1]]}""");
        var (model, c, _) = ModelFile.Load(path);
        var e = ModelEvaluation.Of(model, c);
        Assert.Equal(1.0, e.Rho, 12);
        Assert.Equal(-1 / Math.Sqrt(2), e.AlignmentOfGeneration, 12);
        Assert.Equal(0.0, e.AlignmentOfActivated, 12);
        Assert.Equal(1 / Math.Sqrt(2), e.Gap, 12);
        Assert.Equal(1 / (2 * Math.Sqrt(2)), e.InitialSlope!.Value, 12);
        Assert.Equal(0.0, e.ExpectedValueSlope, 12);
        Assert.Equal(0.25, e.AgreementOfGeneration, 12);
        Assert.True(e.Path!.ImprovesMonotonically);
        Assert.Equal(-1.0, e.Reachable.Infimum, 12);
        Assert.Equal(1 / Math.Sqrt(2), e.Reachable.Supremum, 12);
        Assert.True(e.Reachable.AdversarialExists);
        Assert.True(e.Reachable.AdversarialWitness!.Alignment < 0);
        Assert.Equal(0, EvalCommand.Run(path));
    }

    /// <summary>"-" reads the model from standard input, with the same numbers as the file on disk.</summary>
    [Fact]
    public void AModelOnStandardInputIsTheModelOnDisk()
    {
        const string json = """{"E": [[1,0],[0,1]], "v": [-1,-1], "m": [1,0], "g": [1,0], "constitution": [[-1,1]]}""";
        var original = Console.In;
        try
        {
            Console.SetIn(new StringReader(json));
            var (model, c, _) = ModelFile.Load("-");
            var (onDisk, cOnDisk, _) = ModelFile.Load(Write(json));
            Assert.Equal(JsonFormat.Serialize(ModelEvaluation.Of(onDisk, cOnDisk)), JsonFormat.Serialize(ModelEvaluation.Of(model, c)));
        }
        finally { Console.SetIn(original); }
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var ex = Assert.Throws<ModelInputException>(() => ModelFile.Load("/nonexistent/model.json"));
        Assert.Equal(InputProblem.MissingField, ex.Problem);
    }
}
