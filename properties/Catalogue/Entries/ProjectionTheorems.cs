using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY L1, L2: constitutions as projections.</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class ProjectionTheorems
{
    [CatalogueProperty("L1")]
    public Property ActivatedDirectionsFillOpenHemisphere(ModelCase c) => CatalogueProperty.Of("L1", c);

    [CatalogueProperty("L2")]
    public Property ProjectorIsSymmetricIdempotent(ModelCase c) => CatalogueProperty.Of("L2", c);
}
