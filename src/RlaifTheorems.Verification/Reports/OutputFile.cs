namespace RlaifTheorems.Verification.Reports;

/// <summary>Checks, before a run starts, that a file the run will write can be written, so no finished result is lost at the end.</summary>
public static class OutputFile
{
    /// <summary>Null when <paramref name="path"/> can be created or overwritten; otherwise a one-line reason naming <paramref name="option"/>.</summary>
    public static string? Problem(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path)) return $"{option} needs a file name";
        if (Directory.Exists(path)) return $"{option} {path} is a directory, not a file";
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) return $"{option} {path}: folder {folder} does not exist";
        bool existed = File.Exists(path);
        try
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write)) { }
            if (!existed) File.Delete(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{option} {path} cannot be written: {e.Message}";
        }
    }
}
