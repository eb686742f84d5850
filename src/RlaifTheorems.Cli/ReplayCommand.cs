using RlaifTheorems.Catalogue.Corpus;

namespace RlaifTheorems.Cli;

/// <summary><c>replay FILE…</c>: re-evaluates pinned counterexamples with the current code and says whether each claim still breaks.</summary>
public static class ReplayCommand
{
    /// <summary>
    /// Replays one file: the case must still do what the file says (a PROBE's claim breaks by the recorded violation, a
    /// pinned THEOREM case holds), the file's name must be its ID, and a PROBE's recorded exact inequality must be
    /// re-established exactly. Returns 0 or 1.
    /// </summary>
    private static int ReplayOne(string path)
    {
        var file = CounterexampleFile.Read(path);
        var result = file.Reevaluate();
        Console.WriteLine($"{path}: {result.Summary}");
        int worst = result.AsExpected ? 0 : 1;
        if (path != "-" && Path.GetFileNameWithoutExtension(path) != file.Id)
        {
            Console.WriteLine($"  MISMATCH: the file is named {Path.GetFileName(path)} but records {file.Id}");
            worst = 1;
        }
        if (file.Kind != Catalogue.Running.EntryKind.Probe) return worst;
        if (file.Violation is not { } recorded || result.Violation is not { } now || Math.Abs(recorded - now) > 1e-9 * Math.Max(1, Math.Abs(now)))
        {
            Console.WriteLine($"  MISMATCH: the file records violation {file.Violation?.ToString("R") ?? "none"}, the case gives {result.Violation?.ToString("R") ?? "none"}");
            worst = 1;
        }
        var certificate = CorpusCertificates.For(file.Id, result.Case);
        if (certificate.Certified && certificate.Inequality == file.Certifies)
            Console.WriteLine($"  exactly: {certificate.Inequality}");
        else
        {
            Console.WriteLine($"  NOT CERTIFIED: the file records \"{file.Certifies ?? "no exact inequality"}\"; exact arithmetic gives \"{certificate.Inequality}\"" +
                              (certificate.Certified ? "" : $" ({certificate.Reason})"));
            worst = 1;
        }
        return worst;
    }

    /// <summary>Replays each file (a directory means every *.json in it). Exit 0 when all are as expected, 1 when a PROBE's claim no
    /// longer breaks or a pinned THEOREM case fails, 2 when a file cannot be read.</summary>
    public static int Run(IReadOnlyList<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.json").Order() : (IEnumerable<string>)[p]).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"replay: no counterexample files (*.json) in {string.Join(", ", paths)}");
            return 2;
        }
        int worst = 0;
        foreach (var path in files)
        {
            try
            {
                worst = Math.Max(worst, ReplayOne(path));
            }
            catch (Exception e) when (e is InvalidDataException or Core.Numerics.ModelInputException or ArgumentException or System.Text.Json.JsonException)
            {
                // One bad file is one line; the others are still replayed.
                string message = e.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message;
                Console.Error.WriteLine($"replay: {path}: {message}");
                worst = 2;
            }
        }
        return worst;
    }
}
