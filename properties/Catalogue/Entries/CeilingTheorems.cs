using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY T2.1–T2.4: the ceiling (T2.4 is a LAW: 10 cases, each a Monte Carlo test at false-alarm ≤ 1e-7).</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class CeilingTheorems
{
    [CatalogueProperty("T2.1")]
    public Property CeilingBoundsEveryDirection(ModelCase c) => CatalogueProperty.Of("T2.1", c);

    [CatalogueProperty("T2.2")]
    public Property CeilingAttainedByWhitenedValue(ModelCase c) => CatalogueProperty.Of("T2.2", c);

    [CatalogueProperty("T2.3")]
    public Property CeilingGrowsWithCapacity(ModelCase c) => CatalogueProperty.Of("T2.3", c);

    [CatalogueProperty("T2.4")]
    public Property HaarCeilingIsBetaDistributed(LawCase c) => CatalogueProperty.Of("T2.4", c);
}

/// <summary>THEORY T2.5, T3.2: the best and worst reachable constitution, whose formulas need d ≥ 2.</summary>
[Properties(Arbitrary = new[] { typeof(PlanarArbitraries) })]
public sealed class ReachableBoundTheorems
{
    [CatalogueProperty("T2.5")]
    public Property BestConstitutionReachesWhitenedCeiling(ModelCase c) => CatalogueProperty.Of("T2.5", c);

    [CatalogueProperty("T3.2")]
    public Property WorstConstitutionReachesWhitenedFloor(ModelCase c) => CatalogueProperty.Of("T3.2", c);
}
