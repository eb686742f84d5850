using RlaifTheorems.Core.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Properties.Core.Numerics;

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
    [InlineData(1.0, 1e-10, 1)]
    [InlineData(1e-12, 1e-12, 0)]
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

    [Fact]
    public void OrthonormalisingNoVectorsGivesAnEmptyBasis()
    {
        Assert.Equal(0, Orthonormalisation.Basis(Array.Empty<Vector<double>>(), 3).ColumnCount);
        Assert.Equal(3, Orthonormalisation.Basis(Array.Empty<Vector<double>>(), 3).RowCount);
        Assert.Empty(Orthonormalisation.Rows(Array.Empty<double[]>()));
        Assert.Equal(2, Orthonormalisation.Rows(new[] { new[] { 1.0, 1, 0 }, new[] { 2.0, 2, 0 }, new[] { 0.0, 0, 5 } }).Length);
    }

    [Fact]
    public void ExponentOfIsThatOfTheLargestEntryAndZeroForTheZeroVector()
    {
        Assert.Equal(0, PowerOfTwo.ExponentOf(new[] { 0.0, -0.0 }));
        Assert.Equal(2, PowerOfTwo.ExponentOf(new[] { 3.0, -5.0 }));
        Assert.Equal(-1074, PowerOfTwo.ExponentOf(new[] { double.Epsilon }));
        Assert.Equal(1023, PowerOfTwo.ExponentOf(new[] { -double.MaxValue, 1 }));
        var (scaled, k) = PowerOfTwo.Normalised(Vector<double>.Build.DenseOfArray(new[] { 0.0, 0.0 }));
        Assert.Equal(0, k);
        Assert.Equal(new[] { 0.0, 0.0 }, scaled.ToArray());
    }
}
