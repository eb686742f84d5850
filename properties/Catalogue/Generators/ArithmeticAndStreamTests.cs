using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Properties.Catalogue.Generators;

/// <summary>
/// The generators' building blocks, each against what it says it computes: the plain-array arithmetic on worked values; the
/// bounded reals on their grid and range, with the normal's first two moments within 5 standard errors over 40,000 draws; the
/// case seed as a deterministic function that every single bit of every part changes; the Gaussian stream as the polar
/// method's pairs in order.
/// </summary>
public sealed class ArithmeticAndStreamTests
{
    [Fact]
    public void ArrayArithmeticGivesWorkedValues()
    {
        Assert.Equal(11.0, Vectors.Dot([1, 2], [3, 4]));
        Assert.Equal(5.0, Vectors.Norm([3, -4]));
        Assert.Equal([2.0, -4], Vectors.Scale([1, -2], 2));
        Assert.Equal([7.0, 6], Vectors.AddScaled([1, 2], 3, [2, 4.0 / 3]));
        Assert.Equal([1.0, -0.5, 0.25], Vectors.DivideByLargest([4, -2, 1]));
        Assert.Equal([-1.0, 0.5], Vectors.DivideByLargest([-4, 2]));
        Assert.Equal([0.0, 0], Vectors.DivideByLargest([0, 0]));
        double[][] a = [[1, 2, 3], [4, 5, 6]];
        Assert.Equal([14.0, 32], Vectors.Multiply(a, [1, 2, 3]));
        Assert.Equal([9.0, 12, 15], Vectors.MultiplyTransposed(a, [1, 2]));
        Assert.Empty(Vectors.MultiplyTransposed([], []));
        Assert.Equal("[1, -0.5, 0.333333]", Vectors.Show([1, -0.5, 1.0 / 3]));
        Assert.Equal("[[1, 0], [0, 1]]", Vectors.Show([[1.0, 0], [0, 1.0]]));
        var q = Vectors.OrthonormalRows([[3, 4], [1, 0], [6, 8]]);
        Assert.Equal(2, q.Length);
        Assert.Equal(1.0, Vectors.Norm(q[0]), 14);
        Assert.Equal(0.0, Vectors.Dot(q[0], q[1]), 14);
    }

    [Fact]
    public void BoundedRealsStayOnTheirGridAndRange()
    {
        const double resolution = 1 << 30;
        var units = Gen.Sample(Reals.Unit, 20_000, new Rnd(3UL, 5UL), 100);
        Assert.All(units, u => Assert.True(u > 0 && u < 1 && u * resolution == Math.Floor(u * resolution), $"{u}"));
        Assert.InRange(units.Average(), 0.5 - 5 * Math.Sqrt(1.0 / 12 / 20_000), 0.5 + 5 * Math.Sqrt(1.0 / 12 / 20_000));
        var uniform = Gen.Sample(Reals.Uniform(-3, 5), 20_000, new Rnd(4UL, 7UL), 100);
        Assert.All(uniform, x => Assert.InRange(x, -3, 5));
        Assert.InRange(uniform.Min(), -3, -2.99);
        Assert.InRange(uniform.Max(), 4.99, 5);
        Assert.Equal(64.0 / 12, uniform.Select(x => x * x).Average() - uniform.Average() * uniform.Average(), 0.2);
        var normals = Gen.Sample(Reals.Normal, 40_000, new Rnd(5UL, 9UL), 100);
        double mean = normals.Average(), variance = normals.Select(x => (x - mean) * (x - mean)).Average();
        Assert.InRange(mean, -5 / Math.Sqrt(40_000), 5 / Math.Sqrt(40_000));
        Assert.InRange(variance, 1 - 5 * Math.Sqrt(2.0 / 40_000), 1 + 5 * Math.Sqrt(2.0 / 40_000));
        // Box–Muller's cosine half: symmetric, so as many below 0 as above within 5 standard errors.
        Assert.InRange(normals.Count(x => x < 0), 20_000 - 5 * 100, 20_000 + 5 * 100);
        Assert.All(Gen.Sample(Reals.UnitVector(5), 200, new Rnd(6UL, 11UL), 100), x => Assert.Equal(1.0, Vectors.Norm(x), 12));
        var matrix = Gen.Sample(Reals.NormalMatrix(3, 4), 1, new Rnd(7UL, 13UL), 100)[0];
        Assert.Equal((3, 4), (matrix.Length, matrix[0].Length));
        Assert.Equal(6, Gen.Sample(Reals.NormalVector(6), 1, new Rnd(8UL, 15UL), 100)[0].Length);
    }

    [Fact]
    public void ACaseSeedIsDeterministicAndEveryBitOfEveryPartChangesIt()
    {
        double[] a = [0.5, -2, 3], b = [1e-300, 7];
        int seed = CaseSeed.Of(a, b);
        Assert.Equal(seed, CaseSeed.Of((double[])a.Clone(), (double[])b.Clone()));
        Assert.InRange(seed, 0, int.MaxValue);
        var seen = new HashSet<int> { seed };
        foreach (var (part, other, first) in new[] { (a, b, true), (b, a, false) })
            for (int i = 0; i < part.Length; i++)
                for (int bit = 0; bit < 64; bit++)
                {
                    var flipped = (double[])part.Clone();
                    flipped[i] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(flipped[i]) ^ (1L << bit));
                    Assert.True(seen.Add(first ? CaseSeed.Of(flipped, other) : CaseSeed.Of(other, flipped)), $"bit {bit} of entry {i} left the seed unchanged or repeated");
                }
        // The parts are read in order: swapping them changes the seed.
        Assert.NotEqual(seed, CaseSeed.Of(b, a));
        var c = new ModelCase([[1, 0]], [1, 0], [1], [1], [[1]]);
        Assert.Equal(CaseSeed.Of([1, 0], [1, 0], [1], [1], [1]), CaseSeed.Of(c));
        Assert.NotEqual(CaseSeed.Of(c), CaseSeed.Of(c with { G = [2] }));
    }

    [Fact]
    public void AGaussianStreamIsThePolarMethodsPairsInOrder()
    {
        var stream = new GaussianStream(42);
        var reference = new Xoshiro256(42UL);
        for (int i = 0; i < 50; i++)
        {
            reference.NormalPair(out double z0, out double z1);
            Assert.Equal(z0, stream.Next());
            Assert.Equal(z1, stream.Next());
        }
        var (filled, drawn) = (new double[7], new GaussianStream(9));
        new GaussianStream(9).Fill(filled);
        Assert.Equal(Enumerable.Range(0, 7).Select(_ => drawn.Next()), filled);
        var uniform = new GaussianStream(5);
        var check = new Xoshiro256(5UL);
        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(check.NextDouble(), uniform.Uniform()));
        Assert.NotEqual(new GaussianStream(1).Next(), new GaussianStream(2).Next());
    }
}
