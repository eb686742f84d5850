using System.Runtime.CompilerServices;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties;

/// <summary>
/// An FsCheck.Xunit <c>[Property]</c> that, under CI, replays one fixed seed derived from CI's master seed and the test's name,
/// so a CI run is reproducible and a failure there is the same failure on a developer's machine with <c>CI=true</c>.
/// Elsewhere FsCheck draws a fresh seed each run and prints it on failure.
/// </summary>
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    /// <summary>The property named <paramref name="name"/> (the attributed method's, filled in by the compiler).</summary>
    public SeededPropertyAttribute([CallerMemberName] string name = "")
    {
        if (!RunSettings.IsCi) return;
        var settings = new RunSettings(RunSettings.DefaultMaxTest, RunSettings.CiSeed);
        Replay = $"({settings.SeedFor("test/" + name)},{settings.SeedFor("test/" + name + "/gamma") | 1UL})";
    }
}
