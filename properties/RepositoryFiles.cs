namespace RlaifTheorems.Properties;

/// <summary>The repository the tests run from: its root (the folder of RlaifTheorems.sln) and its files.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The text of the file at <paramref name="relative"/> below the root.</summary>
    public static string Read(params string[] relative) => File.ReadAllText(Path.Combine(new[] { Root }.Concat(relative).ToArray()));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RlaifTheorems.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("the tests run outside the repository");
    }
}
