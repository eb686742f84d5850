using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core;

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
}
