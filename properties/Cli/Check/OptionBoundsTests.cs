using RlaifTheorems.Cli.Check;
using RlaifTheorems.Cli.Prove;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>The ends of each documented range are inside it: --dimensions from 2 to 4096, --timeout from 1 to 86400 seconds;
/// one step past either end is refused.</summary>
public sealed class OptionBoundsTests
{
    [Fact]
    public void DimensionsTakeTwoToFourThousandAndNinetySix()
    {
        Assert.Equal([2, DeepDimensions.Largest, 64], DeepDimensions.Parse($"2, {DeepDimensions.Largest},64", out string? problem));
        Assert.Null(problem);
        foreach (string outside in new[] { "1", $"{DeepDimensions.Largest + 1}", "-2", "+2", "2.0", "" })
        {
            Assert.Null(DeepDimensions.Parse(outside, out problem));
            Assert.Equal($"--dimensions takes dimensions from 2 to {DeepDimensions.Largest}, comma-separated; '{outside}' is not one", problem);
        }
    }

    [Fact]
    public void TimeoutTakesOneSecondToADay()
    {
        var root = RlaifTheorems.Cli.Program.Root();
        foreach (int seconds in new[] { 1, ProveCommand.MaxTimeout })
            Assert.Empty(root.Parse(["prove", "--timeout", seconds.ToString()]).Errors);
        foreach (int seconds in new[] { 0, ProveCommand.MaxTimeout + 1 })
            Assert.NotEmpty(root.Parse(["prove", "--timeout", seconds.ToString()]).Errors);
    }
}
