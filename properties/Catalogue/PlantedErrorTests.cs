using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>
/// A catalogue property can fail: T2.1 with a planted wrong conclusion (the ceiling halved, A(u) ≤ ρ/2) fails under
/// FsCheck with a shrunk case and the replay seed in its message, exactly as a [CatalogueProperty] reports it, and that
/// replay string reproduces the same shrunk case.
/// </summary>
public sealed class PlantedErrorTests
{
    private static Property HalvedCeiling(ModelCase c)
    {
        var model = c.Model();
        double a = model.Alignment(model.Latent), bound = model.Quality / 2;
        return PropertyRunner.AsProperty(new CaseOutcome(true, a <= bound + Tolerance.For(), bound - a, $"A(m) = {a:G4} vs ρ/2 = {bound:G4}"));
    }

    private static string Failure(Config config)
    {
        var property = Prop.ForAll(CatalogueArbitraries.ModelCases(), (Func<ModelCase, Property>)HalvedCeiling);
        var error = Assert.ThrowsAny<Exception>(() => Check.One(config, property));
        return error.Message;
    }

    [Fact]
    public void PlantedWrongConclusionFailsWithAShrunkCaseAndAReplayThatReproducesIt()
    {
        string first = Failure(Config.QuickThrowOnFailure.WithMaxTest(CatalogueAssert.TestCases).WithReplay(12345UL, 6789UL));
        Assert.Contains("Falsifiable", first);
        Assert.Contains("Shrunk", first);
        Assert.Contains("A(m) = ", first);
        // FsCheck names the failing step as (seed, gamma) at a size; FsCheck.Xunit prints the same three numbers as the
        // "(seed,gamma,size)" string that [Property(Replay = …)] takes.
        var replay = Regex.Match(first, @"size of (\d+) and seed of \((\d+),(\d+)\)");
        Assert.True(replay.Success, first);

        var step = new Replay(new Rnd(ulong.Parse(replay.Groups[2].Value), ulong.Parse(replay.Groups[3].Value)),
            FSharpOption<int>.Some(int.Parse(replay.Groups[1].Value)));
        string again = Failure(Config.QuickThrowOnFailure.WithMaxTest(1).WithReplay(FSharpOption<Replay>.Some(step)));
        Assert.Equal(Shrunk(first), Shrunk(again));
    }

    private static string Shrunk(string message) => message[message.IndexOf("Shrunk", StringComparison.Ordinal)..].Split('\n')[1].Trim();
}
