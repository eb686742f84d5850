namespace RlaifTheorems.Kernels;

/// <summary>
/// The widest vector kernels <see cref="ProjectionKernel"/> may choose, a cap on what the CPU offers: Vector512 (AVX-512, where
/// present), Vector256 (AVX2 + FMA), or Portable (neither: the four-column kernel with the portable
/// vector types, and OpenBLAS for k ≥ 64 when present), so a test on one machine runs all three machines' paths.
/// </summary>
public enum KernelWidth
{
    /// <summary>No width-specific kernel.</summary>
    Portable,

    /// <summary>At most the AVX2 + FMA kernels.</summary>
    Vector256,

    /// <summary>The widest the CPU has.</summary>
    Vector512,
}
