using RlaifTheorems.Verification.Reports;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Kernels;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Core.LinearAlgebra;

namespace RlaifTheorems.Properties.Kernels.Native;

/// <summary>Large encoders take LAPACK's dgesdd (OpenBLAS); its decomposition gives the same theory as MathNet's managed SVD.</summary>
[Collection(LinearAlgebraSwitch.Name)]
public sealed class LapackEncoderTests
{
    [Theory]
    [InlineData(64, 80, 1.0)]
    [InlineData(96, 96, 1e6)]
    public void LapackAndManagedSvdGiveTheSameModel(int d, int world, double condition)
    {
        if (!Lapack.IsAvailable) return;
        var random = new Random(d);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var e = Matrix<double>.Build.Dense(d, world, (_, _) => Normal());
        var svd = e.Svd();
        var sigma = Vector<double>.Build.Dense(d, i => Math.Pow(condition, -(double)i / (d - 1)));
        e = svd.U * Matrix<double>.Build.DiagonalOfDiagonalVector(sigma) * svd.VT.SubMatrix(0, d, 0, world);
        var v = Vector<double>.Build.Dense(world, _ => Normal());
        var m = Vector<double>.Build.Dense(d, _ => Normal());
        var g = Vector<double>.Build.Dense(d, _ => Normal());
        var c = Constitution.FromSpanningSet(Enumerable.Range(0, 4).Select(_ => Vector<double>.Build.Dense(d, _ => Normal())).ToList());
        ModelEvaluation Evaluate() => ModelEvaluation.Of(new LatentValueModel(new Encoder(e), new ValueDirection(v), m, g), c);
        var lapack = Evaluate();
        ModelEvaluation managed = null!;
        LinearAlgebraSwitch.Run(new ManagedLinearAlgebra(), () => managed = Evaluate());
        double tol = 1e-9 * condition;
        Assert.Equal(managed.EncoderCondition, lapack.EncoderCondition, condition * 1e-8);
        Assert.Equal(managed.Rho, lapack.Rho, tol);
        Assert.Equal(managed.Reachable.WhitenedCosine, lapack.Reachable.WhitenedCosine, tol);
        Assert.Equal(managed.Reachable.Supremum, lapack.Reachable.Supremum, tol);
        Assert.Equal(managed.Reachable.Infimum, lapack.Reachable.Infimum, tol);
        Assert.Equal(managed.AlignmentOfActivated, lapack.AlignmentOfActivated, tol);
        Assert.Equal(managed.Reachable.AdversarialExists, lapack.Reachable.AdversarialExists);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void EncodersFromLapackFromRowsOnTakeLapacksDecomposition(int d)
    {
        if (!Lapack.IsAvailable) return;
        var random = new Random(d);
        // Entries in [−1.5, 1.5] with one at 1.5: E needs no rescaling by a power of two, so both SVDs see E itself.
        var e = Matrix<double>.Build.Dense(d, d + 3, (_, _) => 3 * (random.NextDouble() - 0.5));
        e[0, 0] = 1.5;
        var encoder = new Encoder(e);
        var (_, lapack, _) = Lapack.ThinSvd(e.Transpose().ToColumnMajorArray(), d + 3, d);
        var managed = e.Transpose().Svd(computeVectors: true).S.SubVector(0, d).ToArray();
        var expected = d >= Encoder.LapackFrom ? lapack : managed;
        Assert.Equal(expected, encoder.SingularValues.ToArray());
        Assert.NotEqual(lapack, managed);
    }
}
