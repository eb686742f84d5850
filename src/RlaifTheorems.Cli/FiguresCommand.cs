using RlaifTheorems.Figures;

namespace RlaifTheorems.Cli;

/// <summary><c>figures</c>: regenerates every figure of the docs (PNG and SVG) from a seed and the counterexample corpus.</summary>
public static class FiguresCommand
{
    /// <summary>Writes the figures into <paramref name="folder"/>; returns the process exit code.</summary>
    public static int Run(string folder, string corpus, int seed)
    {
        if (File.Exists(folder)) return Fail($"--out {folder} is a file, not a folder");
        if (!Directory.Exists(corpus)) return Fail($"--counterexamples-dir {corpus} does not exist (the P1.1 and N2 figures draw its cases)");
        try
        {
            var files = TheoryFigures.WriteAll(folder, corpus, seed, name => Console.Error.WriteLine($"figures: drawing {name}"));
            foreach (string f in files) Console.WriteLine(f);
            Console.Error.WriteLine($"figures: {files.Count} files in {folder} (seed {seed})");
            return 0;
        }
        catch (InvalidDataException e)
        {
            return Fail(e.Message);
        }
        catch (IOException e)
        {
            return Fail($"could not write into {folder}: {e.Message}");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"figures: {message}");
        return 2;
    }
}
