using System.Runtime.CompilerServices;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Properties;

/// <summary>
/// The test assembly computes with the vectorised kernels, as the tool does. A test that runs the whole model under another
/// implementation does so in the <see cref="Name"/> collection, which xunit runs alone, so no other test sees the switch.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public static class LinearAlgebraSwitch
{
    /// <summary>The collection of tests that switch the implementation.</summary>
    public const string Name = "Linear algebra switch";

    [ModuleInitializer]
    internal static void UseKernels() => BatchedLinearAlgebra.Use(new SimdLinearAlgebra());

    /// <summary>Runs <paramref name="body"/> with <paramref name="algebra"/>, then returns to the kernels.</summary>
    public static void Run(IBatchedLinearAlgebra algebra, Action body)
    {
        BatchedLinearAlgebra.Use(algebra);
        try { body(); }
        finally { UseKernels(); }
    }
}
