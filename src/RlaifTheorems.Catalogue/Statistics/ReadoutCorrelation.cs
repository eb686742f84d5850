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
    /// A lower confidence bound of corr(f, V) holding with probability ≥ 1 − 3α, given |fV − E[fV]| ≤ <paramref name="productRange"/>.
    /// </summary>
    public double LowerBound(double alpha, double productRange)
    {
        double tFv = ConfidenceBound.Bernstein(_n, alpha, 1.0, productRange);
        double tF = ConfidenceBound.Hoeffding(_n, alpha, 2.0), tF2 = ConfidenceBound.Hoeffding(_n, alpha, 1.0);
        double numerator = _fv / _n - tFv;
        double mean = Math.Abs(_f / _n);
        if (numerator > 0)
        {
            double varianceUpper = _f2 / _n + tF2 - Math.Pow(Math.Max(0, mean - tF), 2);
            return varianceUpper <= 0 ? double.PositiveInfinity : numerator / Math.Sqrt(varianceUpper);
        }
        double varianceLower = _f2 / _n - tF2 - Math.Pow(mean + tF, 2);
        return varianceLower <= 0 ? -1 : Math.Max(-1, numerator / Math.Sqrt(varianceLower));
    }
}
