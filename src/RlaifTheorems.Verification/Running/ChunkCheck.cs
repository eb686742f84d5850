using System.Text.Json;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Verification.Corpus;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Verification.Running;

/// <summary>
/// Whether a chunk's result read back from a report is one its entry's run could have produced: the catalogue's identity of
/// the entry, the chunk's seeds under the run's settings, counts within the chunk's budget, and numbers consistent with its
/// verdict (a holding chunk's tightest slack within its part's tolerance, a refutation with its counterexample).
/// </summary>
public static class ChunkCheck
{
    /// <summary>Null when <paramref name="r"/> is consistent as chunk <paramref name="chunk"/> of <paramref name="entry"/>
    /// under <paramref name="settings"/>; otherwise what is wrong, in one line.</summary>
    public static string? Problem(CatalogueEntry entry, int chunk, EntryResult r, RunSettings settings)
    {
        string at = $"{entry.Id} chunk {chunk}";
        if (r.Kind != entry.Kind || r.Name != entry.Name || r.Statement != entry.Statement)
            return $"{at} records another entry's kind, name or statement than the catalogue's";
        if (r.Chunks != entry.ChunkCount(settings))
            return $"{at} says its run has {r.Chunks} chunks; under seed {settings.Seed} and --max-test {settings.MaxTest} it has {entry.ChunkCount(settings)}";
        var (seed, gamma) = entry.ChunkSeeds(settings, chunk);
        if (r.Seed != seed || r.Gamma != gamma) return $"{at} was not run with its seeds under master seed {settings.Seed}";
        if (r.Interrupted) return $"{at} was interrupted";
        int budget = entry.ChunkCases(settings, chunk);
        if (r.HypothesisCases < 0 || r.HypothesisCases > r.Cases || r.Cases > budget)
            return $"{at} reports {r.Cases} cases ({r.HypothesisCases} meeting the hypothesis) of a budget of {budget}";
        var problem = (entry.Kind, r.Verdict) switch
        {
            (EntryKind.Probe, Verdict.Holds) or (not EntryKind.Probe, Verdict.Refuted) => $"{at}: a {entry.Kind} cannot be {r.Verdict}",
            (_, Verdict.Holds) when r.Cases != budget => $"{at} holds after {r.Cases} of its {budget} cases",
            (_, Verdict.Holds) when r.Message is not null || r.Counterexample is not null => $"{at} holds but records a failure",
            (_, Verdict.Holds) when (r.MinSlack is null) != (r.HypothesisCases == 0) => $"{at}: its tightest slack and its hypothesis count disagree",
            (_, Verdict.Holds) when r.MinSlack is double slack && !(r.TightestTolerance is double tol && tol >= 0 && slack >= -tol) =>
                $"{at} holds with slack {slack:G3}, beyond its tolerance {r.TightestTolerance?.ToString("G3") ?? "(none recorded)"}",
            (_, Verdict.Failed) when r.Message is null => $"{at} failed without saying why",
            (_, Verdict.Refuted) when r.Counterexample is null || r.HypothesisCases == 0 || r.Violation is <= 0 or double.NaN or double.PositiveInfinity =>
                $"{at} is refuted without a counterexample meeting the claim's hypothesis by a finite violation",
            _ => null,
        };
        return problem ?? (r.Verdict == Verdict.Refuted ? CounterexampleProblem(entry, r, at) : null);
    }

    /// <summary>A refutation's counterexample, evaluated again: it must break the claim, by the violation recorded.</summary>
    private static string? CounterexampleProblem(CatalogueEntry entry, EntryResult r, string at)
    {
        object? @case;
        try
        {
            @case = r.Counterexample is JsonElement json ? json.Deserialize(entry.CaseType, JsonFormat.Options) : r.Counterexample;
        }
        catch (JsonException e)
        {
            return $"{at}'s counterexample does not read as a {entry.CaseType.Name}: {e.Message.Split(". Path:")[0]}";
        }
        if (@case is null || @case.GetType() != entry.CaseType) return $"{at}'s counterexample is not a {entry.CaseType.Name}";
        var outcome = entry.Evaluate(@case);
        if (!ReplayResult.Refutes(outcome) && !(outcome is { HypothesisMet: true, Holds: false } && r.Violation is null))
            return $"{at}'s counterexample does not refute the claim";
        // Stryker disable once Equality : a recomputed violation exactly one tolerance away from the recorded one is not reached.
        if (r.Violation is double recorded && Math.Abs(recorded + outcome.Slack) > Tolerance.For(Math.Abs(recorded)))
            return $"{at} records violation {recorded:R}; its counterexample gives {-outcome.Slack:R}";
        return null;
    }
}
