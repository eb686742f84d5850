using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RlaifTheorems.Properties;

/// <summary>
/// One room per layer, every arrow pointing down: each project of <c>src/</c> references only the projects below it, and each
/// <c>using RlaifTheorems.…</c> directive points to a project below its file's, or within its project to a folder below (or
/// beside: the same folder). The graph is written out here, so a new edge is a decision someone makes in this file.
/// </summary>
public sealed partial class ProjectGraphTests
{
    /// <summary>Each project and the projects it may reference.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Core"] = [],
        ["Kernels"] = ["Core"],
        ["Catalogue"] = ["Core", "Kernels"],
        ["Formal"] = ["Core"],
        ["Verification"] = ["Core", "Kernels", "Catalogue", "Formal"],
        ["Plotting"] = [],
        ["Figures"] = ["Core", "Kernels", "Catalogue", "Verification", "Plotting"],
        ["Lab"] = ["Core", "Kernels", "Plotting"],
        ["Cli"] = ["Core", "Kernels", "Catalogue", "Formal", "Verification", "Plotting", "Figures", "Lab"],
    };

    /// <summary>Within a project, its folders from the bottom up ("." is the project's root); a folder may use those before it.</summary>
    private static readonly Dictionary<string, string[]> FolderOrder = new()
    {
        ["Core"] = ["Numerics", "LinearAlgebra", "Model", "Theory"],
        ["Kernels"] = ["Native", "Random", "Projection", "."],
        ["Catalogue"] = ["Statistics", "Generators", "Simulation", "Running", "Entries", "."],
        ["Formal"] = ["Smt", "Coq", "Exact", "Encodings", "Certificates", "Proving"],
        ["Verification"] = ["Inputs", "Reports", "Corpus", "Running"],
        ["Plotting"] = ["."],
        ["Figures"] = ["."],
        ["Lab"] = ["Data", "Representations", "LanguageModels", "Geometry", "Statistics", "Studies", "Figures"],
        ["Cli"] = ["Shared", "Check", "Eval", "Replay", "List", "Prove", "Figures", "Lab", "."],
    };

    private static string Source => Path.Combine(RepositoryFiles.Root, "src");

    [Fact]
    public void EveryProjectIsInTheGraph()
    {
        var projects = Directory.GetDirectories(Source).Select(d => Path.GetFileName(d).Replace("RlaifTheorems.", "")).Order();
        Assert.Equal(Allowed.Keys.Order(), projects);
        Assert.Equal(Allowed.Keys.Order(), FolderOrder.Keys.Order());
    }

    [Fact]
    public void ProjectReferencesPointDown()
    {
        var wrong = new List<string>();
        foreach (var (project, allowed) in Allowed)
        {
            var file = Path.Combine(Source, $"RlaifTheorems.{project}", $"RlaifTheorems.{project}.csproj");
            foreach (var reference in XDocument.Load(file).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!))
            {
                string target = Path.GetFileNameWithoutExtension(reference.Replace('\\', '/')).Replace("RlaifTheorems.", "");
                if (!allowed.Contains(target)) wrong.Add($"{project} → {target}");
            }
        }
        Assert.True(wrong.Count == 0, "references outside the allowed graph: " + string.Join(", ", wrong));
    }

    [Fact]
    public void UsingDirectivesPointDown()
    {
        var wrong = new List<string>();
        int checkedDirectives = 0;
        foreach (var (project, folders) in FolderOrder)
        {
            string root = Path.Combine(Source, $"RlaifTheorems.{project}");
            foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")))
            {
                var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
                string folder = relative.Length > 1 ? relative[0] : ".";
                Assert.True(folders.Contains(folder), $"{project}/{folder} is not in the folder order");
                foreach (Match m in UsingDirective().Matches(File.ReadAllText(file)))
                {
                    checkedDirectives++;
                    var name = m.Groups[1].Value.Split('.');
                    string target = name[1], targetFolder = name.Length > 2 ? name[2] : ".";
                    bool down = target == project
                        ? Array.IndexOf(FolderOrder[project], targetFolder) <= Array.IndexOf(folders, folder) && FolderOrder[project].Contains(targetFolder)
                        : Allowed[project].Contains(target);
                    if (!down) wrong.Add($"{Path.GetRelativePath(Source, file)}: using {m.Groups[1].Value}");
                }
            }
        }
        Assert.True(checkedDirectives > 100, $"only {checkedDirectives} directives read");
        Assert.True(wrong.Count == 0, "directives that do not point down:\n" + string.Join("\n", wrong));
    }

    [GeneratedRegex(@"^using (?:static )?(RlaifTheorems\.[A-Za-z.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
