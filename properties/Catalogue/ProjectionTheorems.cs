namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC L1, L2: constitutions as projections.</summary>
public sealed class ProjectionTheorems
{
    [Theory]
    [InlineData("L1")]
    [InlineData("L2")]
    public void Holds(string id) => CatalogueAssert.Passes(id);
}
