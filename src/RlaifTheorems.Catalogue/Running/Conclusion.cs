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

    /// <summary>value ≤ bound + tol.</summary>
    public Conclusion AtMost(double value, double bound, double tol, string what) =>
        Part(bound - value, tol, $"{what}: {value:R} > {bound:R} (tolerance {tol:G3})");

    /// <summary>value ≥ bound − tol.</summary>
    public Conclusion AtLeast(double value, double bound, double tol, string what) =>
        Part(value - bound, tol, $"{what}: {value:R} < {bound:R} (tolerance {tol:G3})");

    /// <summary>|x − y| ≤ tol.</summary>
    public Conclusion Near(double x, double y, double tol, string what) =>
        Part(-Math.Abs(x - y), tol, $"{what}: {x:R} ≠ {y:R} (error {Math.Abs(x - y):G3}, tolerance {tol:G3})");

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
    public CaseOutcome Outcome() => new(true, _holds, _slack, _failure ?? _tightest);

    private Conclusion Part(double slack, double tol, string failure)
    {
        if (double.IsNaN(slack))
        {
            _holds = false;
            _failure ??= "NaN in " + failure;
            return this;
        }
        if (slack < _slack)
        {
            _slack = slack;
            _tightest = failure;
        }
        if (slack < -tol)
        {
            _holds = false;
            _failure ??= failure;
        }
        return this;
    }
}
