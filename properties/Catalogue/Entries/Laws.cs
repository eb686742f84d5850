using FsCheck;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Entries;

/// <summary>THEORY N1, N3: LAWs beyond the linear model, checked by Monte Carlo within stated confidence bounds.</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class BeyondLinearLaws
{
    [CatalogueProperty("N1")]
    public Property AgreementFollowsSheppardUnderMonotoneValues(ModelCase c) => CatalogueProperty.Of("N1", c);

    [CatalogueProperty("N3")]
    public Property NoReadoutBeatsCeilingInGaussianWorld(ModelCase c) => CatalogueProperty.Of("N3", c);
}

/// <summary>THEORY S1: the learned judge, in d ≥ 2.</summary>
[Properties(Arbitrary = new[] { typeof(PlanarArbitraries) })]
public sealed class FiniteSampleLaws
{
    [CatalogueProperty("S1")]
    public Property LearnedJudgeConvergesToActivatedAlignment(ModelCase c) => CatalogueProperty.Of("S1", c);
}
