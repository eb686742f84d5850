namespace RlaifTheorems.Core.Numerics;

/// <summary>
/// The suite's one tolerance policy (THEORY "Numerics").
/// A conclusion <c>x ≤ y</c> is accepted when <c>x ≤ y + For(scale, condition)</c>, where
/// <c>For(scale, κ) = (Absolute + Relative·scale)·max(1, κ)</c>: an absolute floor near zero, a relative part
/// proportional to the magnitude of the compared quantities, both scaled by the condition number κ of
/// the inputs (for an encoder, σ_max/σ_min). A hypothesis is taken to hold only with <see cref="HypothesisMargin"/>.
/// </summary>
public static class Tolerance
{
    /// <summary>Absolute floor of the tolerance: 1e-12.</summary>
    public const double Absolute = 1e-12;

    /// <summary>Relative unit of the tolerance: 1e-11 per unit of magnitude (about 45 ULPs of 1).</summary>
    public const double Relative = 1e-11;

    /// <summary>Margin a strict hypothesis must clear (e.g. Δ(c) &gt; 1e-9): THEORY "Numerics".</summary>
    public const double HypothesisMargin = 1e-9;

    /// <summary>The largest tolerance at which a comparison of quantities of scale 1 (alignments, in [−1, 1]) still decides
    /// something: a case whose tolerance reaches 1e-3 is too ill-conditioned for double precision, and a property counts it
    /// among the cases that do not meet its hypothesis instead of passing it by a tolerance as wide as the quantity.</summary>
    public const double Decisive = 1e-3;

    /// <summary>Relative size below which a residual counts as zero when detecting rank and dependence.</summary>
    public const double RankThreshold = 1e-10;

    /// <summary>The tolerance for comparing quantities of magnitude <paramref name="scale"/> computed from
    /// inputs of condition number <paramref name="condition"/>. Range: scale ≥ 0, condition ≥ 1.</summary>
    public static double For(double scale = 1.0, double condition = 1.0) =>
        (Absolute + Relative * Math.Abs(scale)) * Math.Max(1.0, condition);
}
