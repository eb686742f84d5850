using System.Diagnostics;
using System.Globalization;

namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// Runs the <c>z3</c> executable (Debian's z3 4.8.12 here) on an SMT-LIB2 script from standard input, with a per-query time
/// limit that z3 enforces (-T) and that this class enforces again by killing the process. The executable is preferred to
/// the shared library because a query the solver cannot finish must never hang the test host: a process can always be
/// ended at its deadline, a native call cannot. Where only libz3.so.4 is installed (this machine image ships it; the
/// executable comes with apt-get install z3), the same script goes through <see cref="LibZ3"/>, with z3's own timeout and a
/// thread abandoned at the deadline.
/// </summary>
public sealed class Z3Solver
{
    private readonly string _executable;
    private readonly bool _library;

    /// <summary>A solver running <paramref name="executable"/> (default: <c>z3</c> on the PATH), or libz3 when it is missing
    /// (always, with <paramref name="libraryOnly"/>).</summary>
    public Z3Solver(string executable = "z3", bool libraryOnly = false)
    {
        _executable = executable;
        _library = libraryOnly || (ExecutableProblem() is not null && LibZ3.Available());
    }

    /// <summary>Which z3 answers: the executable, or the shared library.</summary>
    public string Backend => _library ? "libz3.so.4" : _executable;

    /// <summary>Null when z3 runs here (the executable or libz3.so.4); otherwise one line saying what is missing and how to install it.</summary>
    public string? Unavailable() => _library ? (LibZ3.Available() ? null : "libz3.so.4 does not load: apt-get install z3") : ExecutableProblem();

    private string? ExecutableProblem()
    {
        try
        {
            var p = Process.Start(new ProcessStartInfo(_executable, "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? null : $"{_executable} --version failed (exit {p.ExitCode})";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"the SMT solver '{_executable}' is not installed: apt-get install z3";
        }
    }

    /// <summary>Checks <paramref name="script"/> within <paramref name="timeout"/>.</summary>
    public SmtAnswer Check(SmtScript script, TimeSpan timeout) => Check(script.Text, timeout);

    /// <summary>Checks SMT-LIB2 <paramref name="text"/> within <paramref name="timeout"/>.</summary>
    public SmtAnswer Check(string text, TimeSpan timeout) => _library ? CheckWithLibrary(text, timeout) : CheckWithExecutable(text, timeout);

    private static SmtAnswer CheckWithLibrary(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        string script = $"(set-option :timeout {(int)timeout.TotalMilliseconds})\n" + text.Replace("(get-model)", "");
        var run = Task.Run(() => LibZ3.Evaluate(script, (int)timeout.TotalMilliseconds));
        if (!run.Wait(timeout + TimeSpan.FromSeconds(2)))
            return new SmtAnswer(SmtStatus.Unknown, null, clock.Elapsed.TotalSeconds, $"no answer within {timeout.TotalSeconds:F0} s");
        return Parse(run.Result.Trim(), clock.Elapsed.TotalSeconds, (int)Math.Ceiling(timeout.TotalSeconds));
    }

    private SmtAnswer CheckWithExecutable(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        int seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        var p = Process.Start(new ProcessStartInfo(_executable, $"-in -smt2 -T:{seconds.ToString(CultureInfo.InvariantCulture)}")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"could not start {_executable}");
        var output = p.StandardOutput.ReadToEndAsync();
        p.StandardInput.Write(text);
        p.StandardInput.Close();
        if (!p.WaitForExit(timeout + TimeSpan.FromSeconds(2)))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            return new SmtAnswer(SmtStatus.Unknown, null, clock.Elapsed.TotalSeconds, $"no answer within {seconds} s");
        }
        return Parse(output.Result.Trim(), clock.Elapsed.TotalSeconds, seconds);
    }

    private static SmtAnswer Parse(string result, double elapsed, int seconds)
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
