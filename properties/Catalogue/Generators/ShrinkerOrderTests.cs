using RlaifTheorems.Catalogue.Generators;

namespace RlaifTheorems.Properties.Catalogue.Generators;

/// <summary>
/// The shrinkers' candidates in the order their documentation gives, on worked cases: structure first (a representation and a
/// world coordinate together, then a world coordinate, then a representation coordinate, then a spanning vector), then simpler
/// numbers; the number simplifier's full list (zeros, division by the largest entry, halves once the largest is 1, then each
/// non-simple entry to ±1 and ±1/2); τ after the model; the coupled world keeps its first and last coordinates.
/// </summary>
public sealed class ShrinkerOrderTests
{
    [Fact]
    public void NumbersSimplifyToZerosTheLargestHalvesThenSignsInThatOrder()
    {
        Assert.Equal(new double[][]
        {
            [0, -1.5, 0.7], [3, 0, 0.7], [3, -1.5, 0], [1, -0.5, 0.7 / 3],
            [1, -1.5, 0.7], [0.5, -1.5, 0.7], [3, -1, 0.7], [3, -0.5, 0.7], [3, -1.5, 1], [3, -1.5, 0.5],
        }, ModelCaseShrinker.Simplify([3, -1.5, 0.7], x => x));
        // Largest already 1: halves come before the single entries, and an array of simple entries only loses entries.
        Assert.Equal(new double[][] { [0, 0.3], [1, 0], [1, 0.5], [1, 1], [1, 0.5] }, ModelCaseShrinker.Simplify([1, 0.3], x => x));
        Assert.Equal(new double[][] { [0, -1], [0.5, 0] }, ModelCaseShrinker.Simplify([0.5, -1], x => x));
        // Halves that are all 0 are no candidate; halves that repeat a zero candidate are (a repeat only costs a step).
        Assert.Equal(new double[][] { [0, 0.2], [1, 0], [1, 0], [1, 1], [1, 0.5] }, ModelCaseShrinker.Simplify([1, 0.2], x => x));
        Assert.Equal(new double[][] { [0], [1], [1], [0.5] }, ModelCaseShrinker.Simplify([0.2], x => x));
        Assert.Empty(ModelCaseShrinker.Simplify([], x => x));
        Assert.Empty(ModelCaseShrinker.Simplify([0.0, 0], x => x));
        Assert.True(new[] { 0, 0.5, -0.5, 1, -1 }.All(ModelCaseShrinker.IsSimple));
        Assert.DoesNotContain(new[] { 0.25, -0.75, 2, 1e-300 }, ModelCaseShrinker.IsSimple);
    }

    [Fact]
    public void AModelShrinksStructureFirstThenNumbers()
    {
        // d = 2, D = 3, two spanning vectors.
        var c = new ModelCase([[1, 0, 0.3], [0, 1, 0.3]], [1, 2, 3], [1, 0.5], [0.5, 1], [[1, 0], [0.3, 1]]);
        var candidates = ModelCaseShrinker.Shrink(c).ToList();
        var shapes = candidates.Select(x => (x.RepresentationDimension, x.WorldDimension, x.C.Length)).ToList();
        int firstFull = shapes.IndexOf((2, 3, 2));
        // Every (d, D) = (1, 2) candidate comes first, then (2, 2), then (1, 3), then one spanning vector fewer, then numbers.
        Assert.True(shapes.Take(6).All(s => s.Item1 == 1 && s.Item2 == 2), string.Join(" ", shapes.Take(8)));
        Assert.Equal(shapes.FindIndex(s => s is (2, 2, _)), shapes.FindLastIndex(s => s is (1, 2, _)) + 1);
        Assert.True(shapes.FindLastIndex(s => s is (2, 2, _)) < shapes.FindIndex(s => s is (1, 3, _)));
        Assert.True(shapes.FindLastIndex(s => s is (1, 3, _)) < shapes.IndexOf((2, 3, 1)));
        Assert.True(shapes.IndexOf((2, 3, 1)) < firstFull);
        Assert.True(shapes.Skip(firstFull).All(s => s == (2, 3, 2)));
        // Dropping representation coordinate 0 and world coordinate 2 keeps E's other entries, m, g and c in their places.
        Assert.Contains(candidates, x => x.E.Length == 1 && x.E[0].SequenceEqual([0.0, 1]) && x.V.SequenceEqual([1.0, 2]) && x.M.SequenceEqual([0.5])
            && x.G.SequenceEqual([1.0]) && x.C.Length == 1 && x.C[0].SequenceEqual([1.0]));
        // The numbers: E first (row-major), then v, m, g and each spanning vector.
        var numeric = candidates.Skip(firstFull).ToList();
        Assert.Equal([0, 0, 0.3], numeric[0].E[0]);
        Assert.Equal([1.0, 2, 3], numeric[0].V);
        int firstV = numeric.FindIndex(x => !x.V.SequenceEqual([1.0, 2, 3]));
        Assert.True(numeric.Take(firstV).All(x => x.M.SequenceEqual([1.0, 0.5]) && x.G.SequenceEqual([0.5, 1.0])));
        Assert.Equal([0.0, 2, 3], numeric[firstV].V);
        Assert.Contains(numeric, x => x.C[1].SequenceEqual([0.0, 1]) && x.C[0].SequenceEqual([1.0, 0]));
        Assert.Contains(numeric, x => !x.M.SequenceEqual([1.0, 0.5]) && x.V.SequenceEqual([1.0, 2, 3]));
        Assert.Contains(numeric, x => !x.G.SequenceEqual([0.5, 1.0]) && x.M.SequenceEqual([1.0, 0.5]));
        // One spanning vector fewer: the first candidate drops vector 0 and keeps vector 1.
        Assert.Equal([0.3, 1.0], candidates.First(x => x.C.Length == 1 && x.RepresentationDimension == 2 && x.WorldDimension == 3).C[0]);
        Assert.All(candidates, x => Assert.True(x.IsValid()));
    }

    /// <summary>Dropping a representation coordinate drops the spanning vectors left all zero, and keeps those with any entry.</summary>
    [Fact]
    public void DroppingACoordinateKeepsEverySpanningVectorLeftNonZero()
    {
        var c = new ModelCase([[1, 0, 0], [0, 1, 0], [0, 0, 1]], [1, 2, 3], [1, 0.5, 0.25], [0.5, 1, 1], [[1, 0, 0.5], [1, 0, 0]]);
        var dropped = ModelCaseShrinker.Shrink(c).First(x => x.RepresentationDimension == 2 && x.WorldDimension == 3);
        Assert.Equal(new double[][] { [0, 0.5] }, dropped.C);
    }

    [Fact]
    public void ASingleRowModelDropsOnlyWorldCoordinatesAndOneVectorSpansAlone()
    {
        var c = new ModelCase([[1, 0.3]], [1, 2], [1], [0.5], [[1]]);
        var shapes = ModelCaseShrinker.Shrink(c).Select(x => (x.RepresentationDimension, x.WorldDimension, x.C.Length)).ToList();
        Assert.DoesNotContain(shapes, s => s.Item1 == 0 || s.Item3 == 0);
        Assert.Equal((1, 1, 1), shapes[0]);
        Assert.Equal((1, 1, 1), shapes[1]);
        Assert.Equal((1, 2, 1), shapes[2]);
    }

    [Fact]
    public void ThresholdAndCoupledCasesShrinkTheirOwnWay()
    {
        var model = new ModelCase([[1, 0.3]], [1, 2], [1], [0.5], [[1]]);
        var threshold = new ThresholdCase(model, 1.5);
        var candidates = ThresholdCase.Arbitrary.Shrinker(threshold).ToList();
        int modelCount = ModelCaseShrinker.Shrink(model).Count();
        Assert.All(candidates.Take(modelCount), x => Assert.Equal(1.5, x.Tau));
        Assert.Equal([0.0, 1, 1, 0.5], candidates.Skip(modelCount).Select(x => x.Tau));

        var coupled = new CoupledWorldCase([[1, 0.5, 0.3, 0.2], [0, 1, 0.3, 0.1]], [1, 2, 3, 4], 0.7);
        var shrunk = CoupledWorldCase.Shrink(coupled).ToList();
        Assert.All(shrunk, x => Assert.True(x.IsValid()));
        // Middle coordinates only: the first and last world coordinates (z₁ and the coupled z_D) stay.
        Assert.All(shrunk.Where(x => x.WorldDimension < 4), x => Assert.True(x.V[0] == 1 && x.V[^1] == 4, $"{x}"));
        var shapes = shrunk.Select(x => (x.RepresentationDimension, x.WorldDimension)).ToList();
        Assert.Equal([(1, 3), (1, 3), (1, 3), (1, 3), (2, 3), (2, 3), (1, 4), (1, 4)], shapes.Take(8));
        Assert.Equal([0.0, 1, 1, 0.5], shrunk.Where(x => x.Beta != 0.7).Select(x => x.Beta));
        Assert.DoesNotContain(CoupledWorldCase.Shrink(coupled with { E = [[1, 0.5, 0.3, 0.2]] }), x => x.RepresentationDimension == 0);
        // Dropping row 0 keeps row 1; E's and v's numbers are simplified too.
        Assert.Contains(shrunk, x => x.RepresentationDimension == 1 && x.WorldDimension == 4 && x.E[0].SequenceEqual([0, 1, 0.3, 0.1]));
        Assert.Contains(shrunk, x => x.WorldDimension == 4 && x.RepresentationDimension == 2 && x.E[0][0] == 0);
        Assert.Contains(shrunk, x => x.WorldDimension == 4 && x.V[0] == 0);

        // At d = 3, dropping row i keeps the other two, in order, for each i in turn.
        double[][] rows = [[1, 0.5, 0.3, 0.2], [0, 1, 0.3, 0.1], [0.2, 0, 1, 0.4]];
        var three = CoupledWorldCase.Shrink(new CoupledWorldCase(rows, [1, 2, 3, 4], 0.7)).Where(x => x.RepresentationDimension == 2 && x.WorldDimension == 4);
        Assert.Equal([[rows[1], rows[2]], [rows[0], rows[2]], [rows[0], rows[1]]], three.Select(x => x.E));
    }
}
