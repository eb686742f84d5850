using System.Diagnostics;

namespace RlaifTheorems.Properties.Cli;

/// <summary>
/// The CLI packs as a .NET tool (<c>PackAsTool</c>, command <c>rlaif-theorems</c>) that installs into a tool path from the
/// packed folder and runs, exactly as the README shows: <c>dotnet pack</c>, then <c>dotnet tool install --add-source</c>.
/// </summary>
public sealed class DotnetToolTests
{
    private static (int Code, string Output) Run(string file, string arguments, string folder)
    {
        var run = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stderr = run.StandardError.ReadToEndAsync();
        string output = run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        return (run.ExitCode, output + stderr.Result);
    }

    private static void CopySources(string root, string clone)
    {
        foreach (string name in new[] { "Directory.Build.props", "README.md" })
        {
            Directory.CreateDirectory(clone);
            File.Copy(Path.Combine(root, name), Path.Combine(clone, name));
        }
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(clone, relative))!);
            File.Copy(file, Path.Combine(clone, relative));
        }
    }

    [Fact]
    public void PackedToolInstallsIntoAToolPathAndLists()
    {
        string root = RepositoryFiles.Root, scratch = TempFiles.Folder("tool");
        try
        {
            string packages = Path.Combine(scratch, "packages"), tools = Path.Combine(scratch, "tools"), clone = Path.Combine(scratch, "clone");
            // Packed from a copy of the sources (no bin/ or obj/), so packing never races the build the tests run from.
            CopySources(root, clone);
            var pack = Run("dotnet", $"pack src/RlaifTheorems.Cli -c Release -o {packages}", clone);
            Assert.True(pack.Code == 0, pack.Output);
            var install = Run("dotnet", $"tool install RlaifTheorems --tool-path {tools} --add-source {packages}", root);
            Assert.True(install.Code == 0, install.Output);
            var list = Run(Path.Combine(tools, "rlaif-theorems"), "list", scratch);
            Assert.True(list.Code == 0, list.Output);
            Assert.Contains("T1.2", list.Output);
            Assert.Contains("StrongRlaifFollowsGapSign", list.Output);
        }
        finally
        {
            // The copy, its build, the package and the installed tool are about 2.6 GB: removed at once, pass or fail.
            TempFiles.Remove(scratch);
        }
    }
}
