namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// The outcome of a property on one case: whether the case met the statement's hypothesis, whether the
/// conclusion holds within the tolerance policy, and its slack (how far from failing, in the conclusion's own
/// units; an equality's slack is minus its error) with the tolerance of the part that slack came from: a part holds when its
/// slack is at least minus its tolerance.
/// </summary>
public readonly record struct CaseOutcome(bool HypothesisMet, bool Holds, double Slack, string? Detail = null, LawEvidence? Evidence = null,
    double SlackTolerance = 0)
{
    /// <summary>The case does not meet the hypothesis: the statement says nothing about it.</summary>
    public static CaseOutcome NotApplicable { get; } = new(false, true, double.PositiveInfinity);
}
