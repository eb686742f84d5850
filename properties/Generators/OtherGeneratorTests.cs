using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Properties.Generators;

public sealed class OtherGeneratorTests
{
    [Fact]
    public void LawCasesHaveProperSubspaces()
    {
        foreach (var c in Gen.Sample(LawCase.Arbitrary.Generator, 300, new Rnd(3UL, 9UL), 100))
        {
            Assert.InRange(c.WorldDimension, 2, 14);
            Assert.InRange(c.RepresentationDimension, 1, c.WorldDimension - 1);
        }
    }

    [Fact]
    public void ContextualCasesHaveConsistentShapesAndBoundedRank()
    {
        foreach (var c in Gen.Sample(ContextualCase.Arbitrary.Generator, 300, new Rnd(4UL, 11UL), 100))
        {
            int d = c.G.Length, p = c.G[0].Length;
            Assert.Equal(d, c.L.Length);
            Assert.All(c.L, row => Assert.Equal(p, row.Length));
            Assert.All(c.Constitutions, s => Assert.All(s, row => Assert.Equal(d, row.Length)));
            Assert.Equal(c.Constitutions.Length, c.Strengths.Length);
            Assert.All(c.Strengths, l => Assert.InRange(l, 0.1, 3));
            Assert.InRange(NumericalRank.Of(Matrix<double>.Build.DenseOfRowArrays(c.L)), 1, Math.Min(d, p));
        }
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
