using System.Diagnostics;
using RlaifTheorems.Figures;

namespace RlaifTheorems.Properties.Figures;

/// <summary>
/// <c>rlaif-theorems figures</c> regenerates every figure, as PNG and SVG, from the corpus and a seed, byte for byte the same
/// each time it runs (two separate processes: within one, ScottPlot numbers its SVG clip paths on from the last figure).
/// </summary>
public sealed class TheoryFiguresTests
{
    private static string Figures(string folder)
    {
        var run = Process.Start(new ProcessStartInfo("dotnet", $"rlaif-theorems.dll figures --out {folder} --seed 2603 --counterexamples-dir counterexamples")
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        string output = run.StandardOutput.ReadToEnd() + run.StandardError.ReadToEnd();
        run.WaitForExit();
        Assert.True(run.ExitCode == 0, output);
        return output;
    }

    [Fact]
    public void OneCommandWritesEveryFigureInBothFormatsIdenticallyEachTime()
    {
        string first = TempFiles.Folder("figures"), second = TempFiles.Folder("figures");
        Figures(first);
        Figures(second);
        var expected = TheoryFigures.Names.SelectMany(n => new[] { n + ".png", n + ".svg" }).Order();
        Assert.Equal(expected, Directory.GetFiles(first).Select(Path.GetFileName).Order());
        foreach (string file in Directory.GetFiles(first))
        {
            var bytes = File.ReadAllBytes(file);
            if (file.EndsWith(".png")) Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            else Assert.Contains("<svg", File.ReadAllText(file));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void AMissingCorpusIsNamed()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TheoryFigures.WriteAll(TempFiles.Folder("figures"), "no-such-corpus", 1));
        Assert.Contains("P1.1.json", ex.Message);
    }
}
