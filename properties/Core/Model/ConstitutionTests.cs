using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Model;

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

    [Fact]
    public void SpanningSetFailsWithNoVectorsOrEmptyVectors()
    {
        var none = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(Array.Empty<double[]>(), "S"));
        Assert.Equal(InputProblem.ShapeMismatch, none.Problem);
        Assert.Equal("S: has no spanning vectors; a constitution needs at least one", none.Message);
        var empty = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(new[] { Row(), Row() }, "S"));
        Assert.Equal(InputProblem.ShapeMismatch, empty.Problem);
        Assert.Equal("S: spanning vectors are empty", empty.Message);
    }

    [Fact]
    public void SpanningSetNamesTheVectorWithANonFiniteEntryAndTheZeroSpan()
    {
        var ex = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(new[] { Row(1, 0), Row(0, double.NaN) }, "S"));
        Assert.Equal(InputProblem.NonFiniteEntry, ex.Problem);
        Assert.StartsWith("S[1]: entry 1 is NaN", ex.Message);
        var lengths = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(new[] { Row(1, 0), Row(1, 0), Row(1) }, "S"));
        Assert.Equal("S[2]: has length 1 but S[0] has length 2", lengths.Message);
        var zero = Assert.Throws<ModelInputException>(() => Constitution.FromSpanningSet(new[] { Row(0, 0, 0) }, "S"));
        Assert.Equal("S: spans only the zero vector; a constitution needs rank ≥ 1", zero.Message);
    }

    [Fact]
    public void SpanIsTheUnitVectorOfX()
    {
        var c = Constitution.Span(Vec(3, 0, -4));
        Assert.Equal(1, c.Rank);
        Assert.Equal(3, c.Dimension);
        Assert.Equal(new[] { 0.6, 0.0, -0.8 }, c.Basis.Column(0).ToArray().Select(t => Math.Round(t, 15)));
        var ex = Assert.Throws<ModelInputException>(() => Constitution.Span(Vec(0, 0), "a"));
        Assert.Equal(InputProblem.ZeroDirection, ex.Problem);
        Assert.StartsWith("a: ", ex.Message);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 0)]
    [InlineData(2, 3)]
    public void OrthonormalBasisNeedsBetweenOneAndDColumns(int rows, int columns)
    {
        var ex = Assert.Throws<ModelInputException>(() => Constitution.FromOrthonormalBasis(Matrix<double>.Build.Dense(rows, columns), "Q"));
        Assert.Equal(InputProblem.ShapeMismatch, ex.Problem);
        Assert.Equal($"Q: is {rows}×{columns}; a basis needs 1 ≤ r ≤ d columns", ex.Message);
    }

    [Fact]
    public void OrthonormalBasisIsAcceptedWithinTheToleranceAndRejectedBeyondIt()
    {
        // QᵀQ − I = diag(2δ + δ², 0) for the first column scaled by 1 + δ: ‖·‖∞ ≈ 2δ against the tolerance Tolerance.For(d).
        double tolerance = Tolerance.For(3);
        Matrix<double> Scaled(double delta) => Matrix<double>.Build.DenseOfArray(new double[,] { { 1 + delta, 0 }, { 0, 1 }, { 0, 0 } });
        Assert.Equal(2, Constitution.FromOrthonormalBasis(Scaled(0.4 * tolerance)).Rank);
        Assert.Equal(2, Constitution.FromSpanningSet(new[] { Row(1, 0, 0), Row(0, 1, 0) }).Rank);
        var ex = Assert.Throws<ModelInputException>(() => Constitution.FromOrthonormalBasis(Scaled(0.6 * tolerance)));
        Assert.StartsWith("Q: columns are not orthonormal (‖QᵀQ − I‖∞ = ", ex.Message);
        Assert.Equal(InputProblem.NonFiniteEntry, Assert.Throws<ModelInputException>(() =>
            Constitution.FromOrthonormalBasis(Matrix<double>.Build.DenseOfArray(new double[,] { { double.NaN }, { 0 } }))).Problem);
    }

    [Fact]
    public void OrthonormalBasisIsCopied()
    {
        var q = Matrix<double>.Build.DenseOfArray(new double[,] { { 1 }, { 0 } });
        var c = Constitution.FromOrthonormalBasis(q);
        q[0, 0] = 0;
        q[1, 0] = 1;
        Assert.Equal(new[] { 1.0, 0.0 }, c.Basis.Column(0).ToArray());
    }

    [Fact]
    public void ProjectorIsQQTransposeAndFormedOnce()
    {
        var c = Constitution.FromSpanningSet(new[] { Row(1, 1, 0) });
        var expected = Matrix<double>.Build.DenseOfArray(new double[,] { { .5, .5, 0 }, { .5, .5, 0 }, { 0, 0, 0 } });
        Assert.True((c.Projector - expected).InfinityNorm() < 1e-15);
        Assert.Same(c.Projector, c.Projector);
    }

    [Fact]
    public void ProjectingAWrongLengthVectorOrMatrixIsAnError()
    {
        var c = Constitution.Span(Vec(1, 1));
        Assert.Equal(InputProblem.ShapeMismatch, Assert.Throws<ModelInputException>(() => c.Project(Vec(1, 2, 3))).Problem);
        var ex = Assert.Throws<ModelInputException>(() => c.Ablate(Matrix<double>.Build.Dense(3, 4)));
        Assert.Equal("a: has 3 rows but the constitution lives in R^2", ex.Message);
        Assert.Equal(InputProblem.ShapeMismatch, Assert.Throws<ModelInputException>(() => c.Project(Matrix<double>.Build.Dense(1, 4))).Problem);
    }

    [Fact]
    public void MatrixProjectionAndAblationActColumnByColumn()
    {
        var c = Constitution.FromSpanningSet(new[] { Row(1, 1, 0), Row(0, 1, 1) });
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, -1, 0.5 }, { 1, 2, 0 }, { -2, 4, 7 } });
        var projected = c.Project(a);
        var ablated = c.Ablate(a);
        for (int j = 0; j < a.ColumnCount; j++)
        {
            Assert.True((projected.Column(j) - c.Project(a.Column(j))).InfinityNorm() < 1e-14);
            Assert.True((ablated.Column(j) - c.Ablate(a.Column(j))).InfinityNorm() < 1e-14);
            Assert.True((projected.Column(j) + ablated.Column(j) - a.Column(j)).InfinityNorm() < 1e-14);
        }
        // The ablation is orthogonal to S and the projection lies in it.
        Assert.True(c.Basis.TransposeThisAndMultiply(ablated).InfinityNorm() < 1e-14);
        Assert.True((c.Ablate(projected)).InfinityNorm() < 1e-14);
    }

    [Fact]
    public void SumSpansEveryPart()
    {
        var a = Constitution.Span(Vec(1, 0, 0));
        var b = Constitution.FromSpanningSet(new[] { Row(1, 1, 0), Row(1, 0, 0) });
        var sum = Constitution.Sum(new[] { a, b });
        Assert.Equal(2, sum.Rank);
        Assert.True((sum.Projector - b.Projector).InfinityNorm() < 1e-14);
        Assert.Equal(3, Constitution.Sum(new[] { a, b, Constitution.Span(Vec(0, 0, 2)) }).Rank);
    }

    [Fact]
    public void ProjectNamesAWrongLengthVectorAndSumNeedsAPart()
    {
        Assert.Equal("x: has length 3 but must have length 2 (representation vector x ∈ R^d)",
            Assert.Throws<ModelInputException>(() => Constitution.Span(Vec(1, 1)).Project(Vec(1, 2, 3))).Message);
        Assert.Equal("constitutions: has no spanning vectors; a constitution needs at least one",
            Assert.Throws<ModelInputException>(() => Constitution.Sum(Array.Empty<Constitution>())).Message);
    }
}
