using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Theory;

public sealed class ContextualRlaifTests
{
    [Fact]
    public void UpdateAddsProjectedLatentMap()
    {
        var g = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 1 } });
        var l = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        var updated = ContextualRlaif.Update(g, l, new[] { (Constitution.Span(Vec(1, 0)), 2.0) });
        Assert.Equal(new double[,] { { 3, 4 }, { 0, 1 } }, updated.ToArray());
        Assert.Equal(1, NumericalRank.Of(updated - g));
    }

    [Fact]
    public void UpdateFailsWithMismatchedShapes()
    {
        var ex = Assert.Throws<ModelInputException>(() =>
            ContextualRlaif.Update(Matrix<double>.Build.Dense(2, 2), Matrix<double>.Build.Dense(2, 3), Array.Empty<(Constitution, double)>()));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
    }

    [Fact]
    public void UpdateSumsEveryStepAndLeavesItsInputsAlone()
    {
        var g = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0, 2 }, { 0, 1, -1 } });
        var l = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 0 }, { 3, 4, 1 } });
        var first = Constitution.Span(Vec(1, 0));
        var second = Constitution.Span(Vec(0, 1));
        var updated = ContextualRlaif.Update(g, l, new[] { (first, 2.0), (second, 0.5), (first, 1.0) });
        // G + 3·P₁L + 0.5·P₂L: row 0 gains 3·L's row 0, row 1 gains half of L's row 1.
        Assert.Equal(new double[,] { { 4, 6, 2 }, { 1.5, 3, -0.5 } }, updated.ToArray());
        Assert.Equal(new double[,] { { 1, 0, 2 }, { 0, 1, -1 } }, g.ToArray());
        Assert.Equal(g.ToArray(), ContextualRlaif.Update(g, l, new[] { (first, 0.0) }).ToArray());
        Assert.NotSame(g, ContextualRlaif.Update(g, l, Array.Empty<(Constitution, double)>()));
    }

    [Theory]
    [InlineData(2, 3, 3, 3)]
    [InlineData(2, 3, 2, 2)]
    public void UpdateNamesBothShapesWhenEitherDimensionDiffers(int gRows, int gColumns, int lRows, int lColumns)
    {
        var ex = Assert.Throws<ModelInputException>(() =>
            ContextualRlaif.Update(Matrix<double>.Build.Dense(gRows, gColumns), Matrix<double>.Build.Dense(lRows, lColumns), Array.Empty<(Constitution, double)>()));
        Assert.Equal($"L: is {lRows}×{lColumns} but G is {gRows}×{gColumns}", ex.Message);
    }

    [Fact]
    public void UpdateRejectsNonFiniteMapsAndNegativeStrengths()
    {
        var ok = Matrix<double>.Build.Dense(2, 2, 1.0);
        var bad = Matrix<double>.Build.Dense(2, 2, 1.0);
        bad[1, 0] = double.NaN;
        var c = Constitution.Span(Vec(1, 0));
        Assert.StartsWith("G: entry (1,0) is NaN", Assert.Throws<ModelInputException>(() => ContextualRlaif.Update(bad, ok, new[] { (c, 1.0) })).Message);
        Assert.StartsWith("L: entry (1,0) is NaN", Assert.Throws<ModelInputException>(() => ContextualRlaif.Update(ok, bad, new[] { (c, 1.0) })).Message);
        var negative = Assert.Throws<ModelInputException>(() => ContextualRlaif.Update(ok, ok, new[] { (c, -0.5) }));
        Assert.Equal(InputProblem.OutOfRange, negative.Problem);
        Assert.StartsWith("λ: is -0.5", negative.Message);
    }
}
