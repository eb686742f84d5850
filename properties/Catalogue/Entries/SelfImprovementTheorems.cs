using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY T1.1–T1.4: self-improvement and the generation–judgment gap.</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class SelfImprovementTheorems
{
    [CatalogueProperty("T1.1")]
    public Property AlignmentTendsToActivatedAlignment(ModelCase c) => CatalogueProperty.Of("T1.1", c);

    [CatalogueProperty("T1.2")]
    public Property StrongRlaifFollowsGapSign(ModelCase c) => CatalogueProperty.Of("T1.2", c);

    [CatalogueProperty("T1.3")]
    public Property MonotoneImprovementIffGapAndSlope(ModelCase c) => CatalogueProperty.Of("T1.3", c);

    [CatalogueProperty("T1.4")]
    public Property ExpectedValueRisesIffActivatedAligned(ModelCase c) => CatalogueProperty.Of("T1.4", c);
}
