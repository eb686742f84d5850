namespace RlaifTheorems.Catalogue.Statistics;

/// <summary>
/// The false-alarm budget of every LAW: at most 1e-6 per LAW per run (CI runs with fixed seeds), split by Bonferroni over
/// a fixed number of cases and over the checks each case makes.
/// </summary>
public static class LawBudget
{
    /// <summary>Probability that a LAW fails in a run although it is true: 1e-6.</summary>
    public const double FalseAlarmRate = 1e-6;

    /// <summary>Cases (dimensions and seeds) per LAW per run.</summary>
    public const int Cases = 10;

    /// <summary>The false-alarm rate of one check when each case makes <paramref name="checksPerCase"/> checks.</summary>
    public static double PerCheck(int checksPerCase) => FalseAlarmRate / (Cases * checksPerCase);
}
