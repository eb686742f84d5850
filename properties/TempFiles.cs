namespace RlaifTheorems.Properties;

/// <summary>
/// Files and folders the tests create, all inside one folder of the temporary folder that is removed when the test run's
/// process exits, pass or fail (and a test that makes something large removes it itself as soon as it is done).
/// </summary>
internal static class TempFiles
{
    /// <summary>This test run's folder, rlaif-tests-XXXXXX in the temporary folder.</summary>
    public static string Root { get; } = CreateRoot();

    private static string CreateRoot()
    {
        string root = Directory.CreateTempSubdirectory("rlaif-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    }

    /// <summary>A fresh path rlaif-<paramref name="name"/>-GUID.json in <see cref="Root"/> (not created).</summary>
    public static string Path(string name) => System.IO.Path.Combine(Root, $"rlaif-{name}-{Guid.NewGuid():N}.json");

    /// <summary>Writes <paramref name="json"/> to a fresh path and returns it.</summary>
    public static string Write(string json, string name = "model")
    {
        string path = Path(name);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A fresh, empty folder rlaif-<paramref name="name"/>-GUID in <see cref="Root"/>.</summary>
    public static string Folder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Root, $"rlaif-{name}-{Guid.NewGuid():N}")).FullName;

    /// <summary>Removes <paramref name="folder"/> and everything in it, if it is there.</summary>
    public static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open by a child process: the rest is gone, and the temporary folder's own cleaning takes it.
        }
    }
}
