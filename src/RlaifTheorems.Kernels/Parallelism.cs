namespace RlaifTheorems.Kernels;

/// <summary>How the kernels split work: contiguous ranges over at most <see cref="Workers"/> threads, and serially when the work is small.</summary>
internal static class Parallelism
{
    /// <summary>Worker threads: the processor count.</summary>
    public static int Workers { get; } = Environment.ProcessorCount;

    /// <summary>True when <see cref="For"/> would run serially: too little work (or too few items) to pay for waking a worker.</summary>
    public static bool IsSmall(int count, long work) => work < 200_000 || count < 2 || Workers < 2;

    /// <summary>Runs body(start, end) over [0, count) in contiguous chunks, in parallel when <paramref name="work"/> (flop-ish units) is large.</summary>
    public static void For(int count, long work, Action<int, int> body)
    {
        int chunks = IsSmall(count, work) ? 1 : Math.Min(Workers, count);
        if (chunks == 1)
        {
            body(0, count);
            return;
        }
        Parallel.For(0, chunks, c => body((int)((long)count * c / chunks), (int)((long)count * (c + 1) / chunks)));
    }
}
