using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// One constitution judged on one item set by the census's rules (THEORY R4, the census): the linear predictions of T1.2, T1.3
/// and T1.4 from the core's path on the items' plane, what the exact policy did on the strength grid, and whether each
/// theorem is judged there. A theorem's verdict is null when it is not judged.
/// </summary>
public sealed record CensusJudgment(int Items, double MaxStrength, double JudgeAlignment, double GenerationAlignment, double Gap,
    double InitialSlope, double? CrossingStrength, double PredictedMinimum,
    bool StrongJudged, bool PredictedStrong, bool ObservedStrong,
    bool MonotoneJudged, bool PredictedMonotone, bool ObservedMonotone,
    bool ValueJudged, string PredictedValue, string ObservedValue)
{
    /// <summary>The margin of T1.4's observation, in units of σ_y.</summary>
    public const double ValueMargin = 1e-3;

    /// <summary>T1.2: the sign of Δ decided whether the policy ended above its start at λ_max.</summary>
    public bool? StrongHolds => StrongJudged ? PredictedStrong == ObservedStrong : null;
    /// <summary>T1.3: improvement at every grid strength happened exactly when predicted.</summary>
    public bool? MonotoneHolds => MonotoneJudged ? PredictedMonotone == ObservedMonotone : null;
    /// <summary>T1.4: EV rose (fell) within the margin exactly when A(d_c) &gt; 0 (&lt; 0).</summary>
    public bool? ValueHolds => ValueJudged ? PredictedValue == ObservedValue : null;

    /// <summary>Judges the path along g + λ d_c on <paramref name="items"/>; null when the core's hypotheses exclude it.</summary>
    public static CensusJudgment? Of(PlaneItems items) => items.LinearPath() is { } path ? Of(items, path, StrengthGrid.For(items.Judge), out _) : null;

    /// <summary>Judges with the core's <paramref name="path"/> on <paramref name="grid"/>; <paramref name="observed"/> is the exact
    /// policy at each grid strength.</summary>
    public static CensusJudgment Of(PlaneItems items, RlaifPath path, double[] grid,
        out (double ExpectedValue, double Divergence, double RealisedAlignment)[] observed)
    {
        var policy = items.Policy();
        observed = grid.Select(policy.At).ToArray();
        double lambdaMax = grid[^1], start = observed[0].RealisedAlignment;

        bool strongJudged = path.Gap != 0 && path.CrossingStrength is double crossing && crossing < lambdaMax;
        bool observedStrong = observed[^1].RealisedAlignment > start;

        double linearStart = path.AlignmentAt(0);
        bool monotoneJudged = path.ImprovesMonotonically || grid.Skip(1).Any(l => path.AlignmentAt(l) <= linearStart);
        bool observedMonotone = observed.Skip(1).All(o => o.RealisedAlignment > start);

        double a = items.JudgeAlignment;
        string predictedValue = a > 0 ? "rises" : a < 0 ? "falls" : "flat";
        string observedValue = ValueShape(observed.Select(o => o.ExpectedValue).ToArray(), ValueMargin * items.ValueDeviation);

        return new CensusJudgment(items.Count, lambdaMax, a, items.GenerationAlignment, path.Gap, path.InitialSlope, path.CrossingStrength,
            path.Minimum.Alignment, strongJudged, path.Gap > 0, observedStrong, monotoneJudged, path.ImprovesMonotonically, observedMonotone,
            a != 0, predictedValue, observedValue);
    }

    /// <summary>"rises" when EV ends more than ε above its start and never falls more than ε below an earlier value; "falls" the
    /// mirror image; "mixed" otherwise.</summary>
    public static string ValueShape(double[] ev, double margin)
    {
        bool rises = ev[^1] - ev[0] > margin, falls = ev[0] - ev[^1] > margin;
        double highest = ev[0], lowest = ev[0];
        for (int k = 1; k < ev.Length; k++)
        {
            rises &= ev[k] >= highest - margin;
            falls &= ev[k] <= lowest + margin;
            highest = Math.Max(highest, ev[k]);
            lowest = Math.Min(lowest, ev[k]);
        }
        return rises ? "rises" : falls ? "falls" : "mixed";
    }
}
