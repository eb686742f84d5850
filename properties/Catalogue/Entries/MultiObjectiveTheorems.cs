using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY T5.1, T5.3: several objectives (Gordan's alternative).</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class MultiObjectiveTheorems
{
    [CatalogueProperty("T5.1")]
    public Property ParetoConeNonEmptyIffZeroOutsideHull(MultiObjectiveCase c) => CatalogueProperty.Of("T5.1", c);

    [CatalogueProperty("T5.3")]
    public Property ParetoConstitutionExistsIffZeroOutsideHullWithLatent(MultiObjectiveCase c) => CatalogueProperty.Of("T5.3", c);
}

/// <summary>THEORY T5.2 (THEOREM + LAW): the two-objective cone fraction, by quadrature and Monte Carlo.</summary>
[Properties(Arbitrary = new[] { typeof(TwoObjectiveArbitraries) })]
public sealed class TwoObjectiveLaws
{
    [CatalogueProperty("T5.2")]
    public Property ParetoConeFractionNarrowsWithConflict(MultiObjectiveCase c) => CatalogueProperty.Of("T5.2", c);
}
