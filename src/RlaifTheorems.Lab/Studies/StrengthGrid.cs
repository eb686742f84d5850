namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// The census's strengths (THEORY R4): λ_k = k·λ_max/40, k = 0…40, where λ_max is the strength at which the judge's tilt alone,
/// π(i) ∝ exp(λ t_i), reaches KL(π ‖ uniform) = ½ log n (an effective number of items exp H(π) = √n); λ_max = 10 when even the
/// limit tilt keeps √n items or more. The tilt's KL increases in λ (dKL/dλ = λ Var_π(t)), so the root is unique.
/// </summary>
public static class StrengthGrid
{
    /// <summary>The number of steps.</summary>
    public const int Steps = 40;

    /// <summary>λ_max when no finite strength reaches the target.</summary>
    public const double Cap = 10;

    /// <summary>The grid for judge scores <paramref name="judge"/> (at unit deviation).</summary>
    public static double[] For(double[] judge)
    {
        double top = MaxStrength(judge);
        return Enumerable.Range(0, Steps + 1).Select(k => k * top / Steps).ToArray();
    }

    /// <summary>λ_max for judge scores <paramref name="judge"/>.</summary>
    public static double MaxStrength(double[] judge)
    {
        int n = judge.Length;
        double target = 0.5 * Math.Log(n), max = judge.Max();
        int atMax = judge.Count(t => t == max);
        if (Math.Log((double)n / atMax) <= target) return Cap;
        double lo = 0, hi = 1;
        while (Divergence(judge, max, hi).Kl < target) { lo = hi; hi *= 2; }
        double x = (lo + hi) / 2;
        for (int iteration = 0; iteration < 200; iteration++)
        {
            var (kl, variance) = Divergence(judge, max, x);
            double f = kl - target;
            if (Math.Abs(f) <= 1e-12 * target) return x;
            if (f < 0) lo = x; else hi = x;
            if (hi - lo <= 1e-14 * hi) return x;
            double newton = x - f / (x * variance);
            x = newton > lo && newton < hi && double.IsFinite(newton) ? newton : (lo + hi) / 2;
        }
        return x;
    }

    /// <summary>KL(π_λ ‖ uniform) and Var_π(t) of the tilt π_λ(i) ∝ exp(λ t_i); <paramref name="max"/> = max t.</summary>
    private static (double Kl, double Variance) Divergence(double[] judge, double max, double lambda)
    {
        double z = 0, first = 0, second = 0;
        foreach (double t in judge)
        {
            double u = t - max, w = Math.Exp(lambda * u);
            z += w; first += w * u; second += w * u * u;
        }
        double mean = first / z;
        return (Math.Max(0, lambda * mean - Math.Log(z) + Math.Log(judge.Length)), Math.Max(0, second / z - mean * mean));
    }
}
