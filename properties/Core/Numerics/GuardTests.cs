using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Numerics;

/// <summary>The core's input validation: each rejection names the argument and the problem in one line, and each range is
/// tested at its boundary (0 is non-negative but not positive; the smallest subnormal is a direction).</summary>
public sealed class GuardTests
{
    [Fact]
    public void NonFiniteVectorEntryIsNamedWithItsIndex()
    {
        var ex = Assert.Throws<ModelInputException>(() => Guard.Finite(Vec(1, double.PositiveInfinity, 3), "m"));
        Assert.Equal(InputProblem.NonFiniteEntry, ex.Problem);
        Assert.Equal($"m: entry 1 is {double.PositiveInfinity}; every entry must be finite", ex.Message);
        Guard.Finite(Vec(double.MaxValue, -double.MaxValue, double.Epsilon), "m");
    }

    [Fact]
    public void NonFiniteMatrixEntryIsNamedWithItsRowAndColumn()
    {
        var a = Matrix<double>.Build.Dense(2, 3);
        a[1, 2] = double.NaN;
        var ex = Assert.Throws<ModelInputException>(() => Guard.Finite(a, "E"));
        Assert.Equal("E: entry (1,2) is NaN; every entry must be finite", ex.Message);
        a[1, 2] = double.NegativeInfinity;
        Assert.Equal(InputProblem.NonFiniteEntry, Assert.Throws<ModelInputException>(() => Guard.Finite(a, "E")).Problem);
    }

    [Fact]
    public void WrongLengthNamesBothLengthsAndWhatIsExpected()
    {
        var ex = Assert.Throws<ModelInputException>(() => Guard.Length(Vec(1, 2), 3, "g", "generation direction g ∈ R^d"));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
        Assert.Equal("g: has length 2 but must have length 3 (generation direction g ∈ R^d)", ex.Message);
        Guard.Length(Vec(1, 2, 3), 3, "g", "generation direction g ∈ R^d");
    }

    [Fact]
    public void DirectionRejectsZeroEmptyAndNonFiniteButAcceptsTheSmallestSubnormal()
    {
        var zero = Assert.Throws<ModelInputException>(() => Guard.Direction(Vec(0, 0), "m"));
        Assert.Equal(InputProblem.ZeroDirection, zero.Problem);
        Assert.Equal("m: is the zero vector, but a direction is required", zero.Message);
        var empty = Assert.Throws<ModelInputException>(() => Guard.Direction(Vec(), "m"));
        Assert.Equal(InputProblem.ShapeMismatch, empty.Problem);
        Assert.Equal("m: is empty; a direction needs at least one entry", empty.Message);
        Assert.Equal(InputProblem.NonFiniteEntry, Assert.Throws<ModelInputException>(() => Guard.Direction(Vec(0, double.NaN), "m")).Problem);
        Guard.Direction(Vec(0, double.Epsilon), "m");
    }

    /// <summary>Positive rejects 0, a negative, NaN and ∞; NonNegative the same but 0.</summary>
    [Theory]
    [InlineData(true, 0.0)]
    [InlineData(true, -1e-300)]
    [InlineData(true, double.NaN)]
    [InlineData(true, double.PositiveInfinity)]
    [InlineData(false, -1e-300)]
    [InlineData(false, double.NaN)]
    [InlineData(false, double.PositiveInfinity)]
    public void ScalarRangesRejectWhatIsOutsideThem(bool strict, double x)
    {
        Action check = strict ? () => Guard.Positive(x, "β") : () => Guard.NonNegative(x, "λ");
        var ex = Assert.Throws<ModelInputException>(check);
        Assert.Equal(InputProblem.OutOfRange, ex.Problem);
        Assert.Equal(strict ? $"β: is {x}; it must be finite and > 0" : $"λ: is {x}; it must be finite and ≥ 0", ex.Message);
    }

    [Fact]
    public void BoundariesOfTheRangesAreInside()
    {
        Guard.Positive(double.Epsilon, "β");
        Guard.Positive(double.MaxValue, "β");
        Guard.NonNegative(0.0, "λ");
        Guard.NonNegative(double.MaxValue, "λ");
    }
}
