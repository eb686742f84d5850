using System.Diagnostics.CodeAnalysis;
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
        Vector = Normalise(x);
    }

    /// <summary>v = x / ‖x‖, or false and the <paramref name="problem"/> that <see cref="ValueDirection(Vector{double}, string)"/>
    /// would throw.</summary>
    public static bool TryCreate(Vector<double> x, [NotNullWhen(true)] out ValueDirection? value, [NotNullWhen(false)] out ModelInputException? problem, string name = "v")
    {
        problem = Guard.DirectionProblem(x, name);
        value = problem is null ? new ValueDirection(x, name) : null;
        return problem is null;
    }

    private static Vector<double> Normalise(Vector<double> x)
    {
        // Rescaled by its own power of two first (exact): ‖x‖ of entries near 1.7e308 overflows, of subnormal ones loses digits.
        var scaled = PowerOfTwo.Normalised(x).Scaled;
        return scaled / scaled.L2Norm();
    }

    /// <summary>v = x / ‖x‖ from an array.</summary>
    public static ValueDirection Of(params double[] x) => new(Vector<double>.Build.DenseOfArray(x));
}
