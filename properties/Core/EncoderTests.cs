using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core;

public sealed class EncoderTests
{
    // E = [[1,0,0],[0,2,0]]: row space span(e1, e2), M = diag(1, 4).
    private static readonly Encoder Diagonal = Enc(Row(1, 0, 0), Row(0, 2, 0));

    [Fact]
    public void QualityIsNormOfProjectionOntoRowSpace()
    {
        // v = (1,1,1)/√3 projects to (1,1,0)/√3, of norm √(2/3).
        Assert.Equal(Math.Sqrt(2.0 / 3), Diagonal.Quality(ValueDirection.Of(1, 1, 1)), 12);
        Assert.Equal(1.0, Diagonal.Quality(ValueDirection.Of(3, -4, 0)), 12);
        Assert.Equal(0.0, Diagonal.Quality(ValueDirection.Of(0, 0, 5)), 12);
    }

    [Fact]
    public void WhiteningIsInverseSquareRootOfMetric()
    {
        var x = Diagonal.Whiten(Vec(1, 1));
        Assert.Equal(1.0, x[0], 12);
        Assert.Equal(0.5, x[1], 12);
        var back = Diagonal.Unwhiten(x);
        Assert.Equal(1.0, back[0], 12);
        Assert.Equal(1.0, back[1], 12);
    }

    [Fact]
    public void CeilingDirectionIsInverseMetricTimesEncodedValue()
    {
        // u* = M⁻¹ E v = diag(1, 1/4)(1, 2)/√3 = (1, 1/2)/√3.
        var u = Diagonal.CeilingDirection(ValueDirection.Of(1, 1, 1));
        Assert.Equal(1 / Math.Sqrt(3), u[0], 12);
        Assert.Equal(0.5 / Math.Sqrt(3), u[1], 12);
        Assert.Equal(2.0, Diagonal.Condition, 12);
        Assert.False(Diagonal.IsIsometric);
    }

    [Fact]
    public void RotationIsIsometric()
    {
        double c = Math.Cos(0.3), s = Math.Sin(0.3);
        var e = Encoder.Isometric(Enc(Row(c, -s, 0), Row(s, c, 0)).Matrix);
        Assert.True(e.IsIsometric);
        Assert.Equal(1.0, e.Condition, 12);
    }

    [Fact]
    public void IsometricFailsWithNonOrthonormalRows()
    {
        var ex = Assert.Throws<ModelInputException>(() => Encoder.Isometric(Diagonal.Matrix));
        Assert.Equal(InputProblem.NotOrthonormal, ex.Problem);
    }

    [Fact]
    public void EncoderFailsWithRankDeficientMatrix()
    {
        var ex = Assert.Throws<ModelInputException>(() => Enc(Row(1, 1), Row(2, 2)));
        Assert.Equal(InputProblem.RankDeficient, ex.Problem);
        Assert.Contains("full row rank", ex.Message);
    }

    [Fact]
    public void EncoderFailsWithMoreRowsThanColumns()
    {
        var ex = Assert.Throws<ModelInputException>(() => Enc(Row(1), Row(2)));
        Assert.Equal(InputProblem.RankDeficient, ex.Problem);
    }

    [Fact]
    public void EncoderFailsWithNonFiniteEntry()
    {
        var ex = Assert.Throws<ModelInputException>(() => Enc(Row(1, double.NaN)));
        Assert.Equal(InputProblem.NonFiniteEntry, ex.Problem);
        Assert.StartsWith("E: entry (0,1) is NaN", ex.Message);
    }

    [Fact]
    public void EncoderFailsWithRaggedRows()
    {
        var ex = Assert.Throws<ModelInputException>(() => Enc(Row(1, 0), Row(0, 1, 0)));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
    }

    [Fact]
    public void EncodeFailsWithWrongLength()
    {
        var ex = Assert.Throws<ModelInputException>(() => Diagonal.Encode(Vec(1, 2)));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
    }
}
