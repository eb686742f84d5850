using System.CommandLine;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Verification.Corpus;

namespace RlaifTheorems.Cli.Replay;

/// <summary><c>replay FILE…</c>: re-evaluates pinned counterexamples with the current code and says whether each claim still breaks
/// (<see cref="Verification.Corpus.Replay"/>).</summary>
public sealed class ReplayCommand
{
    /// <summary>The files or folders.</summary>
    public readonly Argument<string[]> Files = new("files") { Description = "Counterexample files, or directories of them; - reads one file from standard input.", Arity = ArgumentArity.OneOrMore };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var replay = new Command("replay", "Re-evaluate pinned counterexamples: does each claim still break?" +
            "\n\nExample: rlaif-theorems replay counterexamples" +
            "\n\nExit codes: 0 every claim still breaks as recorded, 1 a counterexample no longer refutes its claim, 2 bad usage or a malformed file.") { Files };
        replay.SetAction(p => Run(p.GetValue(Files)!));
        return replay;
    }

    /// <summary>Replays each file (a directory means every *.json in it). Exit 0 when all are as expected, 1 when a PROBE's claim no
    /// longer breaks or a pinned THEOREM case fails, 2 when a file cannot be read.</summary>
    public static int Run(IReadOnlyList<string> paths)
    {
        var files = Verification.Corpus.Replay.Files(paths);
        if (files.Count == 0) return Say.Usage("replay", $"no counterexample files (*.json) in {string.Join(", ", paths)}");
        int worst = ExitCodes.Ok;
        foreach (var path in files)
        {
            try
            {
                var check = Verification.Corpus.Replay.One(path);
                foreach (var line in check.Lines) Console.WriteLine(line);
                if (!check.AsRecorded) worst = Math.Max(worst, ExitCodes.Failed);
            }
            catch (Exception e) when (e is InvalidDataException or Core.Numerics.ModelInputException or ArgumentException or System.Text.Json.JsonException)
            {
                // One bad file is one line; the others are still replayed.
                // Stryker disable once String : every message that begins with the file's path goes on with ": " (the corpus file's
                // own messages are "{path}: …"), so testing for the path alone strips the same prefix.
                string message = e.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message;
                Console.Error.WriteLine($"replay: {path}: {message}");
                worst = ExitCodes.Usage;
            }
        }
        return worst;
    }
}
