namespace RlaifTheorems.Formal.Smt;

/// <summary>Reads a solver's printed answer: its first line says sat, unsat, unknown or timeout; after sat comes the model.</summary>
internal static class SmtOutput
{
    /// <summary>The answer printed as <paramref name="result"/> after <paramref name="elapsed"/> seconds of a
    /// <paramref name="seconds"/>-second budget.</summary>
    public static SmtAnswer Parse(string result, double elapsed, int seconds)
    {
        string first = result.Split('\n')[0].Trim();
        return first switch
        {
            "unsat" => new SmtAnswer(SmtStatus.Unsat, null, elapsed),
            "sat" => new SmtAnswer(SmtStatus.Sat, result[first.Length..].Trim(), elapsed),
            "timeout" => new SmtAnswer(SmtStatus.Unknown, null, elapsed, $"timed out after {seconds} s"),
            "unknown" => new SmtAnswer(SmtStatus.Unknown, null, elapsed, "the solver gave up (unknown)"),
            _ => new SmtAnswer(SmtStatus.Unknown, null, elapsed, $"unexpected solver output: {first}"),
        };
    }
}
