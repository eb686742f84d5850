using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Properties.Catalogue.Generators;

/// <summary>The generators are tested like the code: every sample is valid (a property over the catalogue's own Arbitrary),
/// and every edge the THEORY lists is reached (a statement about a sample, so a fact).</summary>
[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]
public sealed class ModelCaseGeneratorTests
{
    private static readonly ModelCase[] Samples = Gen.Sample(ModelCaseGenerator.Cases(), 1500, new Rnd(20261122UL, 7UL), 100);

    [SeededProperty(MaxTest = 1500)]
    public bool EveryEncoderHasFullRowRankAndEveryBasisIsOrthonormal(ModelCase c)
    {
        var model = c.Model();
        var q = c.Constitution().Basis;
        return c.RepresentationDimension >= 1 && c.RepresentationDimension <= c.WorldDimension
            && NumericalRank.Of(Matrix<double>.Build.DenseOfRowArrays(c.E)) == c.RepresentationDimension
            && Math.Abs(model.Value.Vector.L2Norm() - 1) < 1e-12
            && (q.TransposeThisAndMultiply(q) - Matrix<double>.Build.DenseIdentity(q.ColumnCount)).InfinityNorm() < 1e-12;
    }

    [Fact]
    public void EveryEdgeOfTheSpecIsGenerated()
    {
        var models = Samples.Select(c => (Case: c, Model: c.Model())).ToList();
        Assert.Contains(models, x => x.Model.Encoder.IsIsometric && x.Case.RepresentationDimension > 1);
        Assert.Contains(models, x => x.Model.Encoder.Condition >= 1e5);
        Assert.Contains(models, x => x.Model.Quality > 1 - 1e-12 && x.Case.RepresentationDimension < x.Case.WorldDimension);
        Assert.Contains(models, x => x.Model.Quality < 1e-12);
        Assert.Contains(models, x => x.Case.RepresentationDimension == x.Case.WorldDimension && x.Case.WorldDimension > 2);
        Assert.Contains(models, x => x.Case.RepresentationDimension == 1);
        Assert.Contains(models, x => Parallel(x.Model.Latent, x.Model.EncodedValue) > 1 - 1e-12);
        Assert.Contains(models, x => Parallel(x.Model.Latent, x.Model.EncodedValue) < -1 + 1e-12);
        Assert.Contains(models, x => Parallel(x.Model.Latent, x.Model.EncodedValue) is > 1 - 1e-6 and < 1 - 1e-12);
        Assert.Contains(models, x => Parallel(x.Model.Generation, x.Model.Latent) > 1 - 1e-12);
        Assert.Contains(models, x => x.Case.C.Length > x.Case.Constitution().Rank);
        Assert.Contains(models, x => x.Case.Constitution().Rank == x.Case.RepresentationDimension && x.Case.RepresentationDimension > 2);
        Assert.Contains(models, x => x.Case.Constitution().Rank == 1 && x.Case.RepresentationDimension > 2);
    }

    [Fact]
    public void DimensionsGrowWithSize()
    {
        Assert.All(Gen.Sample(ModelCaseGenerator.Cases(), 50, new Rnd(1UL, 3UL), 0), c => Assert.Equal(1, c.WorldDimension));
        Assert.Contains(Samples, c => c.WorldDimension >= 8);
        Assert.All(Gen.Sample(ModelCaseGenerator.Cases(2, 2), 200, new Rnd(2UL, 5UL), 50), c => Assert.True(c.RepresentationDimension >= 2));
    }

    [SeededProperty(MaxTest = 60)]
    public bool ShrinkerYieldsOnlyValidSimplerCases(ModelCase c) =>
        ModelCaseShrinker.Shrink(c).Take(200).All(s => s.IsValid()
            && s.WorldDimension <= c.WorldDimension && s.RepresentationDimension <= c.RepresentationDimension
            && !SameData(s, c));

    [Fact]
    public void ShrinkerDividesByLargestEntryExactly()
    {
        var candidates = ModelCaseShrinker.Simplify(new[] { 3.0, -1.5, 0.7 }, x => x).ToList();
        Assert.Equal(new[] { 0.0, -1.5, 0.7 }, candidates[0]);
        Assert.Equal(new[] { 1.0, -0.5, 0.7 / 3 }, candidates[3]);
        Assert.Equal(new[] { new[] { 0.0, -0.5, 0 }, new[] { 1.0, 0, 0 } }, ModelCaseShrinker.Simplify(new[] { 1.0, -0.5, 0 }, x => x));
    }

    private static double Parallel(Vector<double> x, Vector<double> y) => LatentValueModel.Cosine(x, y);

    private static bool SameData(ModelCase a, ModelCase b) =>
        a.V.SequenceEqual(b.V) && a.M.SequenceEqual(b.M) && a.G.SequenceEqual(b.G) &&
        a.E.Length == b.E.Length && a.E.Zip(b.E).All(p => p.First.SequenceEqual(p.Second)) &&
        a.C.Length == b.C.Length && a.C.Zip(b.C).All(p => p.First.SequenceEqual(p.Second));
}
