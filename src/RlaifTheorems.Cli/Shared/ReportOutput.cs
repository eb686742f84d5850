using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Cli.Shared;

/// <summary>Writes a command's JSON report to the file <c>--json</c> names; when that fails after all, the report goes to standard
/// output so the run is not lost.</summary>
public static class ReportOutput
{
    /// <summary>True when written; false (and the report printed) when the file could not be written.</summary>
    public static bool Write(string command, string path, object report)
    {
        if (ReportFile.TryWrite(path, report, out string json, out string? problem))
        {
            Console.Error.WriteLine($"{command}: report written to {path}");
            return true;
        }
        Console.Error.WriteLine($"{command}: --json {path} could not be written ({problem}); the report follows on standard output");
        Console.WriteLine(json);
        return false;
    }

    /// <summary>Null when <paramref name="path"/> (if given) can be written; otherwise the usage error, already printed.</summary>
    public static int? Check(string command, string? path) =>
        path is not null && OutputFile.Problem(path, "--json") is { } problem ? Say.Usage(command, problem) : null;
}
