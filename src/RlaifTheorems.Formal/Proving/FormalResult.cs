using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Formal.Proving;

/// <summary>One statement at one shape: what the solver said and what that means for the entry.</summary>
public sealed record FormalResult(string Id, string Part, string Claim, string Shape, bool IsProbe, SmtStatus Status, double Seconds, string? Model, string? Reason)
{
    /// <summary>proven (a THEOREM's negation is unsat), refuted (a PROBE's claim broken, sat), unknown, or a contradiction:
    /// "FALSE" (a THEOREM's negation is satisfiable: the model is a counterexample to it) or "HOLDS" (a PROBE cannot be broken).</summary>
    public string Verdict => (IsProbe, Status) switch
    {
        (_, SmtStatus.Unknown) => "unknown",
        (false, SmtStatus.Unsat) => "proven",
        (false, SmtStatus.Sat) => "FALSE",
        (true, SmtStatus.Sat) => "refuted",
        (true, SmtStatus.Unsat) => "HOLDS",
        _ => "unknown",
    };

    /// <summary>The solver's answer is the one the entry's kind asks for.</summary>
    public bool AsExpected => Verdict is "proven" or "refuted";

    /// <summary>The solver contradicts the entry's kind.</summary>
    public bool Contradicts => Verdict is "FALSE" or "HOLDS";
}

/// <summary>An entry's formal verdict: proven (every claim proven in some encoding), refuted (a PROBE broken exactly),
/// unknown, not expressible (with the reason), or failed (the solver contradicts the entry).</summary>
public sealed record FormalVerdict(string Id, string Verdict, string? Reason, IReadOnlyList<FormalResult> Results)
{
    /// <summary>True unless the solver contradicted the entry.</summary>
    public bool Consistent => Verdict != "failed";
}
