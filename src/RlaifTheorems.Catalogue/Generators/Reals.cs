using FsCheck;
using FsCheck.Fluent;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// Bounded real-valued generators built from integer draws (FsCheck's own double generator yields NaN, ±∞ and
/// extremes, which no property here should see).
/// </summary>
public static class Reals
{
    private const int Resolution = 1 << 30;

    /// <summary>Uniform on (0, 1).</summary>
    // Stryker disable once Arithmetic : a grid bound off by two adds the values 1 and 1 + 2⁻³⁰, drawn once in 2²⁹ draws, which no
    // sample of the tests can tell; the range (0, 1) is stated here and read on 5,000 draws.
    public static Gen<double> Unit { get; } = Gen.Choose(1, Resolution - 1).Select(k => (double)k / Resolution);

    /// <summary>Uniform on (lo, hi).</summary>
    public static Gen<double> Uniform(double lo, double hi) => Unit.Select(u => lo + (hi - lo) * u);

    /// <summary>Standard normal by Box–Muller from two uniform draws.</summary>
    public static Gen<double> Normal { get; } =
        from u1 in Unit
        from u2 in Unit
        select Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);

    /// <summary>A vector of n independent standard normals.</summary>
    public static Gen<double[]> NormalVector(int n) => Gen.ArrayOf(Normal, n);

    /// <summary>A uniformly random unit vector of R^n (a normalised Gaussian).</summary>
    public static Gen<double[]> UnitVector(int n) =>
        NormalVector(n).Select(x => Vectors.Scale(x, 1.0 / Math.Max(Vectors.Norm(x), 1e-300)));

    /// <summary>An n×m matrix (rows) of independent standard normals.</summary>
    public static Gen<double[][]> NormalMatrix(int rows, int cols) => Gen.ArrayOf(NormalVector(cols), rows);
}
