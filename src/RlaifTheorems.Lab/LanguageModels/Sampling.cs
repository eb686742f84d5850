using RlaifTheorems.Kernels;

namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// How the next token is drawn from logits z: temperature 0 takes the first arg max; otherwise p ∝ exp(z / T), restricted when
/// 0 &lt; top-p &lt; 1 to the smallest set of most probable tokens whose mass exceeds top-p (nucleus sampling), and drawn with one
/// uniform from the sequence's own SplitMix64 stream, so a sequence's tokens depend only on the seed and its index.
/// </summary>
public sealed record Sampling(double Temperature, double TopP)
{
    /// <summary>Greedy decoding.</summary>
    public static readonly Sampling Greedy = new(0, 1);

    /// <summary>The settings, or the one-line reason they are not: a temperature that is negative or not finite, top-p outside (0, 1].</summary>
    public static bool TryCreate(double temperature, double topP, out Sampling? sampling, out string? problem)
    {
        problem = !double.IsFinite(temperature) || temperature < 0 ? $"--temperature must be a finite number ≥ 0, not {temperature}"
            : !(topP > 0 && topP <= 1) ? $"--top-p must lie in (0, 1], not {topP}"
            : null;
        sampling = problem is null ? new Sampling(temperature, topP) : null;
        return problem is null;
    }

    /// <summary>The next token from <paramref name="logits"/>, advancing <paramref name="state"/> by one draw unless greedy.</summary>
    public int Next(ReadOnlySpan<float> logits, ref ulong state)
    {
        if (Temperature == 0) return ArgMax(logits);
        double coin = (SplitMix64.Next(ref state) >> 11) * (1.0 / (1UL << 53));
        var p = Probabilities(logits);
        if (TopP >= 1)
        {
            double cumulative = 0;
            for (int i = 0; i < p.Length; i++)
            {
                cumulative += p[i];
                if (coin < cumulative) return i;
            }
            return LastPositive(p);
        }
        // Only tokens with p ≥ (1 − top-p)/(n − 1) can be in the nucleus when one token has it: the at most n − 1 others hold
        // less than 1 − top-p together.
        double cutoff = (1 - TopP) / Math.Max(1, p.Length - 1);
        var candidates = new List<int>();
        for (int i = 0; i < p.Length; i++)
            if (p[i] >= cutoff) candidates.Add(i);
        if (candidates.Count == 0) candidates.AddRange(Enumerable.Range(0, p.Length));
        candidates.Sort((a, b) => p[b] != p[a] ? p[b].CompareTo(p[a]) : a.CompareTo(b));
        double mass = 0;
        int keep = 0;
        while (keep < candidates.Count && mass <= TopP) mass += p[candidates[keep++]];
        double target = coin * mass, running = 0;
        for (int k = 0; k < keep; k++)
        {
            running += p[candidates[k]];
            if (target < running) return candidates[k];
        }
        return candidates[keep - 1];
    }

    /// <summary>softmax(z / T) in double.</summary>
    private double[] Probabilities(ReadOnlySpan<float> logits)
    {
        double max = double.NegativeInfinity;
        foreach (var z in logits) max = Math.Max(max, z);
        var p = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < p.Length; i++) sum += p[i] = Math.Exp((logits[i] - max) / Temperature);
        for (int i = 0; i < p.Length; i++) p[i] /= sum;
        return p;
    }

    private static int LastPositive(double[] p)
    {
        for (int i = p.Length - 1; i >= 0; i--)
            if (p[i] > 0) return i;
        return 0;
    }

    /// <summary>The first index of the largest logit.</summary>
    public static int ArgMax(ReadOnlySpan<float> logits)
    {
        int best = 0;
        for (int i = 1; i < logits.Length; i++)
            if (logits[i] > logits[best]) best = i;
        return best;
    }
}
