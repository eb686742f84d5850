using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Kernels;

/// <summary>Shape checks of the kernels' column-major spans; each failure is a <see cref="ModelInputException"/> naming the span.</summary>
internal static class KernelGuard
{
    /// <summary>The span holds at least rows·cols entries, and both sizes are non-negative.</summary>
    public static void Sizes(ReadOnlySpan<double> a, int rows, int cols, string name)
    {
        if (rows < 0 || cols < 0)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"has negative size {rows}×{cols}");
        if (a.Length < (long)rows * cols)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"holds {a.Length} entries but {rows}×{cols} = {(long)rows * cols} are needed");
    }

    /// <summary>The output span holds at least <paramref name="length"/> entries.</summary>
    public static void Output(Span<double> a, long length, string name)
    {
        if (a.Length < length)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"holds {a.Length} entries but {length} are written");
    }
}
