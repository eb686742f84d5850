using FsCheck;
using FsCheck.Fluent;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>A Monte Carlo case of a LAW: dimensions d &lt; D and the seed of its sample stream.</summary>
public sealed record LawCase(int RepresentationDimension, int WorldDimension, int Seed)
{
    /// <summary>Cases with 2 ≤ D ≤ 2 + size/8 (at most 14) and 1 ≤ d &lt; D.</summary>
    public static Arbitrary<LawCase> Arbitrary { get; } = Arb.From(
        Gen.Sized(size =>
            from dWorld in Gen.Choose(2, 2 + Math.Min(12, size / 8))
            from d in Gen.Choose(1, dWorld - 1)
            from seed in Gen.Choose(0, int.MaxValue)
            select new LawCase(d, dWorld, seed)));

    /// <inheritdoc/>
    public override string ToString() => $"d={RepresentationDimension} D={WorldDimension} seed={Seed}";
}
