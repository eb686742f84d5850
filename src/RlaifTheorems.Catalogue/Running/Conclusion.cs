namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// Accumulates the parts of a conclusion on one case. Each part is checked with its tolerance; the case's slack
/// is the smallest slack of its parts, and its detail names the first part that failed.
/// </summary>
public sealed class Conclusion
{
    private double _slack = double.PositiveInfinity;
    private bool _holds = true;
    private string? _failure;
    private string? _tightest;
    private double _tightestTolerance;
    private LawEvidence? _evidence;

    /// <summary>value ≤ bound + tol.</summary>
    public Conclusion AtMost(double value, double bound, double tol, string what) => AtMost(value, bound, tol, () => what);

    /// <summary>value ≤ bound + tol, the part named only when it is read (a failure, or the tightest part so far).</summary>
    public Conclusion AtMost(double value, double bound, double tol, Func<string> what) =>
        Part(bound - value, tol, () => $"{what()}: {value:R} > {bound:R} (tolerance {tol:G3})");

    /// <summary>value ≥ bound − tol.</summary>
    public Conclusion AtLeast(double value, double bound, double tol, string what) => AtLeast(value, bound, tol, () => what);

    /// <summary>value ≥ bound − tol, the part named only when it is read.</summary>
    public Conclusion AtLeast(double value, double bound, double tol, Func<string> what) =>
        Part(value - bound, tol, () => $"{what()}: {value:R} < {bound:R} (tolerance {tol:G3})");

    /// <summary>|x − y| ≤ tol.</summary>
    public Conclusion Near(double x, double y, double tol, string what) => Near(x, y, tol, () => what);

    /// <summary>|x − y| ≤ tol, the part named only when it is read.</summary>
    public Conclusion Near(double x, double y, double tol, Func<string> what) =>
        Part(-Math.Abs(x - y), tol, () => $"{what()}: {x:R} ≠ {y:R} (error {Math.Abs(x - y):G3}, tolerance {tol:G3})");

    /// <summary>
    /// A LAW's two-sided check |estimate − exact| ≤ bound, where bound is the half-width of a confidence interval at the
    /// LAW's false-alarm rate; no further tolerance. The evidence of the tightest such check is kept for the report.
    /// </summary>
    public Conclusion WithinBound(string quantity, int sampleSize, double estimate, double exact, double bound)
    {
        double before = _slack;
        Part(bound - Math.Abs(estimate - exact), 0, () => $"{quantity}: |{estimate:G6} − {exact:G6}| > {bound:G3} (N = {sampleSize})");
        if (_slack < before || _evidence is null) _evidence = new LawEvidence(quantity, sampleSize, estimate, exact, bound);
        return this;
    }

    /// <summary>A one-sided LAW check estimate ≤ exact + bound (exact is a supremum); evidence kept as in <see cref="WithinBound"/>.</summary>
    public Conclusion BelowBound(string quantity, int sampleSize, double estimate, double exact, double bound)
    {
        double before = _slack;
        Part(exact + bound - estimate, 0, () => $"{quantity}: {estimate:G6} > {exact:G6} + {bound:G3} (N = {sampleSize})");
        if (_slack < before || _evidence is null) _evidence = new LawEvidence(quantity, sampleSize, estimate, exact, bound);
        return this;
    }

    /// <summary>A decision that must be true; contributes no slack.</summary>
    public Conclusion IsTrue(bool condition, string what)
    {
        if (!condition)
        {
            _holds = false;
            _failure ??= what;
        }
        return this;
    }

    /// <summary>The case's outcome (its hypothesis was met); its detail names the failed part, else the tightest one.</summary>
    public CaseOutcome Outcome() => new(true, _holds, _slack, _failure ?? _tightest, _evidence, _tightestTolerance);

    /// <summary>One part: its slack against its tolerance. The failure text is formed only when it is kept (a failure, or the
    /// tightest part so far), so a case's many passing parts cost no formatting.</summary>
    private Conclusion Part(double slack, double tol, Func<string> failure)
    {
        if (double.IsNaN(slack))
        {
            _holds = false;
            _failure ??= "NaN in " + failure();
            return this;
        }
        if (slack < _slack)
        {
            _slack = slack;
            _tightest = failure();
            _tightestTolerance = tol;
        }
        if (slack < -tol && _failure is null)
        {
            _holds = false;
            _failure = failure();
        }
        else if (slack < -tol) _holds = false;
        return this;
    }
}
