using System.Text.Json;
using System.Text.RegularExpressions;
using RlaifTheorems.Cli.Shared;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// A solver that answers unsat to every query says a PROBE can never be broken, contradicting the catalogue: check prints a
/// FAILED (formal) line naming each contradicting query as the report records it, counts it in its summary, marks the formal
/// cell, and exits 1 although every property run passed; prove counts the contradiction and exits 1.
/// </summary>
[Collection("Alone")]
public sealed class ContradictingSolverTests
{
    /// <summary>Runs <paramref name="run"/> with a z3 on the PATH that answers its version and then unsat to any query.</summary>
    private static T WithUnsatSolver<T>(Func<T> run)
    {
        string folder = TempFiles.Folder("unsat-z3");
        string z3 = Path.Combine(folder, "z3");
        File.WriteAllText(z3, "#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo 'Z3 version 4.8.12 - 64 bit'; exit 0; fi\ncat > /dev/null\necho unsat\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(z3, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string? path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", folder + Path.PathSeparator + path);
            return run();
        }
        finally { Environment.SetEnvironmentVariable("PATH", path); }
    }

    [Fact]
    public void CheckNamesEachContradictingQueryAndFails()
    {
        if (!OperatingSystem.IsLinux()) return;
        string json = TempFiles.Path("check-contradicted");
        var (code, output, error) = WithUnsatSolver(() => CliRun.Of("check", "P1.1", "L2", "--max-test", "100", "--seed", "5", "--json", json));
        var report = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.All(report.GetProperty("entries").EnumerateArray(), e => Assert.True(e.GetProperty("passed").GetBoolean()));
        var formal = report.GetProperty("formal").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!);
        Assert.False(formal["P1.1"].GetProperty("consistent").GetBoolean());
        Assert.True(formal["L2"].GetProperty("consistent").GetBoolean());
        Assert.Equal(ExitCodes.Failed, code);

        var lines = CliRun.Lines(output);
        var contradicting = formal["P1.1"].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("contradicts").GetBoolean())
            .Select(r => $"{r.GetProperty("part").GetString()} at {r.GetProperty("shape").GetString()} is {r.GetProperty("verdict").GetString()}").ToList();
        Assert.NotEmpty(contradicting);
        Assert.Contains($"FAILED P1.1 (formal): the solver contradicts it: {string.Join("; ", contradicting)}", lines);
        Assert.Single(lines, l => l.StartsWith("FAILED", StringComparison.Ordinal));
        string verdict = formal["P1.1"].GetProperty("verdict").GetString()!;
        Assert.Equal(verdict, CliRun.Row(lines.Single(l => CliRun.Row(l, "P1.1") is not null), "P1.1")![3]);
        Assert.Contains(lines, l => l.StartsWith("check: 2 passed, 0 failed; formal: ", StringComparison.Ordinal) && l.EndsWith(", 1 contradicted", StringComparison.Ordinal));
        Assert.Contains(CliRun.Lines(error), l => Regex.IsMatch(l, @"^check: formal verdicts \(z3, \d+ s a query\) … \d+\.\d s$"));
    }

    [Fact]
    public void ProveCountsTheContradictionAndFails()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (code, output, _) = WithUnsatSolver(() => CliRun.Of("prove", "P1.1", "--timeout", "5", "--quiet"));
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains(CliRun.Lines(output), l => l.StartsWith("prove: 0 decided, 0 unknown, 0 not expressible, 1 contradicted (per-query budget 5 s)", StringComparison.Ordinal));
    }
}
