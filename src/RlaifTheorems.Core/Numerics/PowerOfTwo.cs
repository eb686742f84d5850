using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Core.Numerics;

/// <summary>
/// Exact rescaling by powers of two: multiplying by 2^k changes no digit (short of overflow or underflow), so a computation
/// on x·2^{−k}, with k the exponent of x's largest entry, gives the result for x bit for bit, scaled back, while its sums of
/// squares neither overflow for huge entries nor underflow for tiny ones. Results then do not depend on how inputs are scaled.
/// </summary>
public static class PowerOfTwo
{
    /// <summary>The exponent k with max|x_i|·2^{−k} ∈ [1, 2), or 0 for the zero vector.</summary>
    public static int ExponentOf(IEnumerable<double> x)
    {
        double largest = x.Aggregate(0.0, (m, t) => Math.Max(m, Math.Abs(t)));
        return largest == 0 ? 0 : Math.ILogB(largest);
    }

    /// <summary>x·2^{−k} with k = <see cref="ExponentOf"/>(x), and k.</summary>
    public static (Vector<double> Scaled, int Exponent) Normalised(Vector<double> x)
    {
        int k = ExponentOf(x);
        // Stryker disable once Conditional : scaling by 2⁰ is the identity; skipping it only saves the copy.
        return (k == 0 ? x : x.Map(t => Math.ScaleB(t, -k)), k);
    }
}
