using System.Text.Json.Serialization;

namespace RlaifTheorems.Formal.Proving;

/// <summary>What one query's answer means for its entry.</summary>
public enum QueryVerdict
{
    /// <summary>A THEOREM's negation is unsatisfiable.</summary>
    [JsonStringEnumMemberName("proven")] Proven,
    /// <summary>A PROBE's claim is broken by an exact model.</summary>
    [JsonStringEnumMemberName("refuted")] Refuted,
    /// <summary>The solver gave up or ran out of time.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>A contradiction: a THEOREM's negation is satisfiable (the model is a counterexample to it).</summary>
    [JsonStringEnumMemberName("FALSE")] False,
    /// <summary>A contradiction: a PROBE's claim cannot be broken.</summary>
    [JsonStringEnumMemberName("HOLDS")] Holds,
}

/// <summary>An entry's formal verdict.</summary>
public enum FormalVerdictKind
{
    /// <summary>Every claim proven in some encoding.</summary>
    [JsonStringEnumMemberName("proven")] Proven,
    /// <summary>A PROBE broken exactly.</summary>
    [JsonStringEnumMemberName("refuted")] Refuted,
    /// <summary>Neither, within the budget.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>Not a first-order statement over the reals in fixed dimension (the reason is given).</summary>
    [JsonStringEnumMemberName("not expressible")] NotExpressible,
    /// <summary>The solver contradicts the entry.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>The verdicts as printed, the same words as in the JSON reports.</summary>
public static class FormalVerdictText
{
    /// <summary>"proven", "refuted", "unknown", "FALSE" or "HOLDS".</summary>
    public static string Text(this QueryVerdict verdict) => verdict switch
    {
        QueryVerdict.Proven => "proven",
        QueryVerdict.Refuted => "refuted",
        QueryVerdict.False => "FALSE",
        QueryVerdict.Holds => "HOLDS",
        _ => "unknown",
    };

    /// <summary>"proven", "refuted", "unknown", "not expressible" or "failed".</summary>
    public static string Text(this FormalVerdictKind verdict) => verdict switch
    {
        FormalVerdictKind.Proven => "proven",
        FormalVerdictKind.Refuted => "refuted",
        FormalVerdictKind.NotExpressible => "not expressible",
        FormalVerdictKind.Failed => "failed",
        _ => "unknown",
    };
}
