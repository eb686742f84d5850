using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Core.Numerics;

/// <summary>
/// A posteriori bounds on the rounding error of floating-point sums and dot products (Higham, <i>Accuracy and Stability
/// of Numerical Algorithms</i>, §3.1): a computed dot product of length n differs from the exact one by at most
/// γ_n Σ|x_i y_i|, γ_n = n·u/(1 − n·u), u = 2⁻⁵³. These are what a witness is checked against: a sign is certain when
/// the computed value is farther from zero than its bound.
/// </summary>
public static class RoundingError
{
    /// <summary>The unit roundoff of double precision, u = 2⁻⁵³.</summary>
    public const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>γ_n = n·u/(1 − n·u). Range: 0 ≤ n &lt; 1/u.</summary>
    public static double Gamma(int n) => n * UnitRoundoff / (1 - n * UnitRoundoff);

    /// <summary>⟨x, y⟩ as computed, and in <paramref name="bound"/> a bound on its distance from the exact ⟨x, y⟩ of the
    /// stored x and y (one extra γ covers the rounding of the bound itself).</summary>
    public static double DotProduct(Vector<double> x, Vector<double> y, out double bound)
    {
        double sum = 0, magnitude = 0;
        for (int i = 0; i < x.Count; i++)
        {
            sum += x[i] * y[i];
            magnitude += Math.Abs(x[i] * y[i]);
        }
        bound = Gamma(x.Count + 2) * magnitude;
        return sum;
    }

    /// <summary>
    /// ⟨Eᵀu, v⟩ as computed (Eᵀu first, then its dot product with v), and in <paramref name="bound"/> a bound on its distance
    /// from the exact value for the stored E, u and v: Σ_j (|y_j v_j|·γ_{D+2} + γ_{d+2}·(Σ_i |E_ij u_i|)·|v_j|·(1 + γ_{D+2})),
    /// with y = Eᵀu as computed; the first term bounds the final dot product, the second carries each y_j's own error.
    /// </summary>
    public static double AlignmentDotProduct(Matrix<double> e, Vector<double> u, Vector<double> v, out double bound)
    {
        int d = e.RowCount, dWorld = e.ColumnCount;
        double sum = 0;
        bound = 0;
        for (int j = 0; j < dWorld; j++)
        {
            double y = 0, magnitude = 0;
            for (int i = 0; i < d; i++)
            {
                y += e[i, j] * u[i];
                magnitude += Math.Abs(e[i, j] * u[i]);
            }
            sum += y * v[j];
            bound += Math.Abs(y * v[j]) * Gamma(dWorld + 2) + Gamma(d + 2) * magnitude * Math.Abs(v[j]) * (1 + Gamma(dWorld + 2));
        }
        return sum;
    }

    /// <summary>The sign of ⟨Eᵀu, v⟩ (which is the sign of A(u)) when it is certain for the stored E, u and v, else 0:
    /// certain when the computed value lies farther from zero than its bound (<see cref="AlignmentDotProduct"/>).</summary>
    public static int CertainAlignmentSign(Matrix<double> e, Vector<double> u, Vector<double> v)
    {
        double sum = AlignmentDotProduct(e, u, v, out double bound);
        return sum > bound ? 1 : sum < -bound ? -1 : 0;
    }
}
