using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Model;

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

    [Fact]
    public void EmptyEncodersAreNamedAsSuch()
    {
        Assert.Equal("E: has no rows", Assert.Throws<ModelInputException>(() => Encoder.FromRows(Array.Empty<double[]>())).Message);
        var ex = Assert.Throws<ModelInputException>(() => Encoder.FromRows(new[] { Row() }));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
        Assert.Equal("E: is empty; an encoder needs d ≥ 1 rows and D ≥ 1 columns", ex.Message);
        Assert.Equal("E: row 1 has length 3 but row 0 has length 2",
            Assert.Throws<ModelInputException>(() => Enc(Row(1, 0), Row(0, 1, 0))).Message);
        Assert.Equal("E: has d = 2 rows but D = 1 columns; an encoder needs d ≤ D for full row rank",
            Assert.Throws<ModelInputException>(() => Enc(Row(1), Row(2))).Message);
    }

    [Fact]
    public void FullRowRankIsDecidedAtTheRankThreshold()
    {
        // σ = (1, t): accepted just above Tolerance.RankThreshold, rejected at and below it, at any overall scale.
        foreach (double scale in new[] { 1.0, Math.ScaleB(1, 900), Math.ScaleB(1, -900) })
        {
            double t = Tolerance.RankThreshold;
            Assert.Equal(1 / (2 * t), Enc(Row(scale, 0), Row(0, 2 * t * scale)).Condition, 1e-3 / t);
            var ex = Assert.Throws<ModelInputException>(() => Enc(Row(scale, 0), Row(0, t * scale)));
            Assert.Equal(InputProblem.RankDeficient, ex.Problem);
            Assert.StartsWith("E: has condition number 1E+10 (singular values ", ex.Message);
            Assert.EndsWith("beyond the supported 1E+10: not of full row rank as far as its numbers tell", ex.Message);
            Assert.Throws<ModelInputException>(() => Enc(Row(scale, 0), Row(0, 0.5 * t * scale)));
        }
    }

    [Fact]
    public void ZeroAndExactlySingularEncodersSaySo()
    {
        Assert.Equal("E: is zero; an encoder needs full row rank", Assert.Throws<ModelInputException>(() => Enc(Row(-0.0, 0), Row(0, 0))).Message);
        Assert.Equal("E: is not of full row rank (smallest singular value 0, largest 11.2)",
            Assert.Throws<ModelInputException>(() => Enc(Row(3, 4), Row(6, 8))).Message);
    }

    [Fact]
    public void IsometryIsDecidedWithinTheTolerance()
    {
        double tolerance = Tolerance.For(1.0);
        Assert.True(Enc(Row(1 + 0.5 * tolerance, 0), Row(0, 1)).IsIsometric);
        Assert.True(Enc(Row(1, 0), Row(0, 1 - 0.5 * tolerance)).IsIsometric);
        Assert.False(Enc(Row(1 + 2 * tolerance, 0), Row(0, 1)).IsIsometric);
        Assert.False(Enc(Row(1, 0), Row(0, 1 - 2 * tolerance)).IsIsometric);
        Assert.Equal("E: rows are not orthonormal (E Eᵀ ≠ I)",
            Assert.Throws<ModelInputException>(() => Encoder.Isometric(Diagonal.Matrix)).Message);
    }

    [Fact]
    public void SingularValuesAndRowSpaceOfADiagonalEncoder()
    {
        Assert.Equal(new[] { 2.0, 1.0 }, Diagonal.SingularValues.ToArray().Select(t => Math.Round(t, 14)));
        Assert.Equal(2, Diagonal.RepresentationDimension);
        Assert.Equal(3, Diagonal.WorldDimension);
        var projected = Diagonal.ProjectOntoRowSpace(Vec(3, -1, 7));
        Assert.Equal(new[] { 3.0, -1.0, 0.0 }, projected.ToArray().Select(t => Math.Round(t, 14)));
        Assert.Equal(new[] { 1.0, 4.0, 0.0 }, Diagonal.Pullback(Vec(1, 2)).ToArray());
        Assert.Equal(new[] { 1.0, 4.0 }, Diagonal.Encode(Vec(1, 2, 9)).ToArray());
        Assert.True((Diagonal.RowSpaceBasis.TransposeThisAndMultiply(Diagonal.RowSpaceBasis) - Matrix<double>.Build.DenseIdentity(2)).InfinityNorm() < 1e-15);
    }

    [Fact]
    public void SquareRootOfTheMetricSquaresToTheMetric()
    {
        var e = Enc(Row(1, 2, 0.5), Row(-1, 0.25, 3));
        var root = e.MetricSquareRoot();
        Assert.Same(root, e.MetricSquareRoot());
        Assert.True((root * root - e.Matrix.TransposeAndMultiply(e.Matrix)).InfinityNorm() < 1e-13);
        Assert.True((root - root.Transpose()).InfinityNorm() < 1e-14);
        var x = Vec(0.3, -2);
        Assert.True((e.Unwhiten(x) - root * x).InfinityNorm() < 1e-13);
        Assert.True((e.Unwhiten(e.Whiten(x)) - x).InfinityNorm() < 1e-13);
    }

    [Fact]
    public void ScaledVariantsAreTheLargestSingularValueTimesTheOriginals()
    {
        var e = Enc(Row(1, 2, 0.5), Row(-1, 0.25, 3));
        var v = ValueDirection.Of(1, -2, 0.5);
        double top = e.SingularValues[0];
        var x = Vec(0.3, -2);
        Assert.True((e.ScaledWhiten(x) - top * e.Whiten(x)).InfinityNorm() < 1e-13);
        Assert.True((e.ScaledCeilingDirection(v) - top * e.CeilingDirection(v)).InfinityNorm() < 1e-13);
        // The ceiling direction u* = M⁻¹ E v, and the whitened value w' = M^{-1/2} E v has norm ρ.
        var metric = e.Matrix.TransposeAndMultiply(e.Matrix);
        Assert.True((metric * e.CeilingDirection(v) - e.Matrix * v.Vector).InfinityNorm() < 1e-13);
        Assert.Equal(e.Quality(v), e.WhitenedValue(v).L2Norm(), 14);
        Assert.True((e.WhitenedValue(v) - e.Whiten(e.Matrix * v.Vector)).InfinityNorm() < 1e-13);
    }

    [Fact]
    public void QualityOfAValueInTheRowSpaceIsExactlyAtMostOne()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 200; trial++)
        {
            var e = Matrix<double>.Build.Dense(3, 5, (_, _) => random.NextDouble() - 0.5);
            var enc = new Encoder(e);
            var v = new ValueDirection(e.Row(random.Next(3)) + 1e-3 * e.Row(0));
            Assert.True(enc.Quality(v) <= 1.0);
            Assert.Equal(1.0, enc.Quality(v), 12);
        }
    }

    public static TheoryData<string, Action> WrongLengths => new()
    {
        { "z: has length 2 but must have length 3 (world features z ∈ R^D)", () => Diagonal.Encode(Vec(1, 2)) },
        { "u: has length 3 but must have length 2 (representation direction u ∈ R^d)", () => Diagonal.Pullback(Vec(1, 2, 3)) },
        { "x: has length 2 but must have length 3 (world vector x ∈ R^D)", () => Diagonal.ProjectOntoRowSpace(Vec(1, 2)) },
        { "v: has length 2 but must have length 3 (value direction v ∈ R^D)", () => Diagonal.Quality(ValueDirection.Of(1, 2)) },
        { "x: has length 3 but must have length 2 (representation vector x ∈ R^d)", () => Diagonal.Whiten(Vec(1, 2, 3)) },
        { "x: has length 3 but must have length 2 (representation vector x ∈ R^d)", () => Diagonal.ScaledWhiten(Vec(1, 2, 3)) },
        { "x: has length 3 but must have length 2 (representation vector x ∈ R^d)", () => Diagonal.Unwhiten(Vec(1, 2, 3)) },
        { "v: has length 2 but must have length 3 (value direction v ∈ R^D)", () => Diagonal.WhitenedValue(ValueDirection.Of(1, 2)) },
        { "v: has length 2 but must have length 3 (value direction v ∈ R^D)", () => Diagonal.CeilingDirection(ValueDirection.Of(1, 2)) },
        { "v: has length 2 but must have length 3 (value direction v ∈ R^D)", () => Diagonal.ScaledCeilingDirection(ValueDirection.Of(1, 2)) },
    };

    [Theory]
    [MemberData(nameof(WrongLengths))]
    public void EveryMethodNamesAWrongLengthArgument(string message, Action call)
    {
        var ex = Assert.Throws<ModelInputException>(call);
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
        Assert.Equal(message, ex.Message);
    }

    /// <summary>A wide encoder (D &gt; 2d, D ≥ <see cref="Encoder.ThinFrom"/>) is factored through thin QR, in O(Dd) memory: its
    /// singular values, row-space projector and whitened value agree with the full SVD's.</summary>
    [Theory]
    [InlineData(3, 600, 1.0)]
    [InlineData(5, 2000, 1e6)]
    public void AWideEncoderIsFactoredThinWithTheFullSvdsAnswers(int d, int world, double condition)
    {
        var random = new Random(d);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var e = Matrix<double>.Build.Dense(d, world, (_, _) => Normal());
        for (int i = 0; i < d; i++) e.SetRow(i, e.Row(i) * Math.Pow(condition, -(double)i / Math.Max(1, d - 1)));
        var encoder = new Encoder(e);
        var full = e.Transpose().Svd(computeVectors: true);
        for (int i = 0; i < d; i++) Assert.Equal(full.S[i], encoder.SingularValues[i], 1e-12 * full.S[0]);
        var v = new ValueDirection(Vector<double>.Build.Dense(world, _ => Normal()));
        var basis = full.U.SubMatrix(0, world, 0, d);
        Assert.Equal(basis.TransposeThisAndMultiply(v.Vector).L2Norm(), encoder.Quality(v), 1e-12);
        var x = Vector<double>.Build.Dense(world, _ => Normal());
        Assert.True((encoder.ProjectOntoRowSpace(x) - basis * basis.TransposeThisAndMultiply(x)).L2Norm() <= Tolerance.For(x.L2Norm(), encoder.Condition));
        Assert.Equal(encoder.RowSpaceBasis.ColumnCount, d);
    }
}
