using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// The result of one catalogue entry, as printed by <c>check</c> and written to its JSON report.
/// <see cref="MinSlack"/> is null when no case met the hypothesis, <see cref="Tightest"/> names the part and case it came from and
/// <see cref="TightestTolerance"/> is that part's tolerance (a part holds when its slack is at least minus its tolerance);
/// <see cref="Law"/> is a LAW's evidence (sample size, estimate, exact value, bound) for its tightest check; <see cref="Counterexample"/> is the shrunk case
/// (plain numbers) of a refuted PROBE or a failed THEOREM. <see cref="Interrupted"/>: the run was stopped (Ctrl-C) before its last
/// chunk; the counts and verdict cover the chunks that finished.
/// </summary>
public sealed record EntryResult(
    string Id,
    string Name,
    EntryKind Kind,
    string Statement,
    Verdict Verdict,
    int Cases,
    int HypothesisCases,
    double? MinSlack,
    string? Tightest,
    LawEvidence? Law,
    double? FalseAlarmRate,
    ulong Seed,
    ulong Gamma,
    double ElapsedMs,
    string? Message,
    object? Counterexample,
    double? Violation,
    int Shrinks,
    Dimensions? ShrunkDimensions,
    ReplayData? Replay,
    int? Chunk = null,
    int Chunks = 1,
    bool Interrupted = false,
    double? TightestTolerance = null)
{
    /// <summary>True when the verdict is the one the entry's kind asks for (THEOREM/LAW hold, PROBE refuted).</summary>
    public bool Passed => Kind == EntryKind.Probe ? Verdict == Verdict.Refuted : Verdict == Verdict.Holds;

    /// <summary>For a chunk: whether it decides the entry, so later chunks do not count (a THEOREM or LAW failed, a PROBE was refuted).</summary>
    [JsonIgnore]
    public bool DecidesEntry => Kind == EntryKind.Probe ? Verdict == Verdict.Refuted : Verdict == Verdict.Failed;

    /// <summary>
    /// The result of a whole run from its chunks (<see cref="CatalogueEntry.ChunkCount"/>), given in any order: chunks
    /// 0, 1, … are taken in order up to the first that decides the entry, or all of them. Counts add up, the tightest case
    /// is the smallest slack's, a deciding chunk gives the verdict, message and shrunk case, and a THEOREM or LAW whose
    /// chunks met its hypothesis on no case is vacuous. A single run and the merge of its shards both come through here.
    /// </summary>
    /// <exception cref="ArgumentException">The chunks are of different entries, or one that counts is missing.</exception>
    public static EntryResult Combine(IEnumerable<EntryResult> chunks) =>
        TryCombine(chunks, out var combined, out var problem) ? combined : throw new ArgumentException(problem, nameof(chunks));

    /// <summary>As <see cref="Combine"/>, or false and the one-line <paramref name="problem"/> it would throw.</summary>
    public static bool TryCombine(IEnumerable<EntryResult> chunks, [NotNullWhen(true)] out EntryResult? combined, [NotNullWhen(false)] out string? problem)
    {
        combined = null;
        var byIndex = chunks.OrderBy(c => c.Chunk ?? 0).ToList();
        problem = byIndex.Count == 0 ? "no chunks to combine"
            : byIndex.Any(c => c.Id != byIndex[0].Id || c.Chunks != byIndex[0].Chunks)
            ? $"chunks of different entries or runs: {string.Join(", ", byIndex.Select(c => c.Id).Distinct())}"
            : null;
        if (problem is not null) return false;
        var first = byIndex[0];
        var used = new List<EntryResult>();
        for (int j = 0; j < first.Chunks; j++)
        {
            var c = byIndex.FirstOrDefault(x => (x.Chunk ?? 0) == j);
            if (c is null)
            {
                problem = $"{first.Id}: chunk {j} of {first.Chunks} is missing";
                return false;
            }
            used.Add(c);
            if (c.DecidesEntry) break;
        }
        var decider = used[^1].DecidesEntry ? used[^1] : null;
        int cases = used.Sum(c => c.Cases), hypothesis = used.Sum(c => c.HypothesisCases);
        var tightest = used.Where(c => c.MinSlack is not null).MinBy(c => c.MinSlack!.Value);
        var (verdict, message) = (first.Kind, decider) switch
        {
            (_, { } d) => (d.Verdict, d.Message),
            (EntryKind.Probe, null) => (Verdict.Failed, $"no counterexample found in {cases} cases ({hypothesis} met the claim's hypothesis)"),
            (_, null) when hypothesis == 0 => (Verdict.Failed, $"vacuous: none of {cases} cases met the hypothesis"),
            _ => (Verdict.Holds, (string?)null),
        };
        combined = first with
        {
            Verdict = verdict, Message = message, Cases = cases, HypothesisCases = hypothesis,
            MinSlack = tightest?.MinSlack, Tightest = tightest?.Tightest, TightestTolerance = tightest?.TightestTolerance, Law = tightest?.Law ?? first.Law,
            ElapsedMs = Math.Round(used.Sum(c => c.ElapsedMs), 1),
            Counterexample = decider?.Counterexample, Violation = decider?.Violation, Shrinks = decider?.Shrinks ?? 0,
            ShrunkDimensions = decider?.ShrunkDimensions, Replay = decider?.Replay,
            Chunk = null,
        };
        return true;
    }
}
