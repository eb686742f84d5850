using System.Diagnostics.CodeAnalysis;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Model;

/// <summary>
/// A non-Gaussian world with dependent coordinates (THEORY N4): from x ~ N(0, I_D), z_j = x_j for j &lt; D and
/// z_D = (x_D + β (x_1² − 1)/√2)/√(1 + β²). Every coordinate has mean 0 and variance 1 and Cov(z) = I (the coupling
/// x_1² − 1 is uncorrelated with x_1), so linear readouts see the same ceiling ρ as in the Gaussian world, but z_D
/// depends on z_1. Requires D ≥ 2.
/// </summary>
public sealed class QuadraticallyCoupledWorld
{
    /// <summary>D ≥ 2.</summary>
    public int Dimension { get; }
    /// <summary>β, the coupling strength.</summary>
    public double Coupling { get; }

    /// <summary>The world of dimension <paramref name="dimension"/> with coupling <paramref name="coupling"/>.</summary>
    /// <exception cref="ModelInputException">D &lt; 2 or β not finite.</exception>
    public QuadraticallyCoupledWorld(int dimension, double coupling)
    {
        Guard.Throw(Problem(dimension, coupling));
        Dimension = dimension;
        Coupling = coupling;
    }

    /// <summary>The world, or false and the <paramref name="problem"/> that the constructor would throw.</summary>
    public static bool TryCreate(int dimension, double coupling, [NotNullWhen(true)] out QuadraticallyCoupledWorld? world,
        [NotNullWhen(false)] out ModelInputException? problem)
    {
        problem = Problem(dimension, coupling);
        world = problem is null ? new QuadraticallyCoupledWorld(dimension, coupling) : null;
        return problem is null;
    }

    private static ModelInputException? Problem(int dimension, double coupling) =>
        dimension < 2 ? new ModelInputException(InputProblem.OutOfRange, "D", $"is {dimension}; the coupled world needs D ≥ 2")
        : !double.IsFinite(coupling) ? new ModelInputException(InputProblem.NonFiniteEntry, "β", $"is {coupling}; it must be finite")
        : null;

    /// <summary>Maps a standard normal draw x (length D) to world features z, in place.</summary>
    public void Transform(Span<double> x)
    {
        int last = Dimension - 1;
        x[last] = (x[last] + Coupling * (x[0] * x[0] - 1) / Math.Sqrt(2)) / Math.Sqrt(1 + Coupling * Coupling);
    }
}
