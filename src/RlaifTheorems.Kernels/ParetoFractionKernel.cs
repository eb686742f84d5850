using System.Runtime.CompilerServices;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Monte Carlo of the two-objective Pareto cone (THEORY T5.2): the number of N directions, uniform on the unit sphere of R^d (as
/// standard Gaussians; normalising does not change a sign), with ⟨x, n₁⟩ &gt; 0 and ⟨x, n₂⟩ &gt; 0. Normals come from the Marsaglia polar
/// method over xoshiro256**; the samples are split into <see cref="Streams"/> fixed streams seeded from the seed by SplitMix64, so the
/// count is the same on any number of cores.
/// </summary>
public static unsafe class ParetoFractionKernel
{
    /// <summary>Independent random streams the samples are split into.</summary>
    public const int Streams = 16;

    /// <summary>The number of the <paramref name="samples"/> directions lying in the cone of n₁, n₂ ∈ R^d.</summary>
    /// <exception cref="ModelInputException">The normals differ in length, are empty or not finite, or samples &lt; 0.</exception>
    public static long CountInCone(ReadOnlySpan<double> n1, ReadOnlySpan<double> n2, long samples, ulong seed)
    {
        if (n1.Length == 0 || n1.Length != n2.Length)
            throw new ModelInputException(InputProblem.ShapeMismatch, "n2", $"has length {n2.Length}; it must match n1's {n1.Length} (> 0)");
        foreach (double t in n1) if (!double.IsFinite(t)) throw new ModelInputException(InputProblem.NonFiniteEntry, "n1", "has a non-finite entry");
        foreach (double t in n2) if (!double.IsFinite(t)) throw new ModelInputException(InputProblem.NonFiniteEntry, "n2", "has a non-finite entry");
        if (samples < 0) throw new ModelInputException(InputProblem.OutOfRange, nameof(samples), $"is {samples}; it must be ≥ 0");
        double[] a = n1.ToArray(), b = n2.ToArray();
        var counts = new long[Streams];
        Parallel.For(0, Streams, s =>
            counts[s] = CountStream(a, b, samples * s / Streams, samples * (s + 1) / Streams, seed + (ulong)s * SplitMix64.Gamma));
        return counts.Sum();
    }

    /// <summary>Hits among samples first … last − 1 of one stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long CountStream(double[] a, double[] b, long first, long last, ulong seed)
    {
        int d = a.Length;
        var rng = new Xoshiro256(seed);
        Span<double> x = stackalloc double[d + 1];
        long hits = 0;
        for (long i = first; i < last; i++)
        {
            for (int t = 0; t < d; t += 2)
                rng.NormalPair(out x[t], out x[t + 1]);
            double s1 = 0, s2 = 0;
            for (int t = 0; t < d; t++)
            {
                s1 += x[t] * a[t];
                s2 += x[t] * b[t];
            }
            if (s1 > 0 && s2 > 0) hits++;
        }
        return hits;
    }
}
