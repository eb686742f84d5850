using System.Diagnostics;

namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// libz3.so.4 (some machine images carry it without the executable, which comes with apt-get install z3) through <see cref="LibZ3"/>: the same
/// script with z3's own timeout, and the calling thread abandoned at the deadline.
/// </summary>
public sealed class Z3Library : ISmtSolver
{
    /// <inheritdoc/>
    public string Name => "libz3.so.4";

    /// <inheritdoc/>
    public string? Unavailable() => LibZ3.Available() ? null : "libz3.so.4 does not load: apt-get install z3";

    /// <inheritdoc/>
    public SmtAnswer Check(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        string script = $"(set-option :timeout {(int)timeout.TotalMilliseconds})\n" + text.Replace("(get-model)", "");
        var run = Task.Run(() => LibZ3.Evaluate(script, (int)timeout.TotalMilliseconds));
        if (!run.Wait(timeout + TimeSpan.FromSeconds(2)))
            return new SmtAnswer(SmtStatus.Unknown, null, clock.Elapsed.TotalSeconds, $"no answer within {timeout.TotalSeconds:F0} s");
        return SmtOutput.Parse(run.Result.Trim(), clock.Elapsed.TotalSeconds, (int)Math.Ceiling(timeout.TotalSeconds));
    }
}
