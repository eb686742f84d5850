namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC T1.1–T1.4: self-improvement and the generation–judgment gap.</summary>
public sealed class SelfImprovementTheorems
{
    [Theory]
    [InlineData("T1.1")]
    [InlineData("T1.2")]
    [InlineData("T1.3")]
    [InlineData("T1.4")]
    public void Holds(string id) => CatalogueAssert.Passes(id);
}
