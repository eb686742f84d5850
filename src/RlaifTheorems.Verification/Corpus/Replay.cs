using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Verification.Corpus;

/// <summary>What replaying one corpus file found: the lines to show, and whether the file is as it says (exit 0) or not (1).</summary>
public sealed record ReplayCheck(string Path, IReadOnlyList<string> Lines, bool AsRecorded);

/// <summary><c>replay</c>: re-evaluates pinned counterexamples with the current code.</summary>
public static class Replay
{
    /// <summary>The files named by <paramref name="paths"/> (a directory means every *.json in it, in order).</summary>
    public static IReadOnlyList<string> Files(IReadOnlyList<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.json").Order() : (IEnumerable<string>)[p]).ToList();

    /// <summary>
    /// Replays one file: the case must still do what the file says (a PROBE's claim breaks by the recorded violation, to the
    /// tolerance policy; a pinned THEOREM case holds), the file's name must be its ID, and a PROBE's recorded exact inequality
    /// must be re-established exactly.
    /// </summary>
    /// <exception cref="InvalidDataException">The file cannot be read or does not fit its entry.</exception>
    /// <exception cref="ModelInputException">The pinned case is not a valid model.</exception>
    public static ReplayCheck One(string path)
    {
        var file = CounterexampleFile.Read(path);
        var result = file.Reevaluate();
        var lines = new List<string> { $"{path}: {result.Summary}" };
        bool asRecorded = result.AsExpected;
        if (path != "-" && System.IO.Path.GetFileNameWithoutExtension(path) != file.Id)
        {
            lines.Add($"  MISMATCH: the file is named {System.IO.Path.GetFileName(path)} but records {file.Id}");
            asRecorded = false;
        }
        // What the file says of its entry must be what the catalogue says; the catalogue's word decides how it is replayed.
        var entry = result.Entry;
        foreach (var (field, recordedValue, catalogue) in new[] { ("kind", file.Kind.ToString(), entry.Kind.ToString()), ("name", file.Name, entry.Name), ("statement", file.Statement, entry.Statement) })
            if (recordedValue != catalogue)
            {
                lines.Add($"  MISMATCH: the file records {field} \"{recordedValue}\", the catalogue's {entry.Id} has \"{catalogue}\"");
                asRecorded = false;
            }
        if (file.SuiteVersion != TheoremCatalogue.SuiteVersion)
            lines.Add($"  note: recorded by suite {file.SuiteVersion}, replayed by {TheoremCatalogue.SuiteVersion}");
        if (entry.Kind != EntryKind.Probe) return new ReplayCheck(path, lines, asRecorded);
        if (file.Violation is not { } recorded || result.Violation is not { } now || Math.Abs(recorded - now) > Tolerance.For(Math.Abs(now)))
        {
            // Stryker disable once String : a double's default text is its shortest round-trip form, as "R".
            lines.Add($"  MISMATCH: the file records violation {file.Violation?.ToString("R") ?? "none"}, the case gives {result.Violation?.ToString("R") ?? "none"}");
            asRecorded = false;
        }
        var certificate = CorpusCertificates.For(file.Id, result.Case);
        if (certificate.Certified && certificate.Inequality == file.Certifies)
            lines.Add($"  exactly: {certificate.Inequality}");
        else
        {
            lines.Add($"  NOT CERTIFIED: the file records \"{file.Certifies ?? "no exact inequality"}\"; exact arithmetic gives \"{certificate.Inequality}\"" +
                      (certificate.Certified ? "" : $" ({certificate.Reason})"));
            asRecorded = false;
        }
        return new ReplayCheck(path, lines, asRecorded);
    }
}
