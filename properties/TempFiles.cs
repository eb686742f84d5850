namespace RlaifTheorems.Properties;

/// <summary>Uniquely named files in the temporary folder, for tests that hand the CLI a file.</summary>
internal static class TempFiles
{
    /// <summary>A fresh path rlaif-<paramref name="name"/>-GUID.json (not created).</summary>
    public static string Path(string name) => System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rlaif-{name}-{Guid.NewGuid():N}.json");

    /// <summary>Writes <paramref name="json"/> to a fresh path and returns it.</summary>
    public static string Write(string json, string name = "model")
    {
        string path = Path(name);
        File.WriteAllText(path, json);
        return path;
    }
}
