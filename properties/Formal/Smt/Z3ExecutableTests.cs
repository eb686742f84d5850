using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Properties.Formal.Smt;

/// <summary>The z3 executable's driver answers unknown, with the reason, whatever the process does; it never throws.</summary>
public sealed class Z3ExecutableTests
{
    private static string FakeSolver(string body)
    {
        string path = Path.Combine(TempFiles.Folder("z3"), "z3");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public void ASolverThatExitsBeforeReadingIsUnknownNotACrash()
    {
        var solver = new Z3Executable(FakeSolver("exit 0"));
        // A megabyte of query cannot fit the pipe's buffer, so the write meets the closed pipe.
        var answer = solver.Check(new string(' ', 1 << 20) + "(check-sat)", TimeSpan.FromSeconds(5));
        Assert.Equal(SmtStatus.Unknown, answer.Status);
        Assert.False(string.IsNullOrEmpty(answer.Reason));
    }

    [Fact]
    public void ASolverThatPrintsNonsenseIsUnknown()
    {
        var answer = new Z3Executable(FakeSolver("cat > /dev/null; echo maybe")).Check("(check-sat)", TimeSpan.FromSeconds(5));
        Assert.Equal(SmtStatus.Unknown, answer.Status);
        Assert.Contains("unexpected solver output: maybe", answer.Reason);
    }

    [Theory]
    [InlineData("echo unsat", SmtStatus.Unsat, null, null)]
    [InlineData("echo sat; echo '((define-fun x () Real 1.0))'", SmtStatus.Sat, "((define-fun x () Real 1.0))", null)]
    [InlineData("echo timeout", SmtStatus.Unknown, null, "timed out after 5 s")]
    [InlineData("echo unknown", SmtStatus.Unknown, null, "the solver gave up (unknown)")]
    [InlineData("echo '  unsat  '", SmtStatus.Unsat, null, null)]
    public void EachFirstLineIsReadAsItsAnswer(string body, SmtStatus status, string? model, string? reason)
    {
        var answer = new Z3Executable(FakeSolver("cat > /dev/null; " + body)).Check("(check-sat)", TimeSpan.FromSeconds(5));
        Assert.Equal((status, model, reason), (answer.Status, answer.Model, answer.Reason));
    }
}

