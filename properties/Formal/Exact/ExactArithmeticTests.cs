using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RlaifTheorems.Formal.Exact;

namespace RlaifTheorems.Properties.Formal.Exact;

/// <summary>The exact arithmetic the certificates rest on: doubles read exactly, roots compared exactly.</summary>
public sealed class ExactArithmeticTests
{
    [SeededProperty(MaxTest = 2000)]
    public bool ADoubleIsReadAsTheExactRationalItIs(int mantissa, int exponent)
    {
        double x = Math.ScaleB(mantissa, Math.Clamp(exponent % 1100, -1074, 970));
        return Rational.Of(x).ToDouble() == x && (Rational.Of(x) - Rational.Of(x / 2) * 2).Sign == 0;
    }

    [SeededProperty(MaxTest = 2000)]
    public bool RootRatiosCompareAsTheirSquaresSay(int p, PositiveInt x, int q, PositiveInt y)
    {
        // p/√x against q/√y, decided exactly; the floating-point comparison agrees whenever it is well separated.
        int exact = ExactAlgebra.CompareRootRatios(p, x.Get, q, y.Get);
        double left = p / Math.Sqrt(x.Get), right = q / Math.Sqrt(y.Get);
        return Math.Abs(left - right) <= 1e-9 * (Math.Abs(left) + Math.Abs(right)) || exact == left.CompareTo(right);
    }

    [SeededProperty(MaxTest = 2000)]
    public bool SurdSignsAgreeWithFloatingPointWhereItIsClear(int a, int b, NonNegativeInt s)
    {
        int exact = ExactAlgebra.SignOfSurd(a, b, s.Get);
        double value = a + b * Math.Sqrt(s.Get);
        return Math.Abs(value) <= 1e-9 * (Math.Abs(a) + Math.Abs(b) * Math.Sqrt(s.Get)) || exact == Math.Sign(value);
    }

    [SeededProperty(MaxTest = 2000)]
    public bool SurdDifferencesAgreeWithFloatingPointWhereItIsClear(int a, int b, NonNegativeInt q, int c, NonNegativeInt p)
    {
        double value = a + b * Math.Sqrt(q.Get) - c * Math.Sqrt(p.Get);
        double scale = Math.Abs(a) + Math.Abs(b) * Math.Sqrt(q.Get) + Math.Abs(c) * Math.Sqrt(p.Get);
        return Math.Abs(value) <= 1e-9 * scale || ExactAlgebra.SignOfSurdDifference(a, b, q.Get, c, p.Get) == Math.Sign(value);
    }

    [Fact]
    public void AnExactSquareIsDecidedExactlyZero()
    {
        Assert.Equal(0, ExactAlgebra.SignOfSurd(-3, 1, 9));
        Assert.Equal(0, ExactAlgebra.CompareRootRatios(2, 4, 3, 9));
        Assert.Equal("3602879701896397/36028797018963968", Rational.Of(0.1).ToString());
    }
}
