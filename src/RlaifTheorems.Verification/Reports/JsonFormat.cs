using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RlaifTheorems.Verification.Reports;

/// <summary>The JSON conventions of every file the suite writes or reads back: camelCase (read case-insensitively), enums as
/// lower-case strings, indented, non-ASCII kept readable, nulls omitted.</summary>
public static partial class JsonFormat
{
    /// <summary>Indented JSON in which every array of numbers, and every array of such arrays, stands on one line:
    /// <c>"e": [[1, 0], [0, 0.5]]</c>.</summary>
    public static string Serialize(object value)
    {
        string json = JsonSerializer.Serialize(value, value.GetType(), Options);
        json = NumberArray().Replace(json, m => "[" + string.Join(", ", m.Groups[1].Value.Split(',').Select(t => t.Trim())) + "]");
        return NestedNumberArray().Replace(json, m => "[" + string.Join(", ", m.Groups[1].Value.Split('\n').Select(t => t.Trim().TrimEnd(',')).Where(t => t.Length > 0)) + "]");
    }

    [GeneratedRegex(@"\[\s*(-?[0-9][0-9.eE+\-]*(?:\s*,\s*-?[0-9][0-9.eE+\-]*)*)\s*\]")]
    private static partial Regex NumberArray();

    [GeneratedRegex(@"\[\s*((?:\[[^\[\]\n]*\],?\s*)+)\]")]
    private static partial Regex NestedNumberArray();

    /// <summary>Serializer options shared by reports, eval output and counterexample files.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A key given twice is an error, not a silent last-one-wins (a tampered or hand-merged file must not pass).
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
