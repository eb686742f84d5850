namespace RlaifTheorems.Formal.Smt;

/// <summary>What the solver said of a script: unsat, sat (with its model, exact), or unknown (gave up or timed out).</summary>
public enum SmtStatus
{
    /// <summary>The assertions have no real solution: the statement whose negation they encode is proven.</summary>
    Unsat,
    /// <summary>The solver says a real solution exists and prints it as <see cref="SmtAnswer.Model"/>; the formal layer's
    /// prover accepts it only after evaluating that model exactly.</summary>
    Sat,
    /// <summary>The solver gave up or ran out of time.</summary>
    Unknown,
}

/// <summary>The solver's answer, its model when sat (SMT-LIB2 text: rationals and root-obj algebraic numbers), and the seconds it took.</summary>
public sealed record SmtAnswer(SmtStatus Status, string? Model, double Seconds, string? Reason = null);
