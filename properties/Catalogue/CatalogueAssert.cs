using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>
/// Runs one catalogue entry as an xunit test under the environment's profile (CI: fixed seed) and fails with the
/// seed and the command that replays it. THEOREM/LAW: must hold with at least one case meeting the hypothesis.
/// PROBE: must be refuted, with the counterexample shrunk to the THEORY's dimensions and entries in {0, ±1/2, ±1}
/// wherever the violation survives (checked: no shrink candidate still breaks the claim, so FsCheck stopped at a local minimum).
/// </summary>
public static class CatalogueAssert
{
    /// <summary>Cases per property in the test run (more than <c>check</c>'s default; the suite stays well under a minute).</summary>
    public const int TestCases = 2000;

    /// <summary>Runs and asserts entry <paramref name="id"/> through <c>check</c>'s runner, on <paramref name="cases"/> cases
    /// (default <see cref="TestCases"/>; a LAW always takes its own).</summary>
    public static EntryResult Passes(string id, int cases = TestCases)
    {
        var entry = TheoremCatalogue.Find(id) ?? throw new ArgumentException($"no catalogue entry {id}");
        var settings = RunSettings.ForEnvironment(cases);
        var result = entry.Run(settings);
        string replay = $"replay: dotnet run --project src/RlaifTheorems.Cli -- check {id} --seed {settings.Seed} --max-test {settings.MaxTest}";
        Assert.True(result.Passed,
            $"{id} {result.Verdict}: {result.Message}\n{replay}\nshrunk case: {result.Counterexample}");
        Assert.True(result.HypothesisCases > 0, $"{id} is vacuous: no case met its hypothesis\n{replay}");
        if (entry.Kind == EntryKind.Probe)
        {
            Assert.True(result.Violation > 0, $"{id}: refuted without a positive violation\n{replay}");
            if (entry.ShrinksTo is { } expected)
                Assert.True(expected == result.ShrunkDimensions,
                    $"{id} shrank to {result.ShrunkDimensions}, the THEORY says {expected}\n{replay}\nshrunk case: {result.Counterexample}");
            var shrinks = result.Counterexample switch
            {
                ModelCase c => ModelCaseShrinker.Shrink(c).Cast<object>(),
                ThresholdCase t => ThresholdCase.Arbitrary.Shrinker(t).Cast<object>(),
                CoupledWorldCase w => CoupledWorldCase.Shrink(w).Cast<object>(),
                _ => throw new InvalidOperationException($"{id}: no shrinker known for {result.Counterexample?.GetType().Name}"),
            };
            Assert.True(shrinks.All(candidate => entry.Evaluate(candidate) is not { HypothesisMet: true, Holds: false }),
                $"{id}: the shrunk case can still be simplified\n{replay}\nshrunk case: {result.Counterexample}");
        }
        return result;
    }
}
