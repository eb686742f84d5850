namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY PROBEs: each plausible claim is refuted by a counterexample shrunk to the THEORY's dimensions.</summary>
public sealed class Probes
{
    [Theory]
    [InlineData("P1.1")]
    [InlineData("P1.2")]
    [InlineData("P1.3")]
    [InlineData("P3.1")]
    [InlineData("N2")]
    [InlineData("N4")]
    [InlineData("N5")]
    public void IsRefutedByShrunkCounterexample(string id) => CatalogueAssert.Passes(id);
}
