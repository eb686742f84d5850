using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Formal.Proving;

/// <summary>One statement at one shape: what the solver said and what that means for the entry.</summary>
public sealed record FormalResult(string Id, string Part, string Claim, string Shape, bool IsProbe, SmtStatus Status, double Seconds, string? Model, string? Reason)
{
    /// <summary>The model was evaluated against every assertion in exact arithmetic and satisfies them (every sat result the
    /// <see cref="Prover"/> keeps).</summary>
    public bool ModelChecked { get; init; }

    /// <summary>proven (a THEOREM's negation is unsat), refuted (a PROBE's claim broken, sat), unknown, or a contradiction:
    /// "FALSE" (a THEOREM's negation is satisfiable: the model is a counterexample to it) or "HOLDS" (a PROBE cannot be broken).</summary>
    public QueryVerdict Verdict => (IsProbe, Status) switch
    {
        (false, SmtStatus.Unsat) => QueryVerdict.Proven,
        (false, SmtStatus.Sat) => QueryVerdict.False,
        (true, SmtStatus.Sat) => QueryVerdict.Refuted,
        (true, SmtStatus.Unsat) => QueryVerdict.Holds,
        _ => QueryVerdict.Unknown,
    };

    /// <summary>The solver's answer is the one the entry's kind asks for.</summary>
    public bool AsExpected => Verdict is QueryVerdict.Proven or QueryVerdict.Refuted;

    /// <summary>The solver contradicts the entry's kind.</summary>
    public bool Contradicts => Verdict is QueryVerdict.False or QueryVerdict.Holds;
}

/// <summary>An entry's formal verdict: proven (every claim proven in some encoding), refuted (a PROBE broken exactly),
/// unknown, not expressible (with the reason), or failed (the solver contradicts the entry).</summary>
public sealed record FormalVerdict(string Id, FormalVerdictKind Verdict, string? Reason, IReadOnlyList<FormalResult> Results)
{
    /// <summary>True unless the solver contradicted the entry.</summary>
    public bool Consistent => Verdict != FormalVerdictKind.Failed;
}
