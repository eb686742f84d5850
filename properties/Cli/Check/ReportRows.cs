using System.Text.Json;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>What two check reports must agree on entry by entry when one run was split and merged: verdict, counts, tightest
/// slack and case, counterexample, violation (not times).</summary>
internal static class ReportRows
{
    /// <summary>One line per entry of the report at <paramref name="path"/>.</summary>
    public static IEnumerable<string> Of(string path) =>
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("entries").EnumerateArray().Select(e =>
            string.Join(" | ", new[] { "id", "verdict", "cases", "hypothesisCases", "minSlack", "tightest", "counterexample", "violation" }
                .Select(k => e.TryGetProperty(k, out var v) ? v.GetRawText() : "-")));
}
