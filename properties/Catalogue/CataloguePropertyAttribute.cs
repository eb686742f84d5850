using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>
/// An FsCheck.Xunit <c>[Property]</c> for catalogue entry <c>id</c>, run under the environment's profile: the entry's case
/// count (<see cref="CatalogueAssert.TestCases"/>, or a LAW's fixed count) and size range, and under CI the very seed
/// <c>check</c> uses for that entry, so a CI failure replays with <c>check ID --seed 260303000</c> as well as with the
/// <c>Replay</c> string FsCheck prints. Elsewhere FsCheck draws a fresh seed and prints it on failure; paste it into
/// <c>[CatalogueProperty("T1.2", Replay = "(seed,gamma)")]</c> to replay.
/// </summary>
public sealed class CataloguePropertyAttribute : PropertyAttribute
{
    /// <summary>The property of entry <paramref name="id"/>; an unknown ID fails test discovery.</summary>
    public CataloguePropertyAttribute(string id)
    {
        var entry = TheoremCatalogue.Find(id) ?? throw new ArgumentException($"no catalogue entry {id}", nameof(id));
        var settings = RunSettings.ForEnvironment(CatalogueAssert.TestCases);
        MaxTest = entry.FixedCases ?? settings.MaxTest;
        MaxRejected = MaxTest * 10;
        EndSize = settings.EndSize;
        if (RunSettings.IsCi)
            Replay = $"({settings.SeedFor(id)},{settings.SeedFor(id + "/gamma") | 1UL})";
    }
}

/// <summary>The body of every catalogue <c>[Property]</c>: the entry's own property function, the one <c>check</c> runs.</summary>
public static class CatalogueProperty
{
    /// <summary>Entry <paramref name="id"/>'s conclusion on <paramref name="case"/>, labelled and classified by its hypothesis.</summary>
    public static Property Of(string id, object @case) =>
        PropertyRunner.AsProperty((TheoremCatalogue.Find(id) ?? throw new ArgumentException($"no catalogue entry {id}", nameof(id))).Evaluate(@case));
}
