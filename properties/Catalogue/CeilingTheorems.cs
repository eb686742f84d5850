namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC T2.1–T2.5: the ceiling (T2.4 is a LAW).</summary>
public sealed class CeilingTheorems
{
    [Theory]
    [InlineData("T2.1")]
    [InlineData("T2.2")]
    [InlineData("T2.3")]
    [InlineData("T2.4")]
    [InlineData("T2.5")]
    public void Holds(string id) => CatalogueAssert.Passes(id);
}
