using System.Diagnostics;
using System.Globalization;

namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// The <c>z3</c> executable (Debian's z3 4.8.12 here) on an SMT-LIB2 script from standard input, with a per-query time limit
/// that z3 enforces (-T) and that this class enforces again by killing the process. Preferred to the shared library because
/// a query the solver cannot finish must never hang the test host: a process can always be ended at its deadline, a native
/// call cannot.
/// </summary>
public sealed class Z3Executable(string executable = "z3") : ISmtSolver
{
    /// <inheritdoc/>
    public string Name => executable;

    /// <inheritdoc/>
    public string? Unavailable()
    {
        try
        {
            var p = Process.Start(new ProcessStartInfo(executable, "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? null : $"{executable} --version failed (exit {p.ExitCode})";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"the SMT solver '{executable}' is not installed: apt-get install z3";
        }
    }

    /// <inheritdoc/>
    public SmtAnswer Check(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        int seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        var p = Process.Start(new ProcessStartInfo(executable, $"-in -smt2 -T:{seconds.ToString(CultureInfo.InvariantCulture)}")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"could not start {executable}");
        var output = p.StandardOutput.ReadToEndAsync();
        try
        {
            p.StandardInput.Write(text);
            p.StandardInput.Close();
        }
        catch (IOException e)
        {
            // The solver ended before it read the query (a broken pipe): no answer, never a crash of the caller.
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            return new SmtAnswer(SmtStatus.Unknown, null, clock.Elapsed.TotalSeconds, $"{executable} exited before reading the query ({e.Message})");
        }
        if (!p.WaitForExit(timeout + TimeSpan.FromSeconds(2)))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            return new SmtAnswer(SmtStatus.Unknown, null, clock.Elapsed.TotalSeconds, $"no answer within {seconds} s");
        }
        return SmtOutput.Parse(output.Result.Trim(), clock.Elapsed.TotalSeconds, seconds);
    }
}
