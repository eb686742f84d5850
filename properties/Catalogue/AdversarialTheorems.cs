namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC T3.1–T3.3: adversarial constitutions.</summary>
public sealed class AdversarialTheorems
{
    [Theory]
    [InlineData("T3.1")]
    [InlineData("T3.2")]
    [InlineData("T3.3")]
    public void Holds(string id) => CatalogueAssert.Passes(id);
}
