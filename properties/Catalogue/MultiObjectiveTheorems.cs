namespace RlaifTheorems.Properties.Catalogue;

/// <summary>SPEC T5.1, T5.3: several objectives (T5.2 is in <see cref="Laws"/>).</summary>
public sealed class MultiObjectiveTheorems
{
    [Theory]
    [InlineData("T5.1")]
    [InlineData("T5.3")]
    public void Holds(string id) => CatalogueAssert.Passes(id);
}
