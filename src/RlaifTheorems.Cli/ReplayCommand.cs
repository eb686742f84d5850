using RlaifTheorems.Catalogue.Corpus;

namespace RlaifTheorems.Cli;

/// <summary><c>replay FILE…</c>: re-evaluates pinned counterexamples with the current code and says whether each claim still breaks.</summary>
public static class ReplayCommand
{
    /// <summary>Replays each file (a directory means every *.json in it). Exit 0 when all are as expected, 1 when a PROBE's claim no
    /// longer breaks or a pinned THEOREM case fails, 2 when a file cannot be read.</summary>
    public static int Run(IReadOnlyList<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.json").Order() : (IEnumerable<string>)[p]).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine("replay: no counterexample files given");
            return 2;
        }
        int worst = 0;
        foreach (var path in files)
        {
            try
            {
                var file = CounterexampleFile.Read(path);
                var result = file.Reevaluate();
                Console.WriteLine($"{path}: {result.Summary}");
                if (!result.AsExpected) worst = Math.Max(worst, 1);
                if (file.Kind != Catalogue.Running.EntryKind.Probe) continue;
                var certificate = CorpusCertificates.For(file.Id, result.Case);
                if (certificate.Certified && certificate.Inequality == file.Certifies)
                    Console.WriteLine($"  exactly: {certificate.Inequality}");
                else
                {
                    Console.WriteLine($"  NOT CERTIFIED: the file records \"{file.Certifies ?? "no exact inequality"}\"; exact arithmetic gives \"{certificate.Inequality}\"" +
                                      (certificate.Certified ? "" : $" ({certificate.Reason})"));
                    worst = Math.Max(worst, 1);
                }
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"replay: {e.Message}");
                worst = 2;
            }
        }
        return worst;
    }
}
