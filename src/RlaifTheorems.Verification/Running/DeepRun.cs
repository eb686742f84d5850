using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Verification.Running;

/// <summary>The report of <c>check --deep</c>: every (entry, d) result of <see cref="DeepProfile"/>.</summary>
public sealed record DeepReport(ulong Seed, int CasesPerDimension, IReadOnlyList<int> Dimensions, IReadOnlyList<DeepProfile.Result> Results)
{
    /// <summary>True when the run was interrupted (Ctrl-C, SIGTERM): the results listed are the (entry, d) pairs that finished.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Per entry, whether it failed: a failing case at some d, or no case meeting its hypothesis at any d (a single d
    /// without one is no failure).</summary>
    // Stryker disable once Linq : hypothesis counts are non-negative, so their sum and their maximum are 0 together.
    public IReadOnlyList<(string Id, bool Failed)> ByEntry() =>
        Results.GroupBy(r => r.Id).Select(g => (g.Key, g.Any(r => !r.Passed && !r.Vacuous) || g.Sum(r => r.HypothesisCases) == 0)).ToList();
}
