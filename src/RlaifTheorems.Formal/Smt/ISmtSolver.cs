namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// An SMT solver behind the smallest interface the formal layer needs: SMT-LIB2 text in, sat (with its exact model), unsat or
/// unknown out, within a time budget. A property's author never writes solver code, and a missing solver is one line.
/// </summary>
public interface ISmtSolver
{
    /// <summary>Which solver answers, for reports.</summary>
    string Name { get; }

    /// <summary>Null when the solver runs here; otherwise one line saying what is missing and how to install it.</summary>
    string? Unavailable();

    /// <summary>Checks SMT-LIB2 <paramref name="text"/> (ending in check-sat and get-model) within <paramref name="timeout"/>.</summary>
    SmtAnswer Check(string text, TimeSpan timeout);
}

/// <summary>Checking a built <see cref="SmtScript"/>.</summary>
public static class SmtSolverExtensions
{
    /// <summary>Checks <paramref name="script"/> within <paramref name="timeout"/>.</summary>
    public static SmtAnswer Check(this ISmtSolver solver, SmtScript script, TimeSpan timeout) => solver.Check(script.Text, timeout);
}
