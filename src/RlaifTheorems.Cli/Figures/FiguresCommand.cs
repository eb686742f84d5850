using System.CommandLine;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Figures;

namespace RlaifTheorems.Cli.Figures;

/// <summary><c>figures</c>: regenerates every figure of the docs (PNG and SVG) from a seed and the counterexample corpus.</summary>
public sealed class FiguresCommand
{
    /// <summary>The folder written into.</summary>
    public readonly Option<string> Out = new("--out") { Description = "Folder to write into.", DefaultValueFactory = _ => Path.Combine("docs", "figures") };
    /// <summary>The corpus drawn from.</summary>
    public readonly Option<string> Corpus = new("--counterexamples-dir") { Description = "The corpus whose P1.1 and N2 cases are drawn.", DefaultValueFactory = _ => "counterexamples" };
    /// <summary>The Monte Carlo figures' seed.</summary>
    public readonly Option<int> Seed = new("--seed") { Description = "Seed of the Monte Carlo figures.", DefaultValueFactory = _ => 2603 };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var figures = new Command("figures", "Regenerate every figure of the docs (PNG and SVG): RLAIF paths (T1.2, T1.3, P1.1), the Beta law of ρ² (T2.4), the Pareto cone (T5.2), the learned judge (S1), the overshoot (N2)." +
            "\n\nExample: rlaif-theorems figures --out docs/figures --seed 2603" +
            "\n\nExit codes: 0 written, 2 bad usage, a missing corpus file or an unwritable folder.") { Out, Corpus, Seed };
        figures.SetAction(p => Run(p.GetValue(Out)!, p.GetValue(Corpus)!, p.GetValue(Seed)));
        return figures;
    }

    /// <summary>Writes the figures into <paramref name="folder"/>; returns the process exit code.</summary>
    public static int Run(string folder, string corpus, int seed)
    {
        if (File.Exists(folder)) return Say.Usage("figures", $"--out {folder} is a file, not a folder");
        if (!Directory.Exists(corpus)) return Say.Usage("figures", $"--counterexamples-dir {corpus} does not exist (the P1.1 and N2 figures draw its cases)");
        try
        {
            var files = TheoryFigures.WriteAll(folder, corpus, seed, name => Console.Error.WriteLine($"figures: drawing {name}"));
            foreach (string f in files) Console.WriteLine(f);
            Console.Error.WriteLine($"figures: {files.Count} files in {folder} (seed {seed})");
            return ExitCodes.Ok;
        }
        catch (InvalidDataException e)
        {
            return Say.Usage("figures", e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Say.Usage("figures", $"could not write into {folder}: {e.Message}");
        }
    }
}
