using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY T4.1–T4.3: low rank, the refusal direction and safety subspaces.</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class LowRankTheorems
{
    [CatalogueProperty("T4.1")]
    public Property RankOneConstitutionSuffices(ModelCase c) => CatalogueProperty.Of("T4.1", c);

    [CatalogueProperty("T4.2")]
    public Property UpdateRankBoundedByConstitution(ContextualCase c) => CatalogueProperty.Of("T4.2", c);

    [CatalogueProperty("T4.3")]
    public Property AblationErasesUpdate(ContextualCase c) => CatalogueProperty.Of("T4.3", c);
}
