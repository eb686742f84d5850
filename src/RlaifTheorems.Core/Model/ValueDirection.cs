using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Model;

/// <summary>
/// A true value direction v ∈ R^D, unit (THEORY "Objects"): the true value of a response is V(z) = ⟨v, z⟩.
/// Built from any non-zero finite vector by dividing by its norm, whatever its scale.
/// </summary>
public sealed class ValueDirection
{
    /// <summary>The unit vector v.</summary>
    public Vector<double> Vector { get; }

    /// <summary>D.</summary>
    public int Dimension => Vector.Count;

    /// <summary>v = x / ‖x‖.</summary>
    /// <exception cref="ModelInputException">x is empty, has a non-finite entry or is zero.</exception>
    public ValueDirection(Vector<double> x, string name = "v")
    {
        Guard.Direction(x, name);
        // Rescaled by its own power of two first (exact): ‖x‖ of entries near 1.7e308 overflows, of subnormal ones loses digits.
        var scaled = PowerOfTwo.Normalised(x).Scaled;
        Vector = scaled / scaled.L2Norm();
    }

    /// <summary>v = x / ‖x‖ from an array.</summary>
    public static ValueDirection Of(params double[] x) => new(Vector<double>.Build.DenseOfArray(x));
}
