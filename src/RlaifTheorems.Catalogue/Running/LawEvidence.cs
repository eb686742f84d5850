namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// What a LAW's Monte Carlo saw on one check: sample size N, the estimate, the exact value it must agree with, and the
/// half-width of the confidence bound (|estimate − exact| ≤ bound, or estimate ≤ exact + bound for a one-sided LAW).
/// </summary>
public sealed record LawEvidence(string Quantity, int SampleSize, double Estimate, double Exact, double Bound);
