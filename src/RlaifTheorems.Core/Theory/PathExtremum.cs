namespace RlaifTheorems.Core.Theory;

/// <summary>
/// An extreme value of A along the RLAIF path and the strength λ where it is taken;
/// λ = +∞ means the value is the limit A(d_c), approached but not attained.
/// </summary>
public readonly record struct PathExtremum(double Alignment, double Strength)
{
    /// <summary>True when the extremum is the limit λ → ∞ (T1.1), not attained at a finite strength.</summary>
    public bool AtLimit => double.IsPositiveInfinity(Strength);
}
