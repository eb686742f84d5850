using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Properties.Core;

/// <summary>Numerical rank counts the singular values above 1e-10·σ_max and above the absolute floor 1e-12, and nothing else.</summary>
public sealed class NumericalRankTests
{
    [Theory]
    [InlineData(1.0, 1e-9, 2)]
    [InlineData(1.0, 1e-11, 1)]
    [InlineData(1e-13, 1e-13, 0)]
    [InlineData(1e-11, 1e-11, 2)]
    [InlineData(0.0, 0.0, 0)]
    [InlineData(3.0, 3.0, 2)]
    public void CountsSingularValuesAboveTheRelativeAndAbsoluteCut(double first, double second, int rank) =>
        Assert.Equal(rank, NumericalRank.Of(Matrix<double>.Build.DenseOfDiagonalArray(new[] { first, second })));

    [Fact]
    public void EmptyAndRectangularMatrices()
    {
        Assert.Equal(0, NumericalRank.Of(Matrix<double>.Build.Dense(0, 3)));
        Assert.Equal(0, NumericalRank.Of(Matrix<double>.Build.Dense(3, 0)));
        Assert.Equal(2, NumericalRank.Of(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2, 3 }, { 4, 5, 6 } })));
        Assert.Equal(1, NumericalRank.Of(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2, 3 }, { 2, 4, 6 } })));
        Assert.Equal(1, NumericalRank.Of(Matrix<double>.Build.DenseOfArray(new[,] { { 1e-11 }, { 0 } })));
    }
}
