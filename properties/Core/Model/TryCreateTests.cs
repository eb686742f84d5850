using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Model;

/// <summary>Every TryCreate answers as its validating constructor does: false with the very problem the constructor throws,
/// or true with an object equal in every observable to the constructor's.</summary>
public sealed class TryCreateTests
{
    private static void SameProblem(Action construct, ModelInputException? problem)
    {
        var thrown = Assert.Throws<ModelInputException>(construct);
        Assert.NotNull(problem);
        Assert.Equal(thrown.Message, problem.Message);
        Assert.Equal(thrown.Problem, problem.Problem);
    }

    [Theory]
    [InlineData("1,2;2,4")]
    [InlineData("1,0,0;0,1,0;0,0,1;1,1,1")]
    [InlineData("1,NaN")]
    public void EncoderRefusesWhatItsConstructorRefuses(string rows)
    {
        var e = Matrix<double>.Build.DenseOfRowArrays(rows.Split(';').Select(r => r.Split(',').Select(double.Parse).ToArray()));
        Assert.False(Encoder.TryCreate(e, out var encoder, out var problem));
        Assert.Null(encoder);
        SameProblem(() => new Encoder(e), problem);
    }

    [Fact]
    public void EncoderAcceptsWhatItsConstructorAccepts()
    {
        var e = Matrix<double>.Build.DenseOfRowArrays([1.0, 2, 0], [3.0, 4, 1]);
        Assert.True(Encoder.TryCreate(e, out var encoder, out var problem));
        Assert.Null(problem);
        Assert.Equal(new Encoder(e).SingularValues, encoder.SingularValues);
    }

    [Fact]
    public void ValueDirectionAndModelRefuseAsTheirConstructors()
    {
        var zero = Vec(0, 0);
        Assert.False(ValueDirection.TryCreate(zero, out _, out var problem));
        SameProblem(() => new ValueDirection(zero), problem);
        Assert.True(ValueDirection.TryCreate(Vec(3, 4), out var v, out _));
        Assert.Equal(Vec(0.6, 0.8), v.Vector);

        var encoder = Identity(2);
        Assert.False(LatentValueModel.TryCreate(encoder, v, Vec(1, 0, 0), Vec(0, 1), out _, out problem));
        SameProblem(() => new LatentValueModel(encoder, v, Vec(1, 0, 0), Vec(0, 1)), problem);
        Assert.False(LatentValueModel.TryCreate(encoder, v, Vec(1, 0), Vec(0, 0), out _, out problem));
        SameProblem(() => new LatentValueModel(encoder, v, Vec(1, 0), Vec(0, 0)), problem);
        Assert.True(LatentValueModel.TryCreate(encoder, v, Vec(1, 0), Vec(0, 1), out var model, out _));
        Assert.Equal(Vec(1, 0), model.Latent);
    }

    [Fact]
    public void ConstitutionRefusesAsFromSpanningSet()
    {
        foreach (var vectors in new[] { new[] { Vec(0, 0) }, [], new[] { Vec(1, 0), Vec(1, 0, 0) }, new[] { Vec(double.NaN, 1) } })
        {
            Assert.False(Constitution.TryFromSpanningSet(vectors, out var c, out var problem));
            Assert.Null(c);
            SameProblem(() => Constitution.FromSpanningSet(vectors), problem);
        }
        Assert.True(Constitution.TryFromSpanningSet([Vec(1, 1), Vec(2, 2)], out var span, out _));
        Assert.Equal(1, span.Rank);
    }

    [Fact]
    public void PathRefusesWhereItIsUndefined()
    {
        var model = ModelOf(Identity(2), [1, 0], [1, 0], [1, 0]);
        // d_c = 0: the constitution is orthogonal to m.
        var orthogonal = Constitution.FromSpanningSet([Vec(0, 1)]);
        Assert.False(RlaifPath.TryCreate(model, orthogonal, out var path, out var problem));
        Assert.Null(path);
        SameProblem(() => new RlaifPath(model, orthogonal), problem);
        // Eᵀd_c a negative multiple of Eᵀg.
        var opposed = ModelOf(Identity(2), [1, 0], [-1, 0], [1, 0]);
        var along = Constitution.FromSpanningSet([Vec(1, 0)]);
        Assert.False(RlaifPath.TryCreate(opposed, along, out _, out problem));
        SameProblem(() => new RlaifPath(opposed, along), problem);
        Assert.True(RlaifPath.TryCreate(ModelOf(Identity(2), [1, 0], [1, 1], [0, 1]), along, out path, out _));
        Assert.Equal(1, path.LimitAlignment, 12);
    }

    [Fact]
    public void CoupledWorldRefusesAsItsConstructor()
    {
        Assert.False(QuadraticallyCoupledWorld.TryCreate(1, 0.5, out _, out var problem));
        SameProblem(() => new QuadraticallyCoupledWorld(1, 0.5), problem);
        Assert.False(QuadraticallyCoupledWorld.TryCreate(2, double.NaN, out _, out problem));
        SameProblem(() => new QuadraticallyCoupledWorld(2, double.NaN), problem);
        Assert.True(QuadraticallyCoupledWorld.TryCreate(2, 0.5, out var world, out _));
        Assert.Equal(0.5, world.Coupling);
    }
}
