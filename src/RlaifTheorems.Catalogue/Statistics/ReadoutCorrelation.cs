namespace RlaifTheorems.Catalogue.Statistics;

/// <summary>
/// Monte Carlo correlation of a bounded readout f ∈ [−1, 1] with a value V whose mean 0 and variance 1 are known exactly
/// (THEORY N3, N4): corr(f, V) = E[fV]/sd(f). Accumulates Σf, Σf², ΣfV and gives the estimate and a lower confidence bound:
/// E[fV] by Bernstein (Var(fV) ≤ E[V²] = 1, |fV| within the stated range), E[f] and E[f²] by Hoeffding, each at α.
/// </summary>
public sealed class ReadoutCorrelation
{
    private double _f, _f2, _fv;
    private int _n;

    /// <summary>Adds one sample (f must lie in [−1, 1]).</summary>
    public void Add(double f, double v)
    {
        // Stryker disable once Assignment : Σf enters the estimate only squared and the bound only as |Σf|, so −Σf gives the same numbers.
        _f += f;
        _f2 += f * f;
        _fv += f * v;
        _n++;
    }

    /// <summary>N.</summary>
    public int Count => _n;

    /// <summary>The plug-in estimate E[fV]/sd(f), or 0 if f was constant.</summary>
    public double Estimate
    {
        get
        {
            double mean = _f / _n, variance = _f2 / _n - mean * mean;
            return variance <= 0 ? 0 : _fv / _n / Math.Sqrt(variance);
        }
    }

    /// <summary>
    /// A lower confidence bound of corr(f, V) holding with probability ≥ 1 − 3α, given |fV − E[fV]| ≤ <paramref name="productRange"/>:
    /// the smallest E[fV]/√(E[f²] − E[f]²) over the box the three intervals allow (E[fV] ± t_fv, E[f²] ± t_f², |E[f]| within
    /// |mean| ± t_f, at least 0), and −1 when the box admits a variance of 0 with E[fV] ≤ 0.
    /// </summary>
    public double LowerBound(double alpha, double productRange)
    {
        double tFv = ConfidenceBound.Bernstein(_n, alpha, 1.0, productRange);
        double tF = ConfidenceBound.Hoeffding(_n, alpha, 2.0), tF2 = ConfidenceBound.Hoeffding(_n, alpha, 1.0);
        double numerator = _fv / _n - tFv;
        double mean = Math.Abs(_f / _n);
        // Stryker disable once Equality : at a numerator of exactly 0 both branches give 0 unless the lower variance is ≤ 0 too; both
        // exactly at their boundaries is not reached.
        if (numerator > 0)
        {
            // At least the sample variance plus t_f² (|E[f]| ≤ |mean| here), so positive: t_f² ≥ 10⁻⁵ for any N below 10⁹, far above
            // the rounding of E[f²] − mean².
            double varianceUpper = _f2 / _n + tF2 - Math.Pow(Math.Max(0, mean - tF), 2);
            return numerator / Math.Sqrt(varianceUpper);
        }
        double varianceLower = _f2 / _n - tF2 - Math.Pow(mean + tF, 2);
        // Stryker disable once Equality : at a variance of exactly 0 with a negative numerator, numerator/0 = −∞ is clamped to −1 as well; both exactly 0 is not reached.
        return varianceLower <= 0 ? -1 : Math.Max(-1, numerator / Math.Sqrt(varianceLower));
    }
}
