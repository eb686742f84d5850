namespace RlaifTheorems.Lab.Statistics;

/// <summary>The nonparametric bootstrap over items: seeded resamples with replacement, shared by every statistic of one sample so
/// that differences between statistics are bootstrapped paired, and percentile intervals at any level.</summary>
public static class Bootstrap
{
    /// <summary><paramref name="resamples"/> index sets, each n draws with replacement from 0…n − 1, from <paramref name="seed"/>.</summary>
    public static int[][] Indices(int n, int resamples, int seed)
    {
        var random = new Random(seed);
        var sets = new int[resamples][];
        for (int b = 0; b < resamples; b++)
        {
            sets[b] = new int[n];
            for (int k = 0; k < n; k++) sets[b][k] = random.Next(n);
        }
        return sets;
    }

    /// <summary>The percentile interval of <paramref name="estimates"/> at coverage <paramref name="level"/> (e.g. 0.95): the
    /// (1 − level)/2 and (1 + level)/2 order statistics, rounded outwards.</summary>
    public static (double Low, double High) Percentile(double[] estimates, double level)
    {
        var sorted = (double[])estimates.Clone();
        Array.Sort(sorted);
        int last = sorted.Length - 1;
        return (sorted[(int)Math.Floor((1 - level) / 2 * last)], sorted[(int)Math.Ceiling((1 + level) / 2 * last)]);
    }

    /// <summary>The statistic on every resample.</summary>
    public static double[] Estimates(int[][] indices, Func<int[], double> statistic)
    {
        var estimates = new double[indices.Length];
        Parallel.For(0, indices.Length, b => estimates[b] = statistic(indices[b]));
        return estimates;
    }

    /// <summary>Resample b of n items: its draws <see cref="Draw"/>(seed, b, k, n) for k = 0…n − 1.</summary>
    public static int[] Draws(int seed, int b, int n)
    {
        var draws = new int[n];
        for (int k = 0; k < n; k++) draws[k] = Draw(seed, b, k, n);
        return draws;
    }

    /// <summary>⌊u_{b,k}·n⌋, the k-th draw of resample b from n items, with u_{b,k} ∈ [0, 1) the SplitMix64 finaliser of
    /// seed·φ ⊕ (b·2³² | k) plus φ: a stateless seeded stream that every statistic of a run can share whatever its n.</summary>
    public static int Draw(int seed, int b, int k, int n)
    {
        ulong z = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)b << 32 | (uint)k);
        z += 0x9E3779B97F4A7C15UL;
        // Stryker disable once Bitwise : z is unsigned, so >> and >>> agree.
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        // Stryker disable once Bitwise : z is unsigned, so >> and >>> agree.
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        // Stryker disable once Bitwise : z is unsigned, so >> and >>> agree.
        z ^= z >> 31;
        return (int)Math.BigMul(z, (ulong)n, out _);
    }

}
