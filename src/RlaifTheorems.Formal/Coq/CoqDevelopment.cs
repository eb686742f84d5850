using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RlaifTheorems.Formal.Coq;

/// <summary>
/// The repository's Coq development (<c>coq/</c>): its catalogue theorems read from the sources, and the verdict of Coq itself —
/// <c>make assumptions</c> rebuilds what changed and runs <c>Print Assumptions</c> on every catalogue theorem; a theorem counts as
/// proven in every dimension only when Coq reports it closed under the global context in that run. Nothing is read from a
/// previous run.
/// </summary>
public static partial class CoqDevelopment
{
    /// <summary>The <c>coq/</c> folder of the repository that holds <paramref name="start"/> (or the current directory), if any.</summary>
    public static string? Locate(string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "coq", "_CoqProject"))) return Path.Combine(dir.FullName, "coq");
        return null;
    }

    /// <summary>Every <c>Theorem</c> of the development whose name has the catalogue form ID_Name (T1_4_… is T1.4).</summary>
    public static IReadOnlyList<CoqTheorem> Theorems(string folder) => Declarations(folder, CatalogueTheorem());

    /// <summary>Every <c>Lemma</c> of the development named in the catalogue form ID_Part (T5_1_HullLeavesConeEmpty): a part of an
    /// entry that has no Coq theorem of its own, proven for every dimension; it never makes the entry proven.</summary>
    public static IReadOnlyList<CoqTheorem> Parts(string folder) => Declarations(folder, CataloguePart());

    /// <summary>The declarations <paramref name="keywordAndName"/> matches (keyword, then ID groups 1–2 and the name in group 3), in file order.</summary>
    private static IReadOnlyList<CoqTheorem> Declarations(string folder, Regex keywordAndName)
    {
        var found = new List<CoqTheorem>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.v").Order())
            foreach (Match m in keywordAndName.Matches(File.ReadAllText(file)))
            {
                string id = m.Groups[1].Value + (m.Groups[2].Success ? "." + m.Groups[2].Value : "");
                string name = m.Value[m.Value.IndexOfAny([' ', '\t'])..].Trim();
                found.Add(new CoqTheorem(name, id, m.Groups[3].Value, Path.GetFileName(file)));
            }
        return found;
    }

    /// <summary>True when every file of the development has a compiled .vo newer than its source and than the .vo of every file it
    /// imports (From Rlaif Require Import …), so asking Coq for the assumptions rebuilds nothing: seconds, not a build.</summary>
    public static bool IsBuilt(string folder)
    {
        var sources = File.ReadAllLines(Path.Combine(folder, "_CoqProject")).Select(l => l.Trim()).Where(l => l.EndsWith(".v")).ToArray();
        if (sources.Length == 0) return false;
        DateTime? Compiled(string module) =>
            File.Exists(Path.Combine(folder, module + ".vo")) ? File.GetLastWriteTimeUtc(Path.Combine(folder, module + ".vo")) : null;
        foreach (var source in sources)
        {
            string module = source[..^2];
            if (Compiled(module) is not DateTime built || built < File.GetLastWriteTimeUtc(Path.Combine(folder, source))) return false;
            foreach (Match m in LocalImports().Matches(File.ReadAllText(Path.Combine(folder, source))))
                foreach (var dependency in m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (Compiled(dependency) is not DateTime dep || dep > built) return false;
        }
        return true;
    }

    /// <summary>
    /// <see cref="TryCheck"/> once per process for one state of the development's files: the answer is kept, keyed by the folder
    /// and the newest write time of its sources and compiled files, and asked again from Coq whenever a file changes.
    /// </summary>
    public static bool TryCheckOnce(string folder, out IReadOnlyList<CoqAssumptions> results, out string? problem)
    {
        var stamp = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".v") || f.EndsWith(".vo") || f.EndsWith("_CoqProject"))
            .Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max();
        var answer = Answers.GetOrAdd((Path.GetFullPath(folder), stamp), _ => TryCheck(folder, out var r, out var p) ? (r, null) : ([], p));
        (results, problem) = answer;
        return problem is null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, DateTime), (IReadOnlyList<CoqAssumptions>, string?)> Answers = new();

    /// <summary>Builds the development and asks Coq for every catalogue theorem's assumptions; false (with the reason) when Coq
    /// or mathcomp is missing or the build fails. Coq's log and compiled Assumptions.vo go to a folder of this call's own (removed
    /// after), so that checks running at the same time do not read each other's half-written log.</summary>
    public static bool TryCheck(string folder, out IReadOnlyList<CoqAssumptions> results, out string? problem)
    {
        results = [];
        var output = Directory.CreateTempSubdirectory("rlaif-coq-");
        try
        {
            var start = new ProcessStartInfo("make", ["-s", "-C", folder, "assumptions", $"ASSUMPTIONS_OUT={output.FullName}"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            Process process;
            try { process = Process.Start(start)!; }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                problem = "make is not on the PATH";
                return false;
            }
            var error = process.StandardError.ReadToEndAsync();
            string printed = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            string log = Path.Combine(output.FullName, "assumptions.log");
            if (!File.Exists(log))
            {
                problem = $"the Coq development did not build ({FirstLine(error.Result + printed)})";
                return false;
            }
            results = Parse(File.ReadAllText(log), PrintedTheorems(folder));
            problem = results.Count == 0 ? "Print Assumptions printed nothing" : null;
            return problem is null;
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>The theorems <c>Assumptions.v</c> prints, in order.</summary>
    public static IReadOnlyList<string> PrintedTheorems(string folder) =>
        PrintAssumptions().Matches(File.ReadAllText(Path.Combine(folder, "Assumptions.v"))).Select(m => m.Groups[1].Value).ToArray();

    /// <summary>Splits <c>Print Assumptions</c>'s output into one block per theorem, in the order printed: "Closed under the global
    /// context", or "Axioms:" followed by one "name : type" line per axiom (continuation lines indented).</summary>
    public static IReadOnlyList<CoqAssumptions> Parse(string output, IReadOnlyList<string> theorems)
    {
        var blocks = new List<List<string>>();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("Closed under the global context") || line.StartsWith("Axioms:")) blocks.Add([line]);
            else if (blocks.Count > 0 && line.Length > 0 && !char.IsWhiteSpace(line[0]) && line.Contains(" : ")) blocks[^1].Add(line);
        }
        if (blocks.Count != theorems.Count) return [];
        return theorems.Select((name, i) => new CoqAssumptions(name, blocks[i][0].StartsWith("Closed"),
            blocks[i].Skip(1).Select(l => l[..l.IndexOf(" : ", StringComparison.Ordinal)].Trim()).ToArray())).ToArray();
    }

    private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no output";

    [GeneratedRegex(@"^Theorem\s+([LTPNS]\d+)(?:_(\d+))?_([A-Za-z]+)\b", RegexOptions.Multiline)]
    private static partial Regex CatalogueTheorem();

    [GeneratedRegex(@"^Lemma\s+([LTPNS]\d+)(?:_(\d+))?_([A-Za-z]+)\b", RegexOptions.Multiline)]
    private static partial Regex CataloguePart();

    [GeneratedRegex(@"^From Rlaif Require Import ([A-Za-z ]+)\.", RegexOptions.Multiline)]
    private static partial Regex LocalImports();

    [GeneratedRegex(@"^Print Assumptions\s+(\w+)\.", RegexOptions.Multiline)]
    private static partial Regex PrintAssumptions();
}
