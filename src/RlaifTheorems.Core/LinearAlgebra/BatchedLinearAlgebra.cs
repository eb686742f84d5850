namespace RlaifTheorems.Core.LinearAlgebra;

/// <summary>
/// The implementation of <see cref="IBatchedLinearAlgebra"/> the model computes with: <see cref="ManagedLinearAlgebra"/> unless a
/// program chose another with <see cref="Use"/> at its start (the command-line tool, the tests and the benchmarks choose the
/// vectorised kernels).
/// </summary>
public static class BatchedLinearAlgebra
{
    /// <summary>The implementation in use.</summary>
    public static IBatchedLinearAlgebra Current { get; private set; } = new ManagedLinearAlgebra();

    /// <summary>Computes with <paramref name="implementation"/> from now on.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="implementation"/> is null.</exception>
    public static void Use(IBatchedLinearAlgebra implementation) =>
        Current = implementation ?? throw new ArgumentNullException(nameof(implementation));
}
