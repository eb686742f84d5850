using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core;

public sealed class ConstitutionTests
{
    [Fact]
    public void SpanningSetWithDependentVectorsHasTheirRank()
    {
        var c = Constitution.FromSpanningSet(new[] { Row(1, 1, 0), Row(2, 2, 0), Row(0, 0, 3) });
        Assert.Equal(2, c.Rank);
        var expected = Matrix<double>.Build.DenseOfArray(new double[,] { { .5, .5, 0 }, { .5, .5, 0 }, { 0, 0, 1 } });
        Assert.True((c.Projector - expected).InfinityNorm() < 1e-14);
    }

    [Fact]
    public void ProjectAndAblateSplitAVector()
    {
        var c = Constitution.Span(Vec(1, 1));
        var x = Vec(3, 1);
        Assert.Equal(new[] { 2.0, 2.0 }, c.Project(x).ToArray().Select(t => Math.Round(t, 12)));
        Assert.Equal(new[] { 1.0, -1.0 }, c.Ablate(x).ToArray().Select(t => Math.Round(t, 12)));
    }

    [Fact]
    public void SpanningSetFailsWhenItSpansOnlyZero()
    {
        var ex = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(new[] { Row(0, 0), Row(0, 0) }));
        Assert.Equal(InputProblem.ZeroDirection, ex.Problem);
    }

    [Fact]
    public void SpanningSetFailsWithUnequalLengths()
    {
        var ex = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(new[] { Row(1, 0), Row(0, 1, 0) }));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
        Assert.StartsWith("constitution[1]", ex.Message);
    }

    [Fact]
    public void OrthonormalBasisFailsWhenNotOrthonormal()
    {
        var q = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { 0, 1 } });
        var ex = Assert.Throws<ModelInputException>(() => Constitution.FromOrthonormalBasis(q));
        Assert.Equal(InputProblem.NotOrthonormal, ex.Problem);
    }

    [Fact]
    public void OrthonormalBasisIsAccepted()
    {
        var q = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.6, 0 }, { 0.8, 0 }, { 0, 1 } });
        Assert.Equal(2, Constitution.FromOrthonormalBasis(q).Rank);
    }
}
