using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Formal.Exact;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Core.Numerics;

/// <summary>The a posteriori rounding bounds against exact rational arithmetic on the stored doubles: the bound covers the
/// exact value, a certain sign is the exact sign, and an exactly zero alignment whose float sum is noise has no certain sign.</summary>
public sealed class RoundingErrorTests
{
    private static Rational Abs(Rational x) => x.Sign < 0 ? -x : x;

    [Fact]
    public void GammaIsNuOverOneMinusNu()
    {
        Assert.Equal(0.0, RoundingError.Gamma(0));
        Assert.Equal(RoundingError.UnitRoundoff, Math.ScaleB(1, -53));
        Assert.Equal(RoundingError.UnitRoundoff / (1 - RoundingError.UnitRoundoff), RoundingError.Gamma(1));
        Assert.Equal(7 * RoundingError.UnitRoundoff / (1 - 7 * RoundingError.UnitRoundoff), RoundingError.Gamma(7));
        Assert.True(RoundingError.Gamma(1000) > 1000 * RoundingError.UnitRoundoff);
    }

    [Fact]
    public void DotProductBoundIsGammaOfNPlusTwoTimesTheMagnitude()
    {
        double sum = RoundingError.DotProduct(Vec(1, -2, 3), Vec(4, 5, -6), out double bound);
        Assert.Equal(-24.0, sum);
        Assert.Equal(RoundingError.Gamma(5) * 32, bound);
    }

    [Fact]
    public void AlignmentBoundCarriesTheErrorOfEachEntryOfETransposeU()
    {
        // E = [[2, −1], [1, 3]], u = (3, −2), v = (5, 4): Eᵀu = (4, −9), |E_ij u_i| sums (8, 9); ⟨Eᵀu, v⟩ = 20 − 36 = −16.
        var e = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, -1 }, { 1, 3 } });
        double sum = RoundingError.AlignmentDotProduct(e, Vec(3, -2), Vec(5, 4), out double bound);
        Assert.Equal(-16.0, sum);
        double g = RoundingError.Gamma(4);
        // The same operations in the same order, so the comparison is exact (a factor 1/(1 + γ) for (1 + γ) moves it by ulps).
        double expected = 0;
        expected += Math.Abs(4.0 * 5) * g + g * 8 * 5 * (1 + g);
        expected += Math.Abs(-9.0 * 4) * g + g * 9 * 4 * (1 + g);
        Assert.Equal(expected, bound);
    }

    [Fact]
    public void DotProductBoundCoversTheExactValueUnderCancellation()
    {
        var random = new Random(17);
        int inexact = 0;
        for (int trial = 0; trial < 500; trial++)
        {
            int n = 2 + random.Next(7);
            var x = Vec(Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * Math.ScaleB(1, random.Next(-8, 8))).ToArray());
            var y = Vec(Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray());
            // Make the last term cancel the others up to rounding, so the sum is small against its terms.
            y[n - 1] = -x.SubVector(0, n - 1).DotProduct(y.SubVector(0, n - 1)) / x[n - 1];
            double sum = RoundingError.DotProduct(x, y, out double bound);
            var exact = ExactAlgebra.Dot(ExactAlgebra.Of(x), ExactAlgebra.Of(y));
            var error = Abs(Rational.Of(sum) - exact);
            Assert.True(error <= Rational.Of(bound), $"trial {trial}: error exceeds the bound {bound:G3}");
            if (error.Sign != 0) inexact++;
        }
        Assert.True(inexact > 100, $"only {inexact} of 500 sums were inexact");
    }

    [Fact]
    public void ACertainAlignmentSignIsTheExactSign()
    {
        var random = new Random(23);
        int decided = 0, undecided = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            int d = 1 + random.Next(4), world = d + random.Next(3);
            var e = Matrix<double>.Build.Dense(d, world, (_, _) => random.NextDouble() - 0.5);
            var u = Vec(Enumerable.Range(0, d).Select(_ => random.NextDouble() - 0.5).ToArray());
            var v = Vec(Enumerable.Range(0, world).Select(_ => random.NextDouble() - 0.5).ToArray());
            // Half the cases nearly orthogonal: v's last entry cancels the rest of ⟨Eᵀu, v⟩ up to rounding.
            var y = e.TransposeThisAndMultiply(u);
            if (trial % 2 == 0 && world > 1) v[world - 1] = -y.SubVector(0, world - 1).DotProduct(v.SubVector(0, world - 1)) / y[world - 1];
            int sign = RoundingError.CertainAlignmentSign(e, u, v);
            var exactY = ExactAlgebra.TransposeTimes(e.ToRowArrays().Select(ExactAlgebra.Of).ToArray(), ExactAlgebra.Of(u));
            int exact = ExactAlgebra.Dot(exactY, ExactAlgebra.Of(v)).Sign;
            if (sign == 0) undecided++;
            else { decided++; Assert.Equal(exact, sign); }
        }
        Assert.True(decided > 150 && undecided > 20, $"{decided} decided, {undecided} undecided");
    }

    [Fact]
    public void AnExactlyZeroAlignmentWhoseSumIsNoiseHasNoCertainSign()
    {
        // v = (q₂, q₃, −q₀, −q₁) is exactly orthogonal to u = q (the products pair off), but the float sum cancels inexactly.
        var random = new Random(29);
        int noisy = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            var q = Vec(Enumerable.Range(0, 4).Select(_ => random.NextDouble() - 0.5).ToArray());
            var v = Vec(q[2], q[3], -q[0], -q[1]);
            foreach (double scale in new[] { 1.0, 3.0 })
            {
                var e = Matrix<double>.Build.DenseIdentity(4) * scale;
                if (e.TransposeThisAndMultiply(q).DotProduct(v) != 0) noisy++;
                Assert.Equal(0, RoundingError.CertainAlignmentSign(e, q, v));
            }
        }
        Assert.True(noisy > 20, $"only {noisy} of 400 sums were noise");
        // A(0) := 0: no products at all, sum and bound both 0, and no sign.
        Assert.Equal(0, RoundingError.CertainAlignmentSign(Matrix<double>.Build.DenseIdentity(2), Vec(0, 0), Vec(1, 1)));
        // A tiny but certain alignment keeps its sign.
        Assert.Equal(1, RoundingError.CertainAlignmentSign(Matrix<double>.Build.DenseIdentity(2), Vec(1, 0), Vec(1e-300, 1)));
        Assert.Equal(-1, RoundingError.CertainAlignmentSign(Matrix<double>.Build.DenseIdentity(2), Vec(1, 0), Vec(-1e-300, 1)));
    }
}
