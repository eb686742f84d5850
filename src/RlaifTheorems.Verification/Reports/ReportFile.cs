namespace RlaifTheorems.Verification.Reports;

/// <summary>Writes a report as JSON (<see cref="JsonFormat"/>), the one format of every file the suite writes.</summary>
public static class ReportFile
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/>; false and the <paramref name="problem"/> when the file
    /// cannot be written (the caller then shows <paramref name="json"/> elsewhere, so no result is lost).</summary>
    public static bool TryWrite(string path, object report, out string json, out string? problem)
    {
        json = JsonFormat.Serialize(report);
        try
        {
            File.WriteAllText(path, json);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return false;
        }
    }
}
