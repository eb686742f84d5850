using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Properties.Catalogue.Generators;

[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class OtherGeneratorTests
{
    [SeededProperty(MaxTest = 300)]
    public bool LawCasesHaveProperSubspaces(LawCase c) =>
        c.WorldDimension is >= 2 and <= 14 && c.RepresentationDimension >= 1 && c.RepresentationDimension < c.WorldDimension;

    [SeededProperty(MaxTest = 300)]
    public bool ContextualCasesHaveConsistentShapesAndBoundedRank(ContextualCase c)
    {
        int d = c.G.Length, p = c.G[0].Length;
        int rank = NumericalRank.Of(Matrix<double>.Build.DenseOfRowArrays(c.L));
        return c.L.Length == d && c.L.All(row => row.Length == p)
            && c.Constitutions.All(s => s.All(row => row.Length == d))
            && c.Constitutions.Length == c.Strengths.Length
            && c.Strengths.All(l => l is >= 0.1 and <= 3)
            && rank >= 1 && rank <= Math.Min(d, p);
    }

    [Fact]
    public void RealsStayBoundedAndFinite()
    {
        Assert.All(Gen.Sample(Reals.Normal, 5000, new Rnd(5UL, 13UL), 100), x => Assert.InRange(x, -7, 7));
        Assert.All(Gen.Sample(Reals.Unit, 5000, new Rnd(6UL, 15UL), 100), x => Assert.InRange(x, double.Epsilon, 1 - 1e-12));
        Assert.All(Gen.Sample(Reals.UnitVector(4), 500, new Rnd(7UL, 17UL), 100), x => Assert.Equal(1.0, Vectors.Norm(x), 12));
    }
}

public sealed class MultiObjectiveGeneratorTests
{
    [Fact]
    public void BothSidesOfGordansAlternativeAreGenerated()
    {
        var cases = Gen.Sample(MultiObjectiveCase.Arbitrary().Generator, 400, new Rnd(8UL, 19UL), 100);
        var certificates = cases.Select(c => RlaifTheorems.Core.Theory.Gordan.Decide(c.Gradients())).ToList();
        Assert.Contains(certificates, c => c.ConeIsNonEmpty);
        Assert.Contains(certificates, c => !c.ConeIsNonEmpty);
        Assert.Contains(cases, c => c.Values.Length >= 4);
        Assert.All(cases, c => Assert.True(c.IsValid()));
    }
}
