using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Kernels;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Properties.Kernels;

/// <summary>
/// The fast kernels, and the core's managed reference, agree with the plain MathNet formulation to the tolerance policy on
/// random and degenerate inputs (d = 1, n = 1, rank-1 X, zero columns), on every path: the default, the one without OpenBLAS,
/// and the Vector256 one (the projection's AVX-512 paths switched off, as on an AVX2 machine, where k ≥ 64 goes to OpenBLAS);
/// on a CPU without AVX-512 the default and Vector256 paths coincide.
/// </summary>
[Collection(LinearAlgebraSwitch.Name)]
public sealed class KernelProperties
{
    private const int Cases = 300;

    private static void Holds<T>(FsCheck.Arbitrary<T> cases, Func<T, CaseOutcome> property, int count = Cases)
    {
        var run = PropertyRunner.Run(cases, property, EntryKind.Theorem, count, 20261122UL, 12345UL, 100);
        Assert.False(run.Failed, $"{run.ShrunkOutcome?.Detail ?? run.Error} on {run.Shrunk}");
        Assert.True(run.HypothesisCases == run.Cases);
    }

    /// <summary>Which kernels a test runs: the default choice, the managed ones (OpenBLAS switched off), those of an AVX2 + FMA
    /// machine (projection capped at <see cref="KernelWidth.Vector256"/>), those of a machine with neither (capped at
    /// <see cref="KernelWidth.Portable"/>, with OpenBLAS or without), or the core's plain reference.</summary>
    public enum KernelPath { Default, Managed, Vector256, Portable, PortableManaged, Reference }

    private static IBatchedLinearAlgebra On(KernelPath path) => path switch
    {
        KernelPath.Managed => new SimdLinearAlgebra(blas: false),
        KernelPath.Vector256 => new SimdLinearAlgebra(KernelWidth.Vector256),
        KernelPath.Portable => new SimdLinearAlgebra(KernelWidth.Portable),
        KernelPath.PortableManaged => new SimdLinearAlgebra(KernelWidth.Portable, blas: false),
        KernelPath.Reference => new ManagedLinearAlgebra(),
        _ => new SimdLinearAlgebra(),
    };

    private static Matrix<double> Block(double[] a, int rows, int cols) => Matrix<double>.Build.Dense(rows, cols, a);

    private static Matrix<double> Orthonormal(KernelCase c) => Block(c.Basis, c.D, c.K).QR(QRMethod.Thin).Q;

    private static double Scale(Matrix<double> x) => Math.Max(1, x.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max() * x.RowCount);

    [Theory]
    [InlineData(KernelPath.Default)]
    [InlineData(KernelPath.Managed)]
    [InlineData(KernelPath.Vector256)]
    [InlineData(KernelPath.Portable)]
    [InlineData(KernelPath.PortableManaged)]
    [InlineData(KernelPath.Reference)]
    public void ProjectionAndAblationMatchMathNet(KernelPath path) =>
        Holds(KernelCase.Arbitrary, c => ProjectionMatchesMathNet(On(path), c, new Conclusion()).Outcome());

    /// <summary>As above with Q past <see cref="ProjectionKernel.BlockedMinimumSize"/> at k ≤ 16 (<see cref="KernelCase.LargeBasis"/>),
    /// where the Vector256 path takes its blocked kernel; on the default path these are the AVX-512 small-k kernel's shapes
    /// with long columns.</summary>
    [Theory]
    [InlineData(KernelPath.Default)]
    [InlineData(KernelPath.Vector256)]
    public void ProjectionWithALargeSmallRankBasisMatchesMathNet(KernelPath path) =>
        Holds(KernelCase.LargeBasis, c => ProjectionMatchesMathNet(On(path), c, new Conclusion()
            .IsTrue((long)c.D * c.K >= ProjectionKernel.BlockedMinimumSize && c.K <= 16, "Q past the blocked threshold at k ≤ 16")).Outcome(), count: 40);

    /// <summary>Projection, ablation and ablation in place (Y = X) against Q(QᵀX) with MathNet's thin QR of the case's basis.</summary>
    private static Conclusion ProjectionMatchesMathNet(IBatchedLinearAlgebra algebra, KernelCase c, Conclusion conclusion)
    {
        var q = Orthonormal(c);
        var x = Block(c.X, c.D, c.N);
        var expected = q * (q.TransposeThisAndMultiply(x));
        var projected = new double[c.D * c.N];
        var ablated = new double[c.D * c.N];
        var inPlace = (double[])c.X.Clone();
        algebra.Project(q.ToColumnMajorArray(), c.D, c.K, c.X, c.N, projected);
        algebra.Ablate(q.ToColumnMajorArray(), c.D, c.K, c.X, c.N, ablated);
        algebra.Ablate(q.ToColumnMajorArray(), c.D, c.K, inPlace, c.N, inPlace);
        double tol = Tolerance.For(Scale(x), c.K);
        return conclusion
            .Near((Block(projected, c.D, c.N) - expected).InfinityNorm(), 0, tol, "‖kernel projection − Q(QᵀX)‖∞")
            .Near((Block(ablated, c.D, c.N) - (x - expected)).InfinityNorm(), 0, tol, "‖kernel ablation − (X − Q(QᵀX))‖∞")
            .Near((Block(inPlace, c.D, c.N) - (x - expected)).InfinityNorm(), 0, tol, "‖ablation in place (Y = X) − (X − Q(QᵀX))‖∞");
    }

    /// <summary>The blocked kernels on shapes the generated cases are too small for: several blocks of columns per worker and a
    /// partial last one, several row chunks of the coefficient pass and several strip chunks of the reconstruction (300, 140, 205);
    /// and, on the Vector256 path, k ≤ 16 with Q past <see cref="ProjectionKernel.BlockedMinimumSize"/>, with a partial last
    /// strip (4099 rows) and padded coefficient panels (k = 9). In place and not.</summary>
    [Theory]
    [InlineData(300, 140, 205, KernelPath.Default)]
    [InlineData(300, 140, 205, KernelPath.Vector256)]
    [InlineData(2100, 16, 50, KernelPath.Vector256)]
    [InlineData(4099, 9, 13, KernelPath.Vector256)]
    public void BlockedProjectionAcrossBlocksAndChunksMatchesMathNet(int d, int k, int n, KernelPath path)
    {
        var algebra = On(path);
        // The shapes must keep reaching the blocked kernels if the thresholds move.
        Assert.True(k > 16 || (long)d * k >= ProjectionKernel.BlockedMinimumSize);
        var random = new Xoshiro256(11);
        var q = Matrix<double>.Build.Dense(d, k, (_, _) => random.NextDouble() - 0.5).QR(QRMethod.Thin).Q;
        var x = Matrix<double>.Build.Dense(d, n, (_, _) => random.NextDouble() - 0.5);
        var expected = q * q.TransposeThisAndMultiply(x);
        var projected = new double[d * n];
        var ablated = x.ToColumnMajorArray();
        algebra.Project(q.ToColumnMajorArray(), d, k, x.ToColumnMajorArray(), n, projected);
        algebra.Ablate(q.ToColumnMajorArray(), d, k, ablated, n, ablated);
        Assert.True((Block(projected, d, n) - expected).InfinityNorm() <= Tolerance.For(d, k));
        Assert.True((Block(ablated, d, n) - (x - expected)).InfinityNorm() <= Tolerance.For(d, k));
    }

    [Theory]
    [InlineData(0, 256, 5, KernelPath.Default)]
    [InlineData(1, 256, 5, KernelPath.Default)]
    [InlineData(3, 256, 5, KernelPath.Default)]
    [InlineData(0, 256, 5, KernelPath.Vector256)]
    [InlineData(1, 256, 5, KernelPath.Vector256)]
    [InlineData(3, 256, 5, KernelPath.Vector256)]
    [InlineData(5, 256, 1, KernelPath.Default)]
    [InlineData(0, 8, 2, KernelPath.Default)]
    [InlineData(3, 5, 2, KernelPath.Default)]
    [InlineData(1, 64, 8, KernelPath.Default)]
    [InlineData(3, 40, 3, KernelPath.Default)]
    [InlineData(1, 8, 8, KernelPath.Vector256)]
    [InlineData(1, 8, 2, KernelPath.Vector256)]
    [InlineData(3, 8, 1, KernelPath.Vector256)]
    [InlineData(3, 3, 1, KernelPath.Vector256)]
    public void StreamingProjectionOfALargeBlockMatchesMathNet(int misalignment, int d, int k, KernelPath path) =>
        StreamingProjectionMatchesMathNet(On(path), misalignment, d, k);

    private static void StreamingProjectionMatchesMathNet(IBatchedLinearAlgebra algebra, int misalignment, int d, int k)
    {
        // d·n just above ProjectionKernel.StreamingThreshold, written at an offset so the masked alignment steps run; n mod 8 ≠ 0
        // so the small-k paths' last columns go to the four-column kernel. d = 256 (ProjectionKernel.StreamingMinDimension) streams
        // on both widths (k = 1 is the four-column kernel); d ≤ 8 is the d×d-operator path (on Vector256 with d = 8 and k ≤ 2 the
        // transposed steps, which write Y directly at any alignment), and on AVX-512 d < 256 with k ≤ 8 the
        // small-k kernel staging each block in scratch (d = 40: masked tail steps into it); both stream Y as one run per chunk, so
        // their head and tail lines fall at every offset.
        int n = (int)(ProjectionKernel.StreamingThreshold / d) + 3;
        var random = new Xoshiro256(7);
        var q = Matrix<double>.Build.Dense(d, k, (_, _) => random.NextDouble() - 0.5).QR(QRMethod.Thin).Q;
        var x = Matrix<double>.Build.Dense(d, n, (_, _) => random.NextDouble() - 0.5);
        Assert.True((long)d * n > ProjectionKernel.StreamingThreshold);
        Assert.True(d <= 8 || (k <= 8 && d < ProjectionKernel.StreamingMinDimension) || (d % 8 == 0 && d >= ProjectionKernel.StreamingMinDimension));
        var buffer = new double[d * n + misalignment];
        foreach (bool ablate in new[] { false, true })
        {
            var y = buffer.AsSpan(misalignment, d * n);
            if (ablate) algebra.Ablate(q.ToColumnMajorArray(), d, k, x.ToColumnMajorArray(), n, y);
            else algebra.Project(q.ToColumnMajorArray(), d, k, x.ToColumnMajorArray(), n, y);
            var expected = q * q.TransposeThisAndMultiply(x);
            if (ablate) expected = x - expected;
            Assert.True((Matrix<double>.Build.Dense(d, n, y.ToArray()) - expected).InfinityNorm() <= Tolerance.For(d, k));
        }
    }

    [Theory]
    [InlineData(KernelPath.Default)]
    [InlineData(KernelPath.Reference)]
    public void CosinesMatchMathNetAndNeverNaN(KernelPath path)
    {
        Holds(KernelCase.Arbitrary, c =>
        {
            var w = Block(c.Basis, c.D, c.K).Column(0);
            var result = new double[c.N];
            On(path).Cosines(c.X, c.D, c.N, w.ToArray(), result);
            var conclusion = new Conclusion();
            for (int j = 0; j < c.N; j++)
                conclusion.Near(result[j], LatentValueModel.Cosine(Block(c.X, c.D, c.N).Column(j), w), Tolerance.For(1, c.D), $"cosine of column {j}")
                          .IsTrue(double.IsFinite(result[j]), "finite");
            return conclusion.Outcome();
        });
    }

    [Theory]
    [InlineData(KernelPath.Default)]
    [InlineData(KernelPath.Reference)]
    public void BatchedOrthonormalisationSpansEachBasis(KernelPath path)
    {
        Holds(KernelCase.Arbitrary, c =>
        {
            int m = c.D, r = Math.Min(c.K, c.N), count = c.X.Length / (m * r);
            var bases = c.X.Take(count * m * r).ToArray();
            var q = new double[bases.Length];
            int full = On(path).Orthonormalise(bases, m, r, count, q);
            var conclusion = new Conclusion();
            int expectedFull = 0;
            for (int b = 0; b < count; b++)
            {
                var original = Block(bases.Skip(b * m * r).Take(m * r).ToArray(), m, r);
                var qb = Block(q.Skip(b * m * r).Take(m * r).ToArray(), m, r);
                if (NumericalRank.Of(original) < r) continue;
                expectedFull++;
                var reference = original.QR(QRMethod.Thin).Q;
                conclusion.Near((qb.TransposeAndMultiply(qb) - reference.TransposeAndMultiply(reference)).InfinityNorm(), 0, Tolerance.For(r, m * 10), $"projector of basis {b}");
            }
            return conclusion.IsTrue(full >= expectedFull, $"{full} bases reported full rank, MathNet finds {expectedFull}").Outcome();
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BatchedAlignmentMatchesTheModel(bool managed)
    {
        LinearAlgebraSwitch.Run(On(managed ? KernelPath.Reference : KernelPath.Default), () => Holds(ModelCaseGenerator.Arbitrary(), c =>
            {
                var model = c.Model();
                int d = c.RepresentationDimension;
                var u = c.C.Append(c.M).Append(c.G).SelectMany(x => x).ToArray();
                int n = u.Length / d;
                var result = new double[n];
                BatchedAlignment.Alignments(model.Encoder, model.Value, u, n, result);
                var conclusion = new Conclusion();
                for (int j = 0; j < n; j++)
                    conclusion.Near(result[j], model.Alignment(Vector<double>.Build.DenseOfArray(u.Skip(j * d).Take(d).ToArray())),
                        Tolerance.For(1, model.Encoder.Condition * d), $"A(u_{j})");
                return conclusion.Outcome();
            }));
    }

    [Fact]
    public void ParetoCountIsReproducibleAndNearTheExactFraction()
    {
        double[] n1 = { 1, 0, 0 }, n2 = { 0, 1, 0 };
        long first = ParetoFractionKernel.CountInCone(n1, n2, 200_000, 42);
        Assert.Equal(first, ParetoFractionKernel.CountInCone(n1, n2, 200_000, 42));
        Assert.InRange(first / 200_000.0, 0.25 - 0.01, 0.25 + 0.01);
        Assert.Equal(0, ParetoFractionKernel.CountInCone(n1, new[] { -1.0, 0, 0 }, 10_000, 1));
    }

    [Fact]
    public void KernelsNameMismatchedSizes()
    {
        var ex = Assert.Throws<ModelInputException>(() => ProjectionKernel.Project(new double[4], 2, 2, new double[3], 2, new double[4]));
        Assert.StartsWith("X:", ex.Message);
        ex = Assert.Throws<ModelInputException>(() => new ManagedLinearAlgebra().Project(new double[4], 2, 2, new double[3], 2, new double[4]));
        Assert.StartsWith("X:", ex.Message);
    }
}
