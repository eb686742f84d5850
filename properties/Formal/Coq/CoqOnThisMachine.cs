using System.Diagnostics;
using RlaifTheorems.Formal.Coq;

namespace RlaifTheorems.Properties.Formal.Coq;

/// <summary>What Coq can answer on this machine, found independently of the commands under test, so that a test that reads a
/// command's Coq column knows which answer is the true one (CI installs Coq and builds the development before the tests).</summary>
public static class CoqOnThisMachine
{
    /// <summary>coqc runs and mathcomp's algebra library is installed.</summary>
    public static bool Installed()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("coqc", ["-where"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            string where = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && Directory.Exists(Path.Combine(where, "user-contrib", "mathcomp", "algebra"));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The repository's development, which the commands locate from the tests' folder.</summary>
    public static string Development => Path.Combine(RepositoryFiles.Root, "coq");

    /// <summary>Coq is installed and the repository's development is built: <c>check --coq</c> must then give Coq's verdicts.</summary>
    public static bool AnswersCheck() => Installed() && CoqDevelopment.IsBuilt(Development);

    /// <summary>A development of one file that does not compile, with the repository's Makefile: <c>make assumptions</c> fails
    /// on it within a second.</summary>
    public static string Broken()
    {
        string folder = TempFiles.Folder("coq-broken");
        File.Copy(Path.Combine(Development, "Makefile"), Path.Combine(folder, "Makefile"), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "_CoqProject"), "-Q . Rlaif\nBroken.v\n");
        File.WriteAllText(Path.Combine(folder, "Broken.v"), "Theorem L2_Broken : 1 = 2.\nProof. reflexivity. Qed.\n");
        File.WriteAllText(Path.Combine(folder, "Assumptions.v"), "From Rlaif Require Import Broken.\nPrint Assumptions L2_Broken.\n");
        return folder;
    }

    /// <summary>A copy of the built development, every file with its original's write time (so that make rebuilds nothing).</summary>
    public static string BuiltCopy()
    {
        string folder = TempFiles.Folder("coq-built");
        foreach (var file in Directory.EnumerateFiles(Development))
        {
            string target = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, target, overwrite: true);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
        return folder;
    }

    /// <summary>A copy of the development's sources without anything compiled.</summary>
    public static string Unbuilt()
    {
        string folder = TempFiles.Folder("coq-unbuilt");
        foreach (var file in Directory.EnumerateFiles(Development).Where(f => f.EndsWith(".v") || f.EndsWith("_CoqProject") || f.EndsWith("Makefile")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        return folder;
    }
}
