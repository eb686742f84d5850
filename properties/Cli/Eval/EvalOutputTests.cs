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
}
