namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC T4.1–T4.3: refusal direction and safety subspaces.</summary>
public sealed class LowRankTheorems
{
    [Theory]
    [InlineData("T4.1")]
    [InlineData("T4.2")]
    [InlineData("T4.3")]
    public void Holds(string id) => CatalogueAssert.Passes(id);
}
