using System.Diagnostics;
using FsCheck;

namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// A catalogue entry checked by an FsCheck property over cases of type <typeparamref name="T"/>.
/// THEOREM/LAW: holds when no case fails and at least one case met the hypothesis (no vacuous pass).
/// PROBE: refuted when FsCheck finds a case that meets the claim's hypothesis and breaks its conclusion; the
/// counterexample is the shrunk case, re-evaluated to report the size of the violation.
/// </summary>
public sealed class PropertyEntry<T> : CatalogueEntry where T : notnull
{
    private readonly Arbitrary<T> _cases;
    private readonly Func<T, CaseOutcome> _property;
    private readonly Func<T, Dimensions>? _dimensions;
    private readonly int? _fixedCases;
    private readonly double? _falseAlarmRate;

    /// <summary>Creates the entry. <paramref name="fixedCases"/> fixes the number of cases (LAWs, whose false-alarm
    /// budget <paramref name="falseAlarmRate"/> per run is split over a known number of cases); otherwise the run's MaxTest applies.</summary>
    public PropertyEntry(string id, EntryKind kind, string name, string statement, Arbitrary<T> cases,
        Func<T, CaseOutcome> property, Func<T, Dimensions>? dimensions = null, Dimensions? shrinksTo = null, int? fixedCases = null,
        double? falseAlarmRate = null)
        : base(id, kind, name, statement, shrinksTo)
    {
        _cases = cases;
        _property = property;
        _dimensions = dimensions;
        _fixedCases = fixedCases;
        _falseAlarmRate = falseAlarmRate;
    }

    /// <inheritdoc/>
    public override Type CaseType => typeof(T);

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(object @case) => _property((T)@case);

    /// <inheritdoc/>
    public override int? FixedCases => _fixedCases;

    /// <inheritdoc/>
    public override EntryResult RunChunk(RunSettings settings, int chunk, ReplayData? replay = null)
    {
        int chunks = ChunkCount(settings);
        if (chunk < 0 || chunk >= chunks) throw new ArgumentOutOfRangeException(nameof(chunk), $"{Id} has chunks 0 to {chunks - 1}");
        var clock = Stopwatch.StartNew();
        var (seed, gamma) = ChunkSeeds(settings, chunk);
        int maxTest = ChunkCases(settings, chunk);
        var run = PropertyRunner.Run(_cases, _property, Kind, maxTest, seed, gamma, settings.EndSize, replay);
        // Stryker disable once Statement : the clock is read on the next lines either way; stopping it only fixes the reading.
        clock.Stop();

        var (verdict, message) = Judge(run);
        var shrunkOutcome = run.ShrunkOutcome;
        // A yes/no conclusion (IsTrue) fails with slack −∞: it has no size, so no violation is reported for it.
        double? violation = run.Failed && shrunkOutcome is { HypothesisMet: true, Holds: false } o && double.IsFinite(o.Slack) ? -o.Slack : null;
        Dimensions? dims = run.Shrunk is T t && _dimensions is not null ? _dimensions(t) : null;
        return new EntryResult(Id, Name, Kind, Statement, verdict, run.Cases, run.HypothesisCases,
            double.IsFinite(run.MinSlack) ? run.MinSlack : null, run.Tightest, run.Evidence, _falseAlarmRate, seed, gamma, Math.Round(clock.Elapsed.TotalMilliseconds, 1),
            message, run.Shrunk, violation, run.Shrinks, dims, run.Replay, chunk, chunks,
            TightestTolerance: double.IsFinite(run.MinSlack) ? run.MinSlackTolerance : null);
    }

    private (Verdict, string?) Judge(PropertyRun run)
    {
        if (run.Error is not null)
            return (Verdict.Failed, "property threw: " + run.Error);
        if (Kind == EntryKind.Probe)
        {
            if (run.Failed && run.ShrunkOutcome is { HypothesisMet: true, Holds: false } o)
                return (Verdict.Refuted, o.Detail);
            return (Verdict.Failed, "no counterexample found");
        }
        if (run.Failed)
            return (Verdict.Failed, run.ShrunkOutcome?.Detail ?? "failed");
        // Vacuity is a property of the whole run, judged when the chunks are combined.
        return (Verdict.Holds, null);
    }
}
