using RlaifTheorems.Catalogue;

namespace RlaifTheorems.Properties.Catalogue;

/// <summary>The catalogue's IDs are unique and every one of them has a test in this project.</summary>
public sealed class CatalogueCompletenessTests
{
    private static readonly string[] Tested =
    {
        "L1", "L2", "T1.1", "T1.2", "T1.3", "T1.4", "P1.1", "P1.2", "P1.3",
        "T2.1", "T2.2", "T2.3", "T2.4", "T2.5", "T3.1", "T3.2", "T3.3", "P3.1", "T4.1", "T4.2", "T4.3",
        "T5.1", "T5.2", "T5.3", "N1", "N2", "N3", "N4", "N5", "S1",
    };

    [Fact]
    public void EveryEntryHasATestAndIdsAreUnique()
    {
        var ids = TheoremCatalogue.All.Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(ids.Except(Tested));
        Assert.Empty(Tested.Except(ids));
    }
}
