using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY T3.1, T3.3: adversarial constitutions (T3.2 runs with T2.5, in d ≥ 2).</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class AdversarialTheorems
{
    [CatalogueProperty("T3.1")]
    public Property AdversarialConstitutionExistsUnlessAligned(ModelCase c) => CatalogueProperty.Of("T3.1", c);

    [CatalogueProperty("T3.3")]
    public Property HarmfulDirectionActivatedIffLatentLeansToIt(ModelCase c) => CatalogueProperty.Of("T3.3", c);
}
