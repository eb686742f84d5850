using System.Buffers;

namespace RlaifTheorems.Kernels;

/// <summary>
/// The last columns of X that do not fill a blocked kernel's block: copied into a pooled block of whole width, the missing
/// columns zero (whose projection is zero), so the block kernel runs unchanged on them; <see cref="CopyTo"/> returns the real
/// columns of the result. Input, output and the kernel's coefficient scratch are one pooled array.
/// </summary>
internal readonly unsafe struct PaddedColumns : IDisposable
{
    private readonly double[] memory;
    private readonly int d, count, columns;

    /// <summary>Copies <paramref name="count"/> columns of <paramref name="x"/> (d rows each) into a block of
    /// <paramref name="columns"/>, with <paramref name="scratch"/> doubles of scratch beside it.</summary>
    public PaddedColumns(double* x, int d, int count, int columns, int scratch)
    {
        this.d = d;
        this.count = count;
        this.columns = columns;
        memory = ArrayPool<double>.Shared.Rent(2 * columns * d + scratch);
        new ReadOnlySpan<double>(x, count * d).CopyTo(memory);
        memory.AsSpan(count * d, (columns - count) * d).Clear();
    }

    /// <summary>The pooled array: the input block at [0, columns·d), the output block after it, then the scratch.</summary>
    public double[] Memory => memory;

    /// <summary>Offset of the output block in <see cref="Memory"/>.</summary>
    public int Output => columns * d;

    /// <summary>Offset of the scratch in <see cref="Memory"/>.</summary>
    public int Scratch => 2 * columns * d;

    /// <summary>Copies the real columns of the output block to <paramref name="y"/>.</summary>
    public void CopyTo(double* y) => memory.AsSpan(Output, count * d).CopyTo(new Span<double>(y, count * d));

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => ArrayPool<double>.Shared.Return(memory);
}
