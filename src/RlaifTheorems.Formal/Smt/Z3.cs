namespace RlaifTheorems.Formal.Smt;

/// <summary>Finds z3 where the tool runs: the executable when it runs, otherwise the shared library when it loads.</summary>
public static class Z3
{
    /// <summary>The executable <paramref name="executable"/> when it runs, else libz3.so.4 when it loads, else the executable
    /// (whose <see cref="ISmtSolver.Unavailable"/> says how to install it).</summary>
    public static ISmtSolver Find(string executable = "z3")
    {
        var program = new Z3Executable(executable);
        if (program.Unavailable() is null) return program;
        var library = new Z3Library();
        return library.Unavailable() is null ? library : program;
    }
}
