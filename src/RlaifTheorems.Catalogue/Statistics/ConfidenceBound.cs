namespace RlaifTheorems.Catalogue.Statistics;

/// <summary>
/// Distribution-free confidence bounds used by the LAWs. Each returns a half-width t such that the stated
/// deviation exceeds t with probability at most α; no normal approximation is involved.
/// </summary>
public static class ConfidenceBound
{
    /// <summary>Hoeffding: for N i.i.d. samples in an interval of length <paramref name="range"/>,
    /// P(|mean − μ| ≥ t) ≤ 2 exp(−2N t²/range²), so t = range·sqrt(ln(2/α)/(2N)).</summary>
    public static double Hoeffding(int n, double alpha, double range = 1.0) => range * Math.Sqrt(Math.Log(2 / alpha) / (2.0 * n));

    /// <summary>Dvoretzky–Kiefer–Wolfowitz with Massart's constant: P(sup|F_N − F| &gt; ε) ≤ 2 exp(−2Nε²),
    /// so ε = sqrt(ln(2/α)/(2N)).</summary>
    public static double Dkw(int n, double alpha) => Math.Sqrt(Math.Log(2 / alpha) / (2.0 * n));

    /// <summary>Bernstein: for N i.i.d. samples with variance ≤ σ² and |X − μ| ≤ b, P(|mean − μ| ≥ t) ≤ 2 exp(−N t²/(2σ² + 2bt/3));
    /// the returned t = (b L/3 + sqrt(b²L²/9 + 2σ²L N))/N with L = ln(2/α) solves 2 exp(…) = α.</summary>
    public static double Bernstein(int n, double alpha, double variance, double range)
    {
        double l = Math.Log(2 / alpha);
        return (range * l / 3 + Math.Sqrt(range * range * l * l / 9 + 2 * variance * l * n)) / n;
    }

    /// <summary>The Kolmogorov–Smirnov statistic sup_x |F_N(x) − F(x)| of <paramref name="samples"/> against the CDF <paramref name="cdf"/>.</summary>
    public static double KolmogorovSmirnov(double[] samples, Func<double, double> cdf)
    {
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        double n = sorted.Length, worst = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            double f = cdf(sorted[i]);
            worst = Math.Max(worst, Math.Max((i + 1) / n - f, f - i / n));
        }
        return worst;
    }
}
