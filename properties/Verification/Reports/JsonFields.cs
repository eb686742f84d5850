using System.Text.Json;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>A JSON document as its leaf fields, keyed by path ("a/b/0/c"), so that a test can compare the set of printed fields
/// with the set it knows.</summary>
internal static class JsonFields
{
    /// <summary>The leaves of <paramref name="json"/>.</summary>
    public static Dictionary<string, JsonElement> Of(string json)
    {
        var fields = new Dictionary<string, JsonElement>();
        Flatten(JsonDocument.Parse(json).RootElement, "", fields);
        return fields;
    }

    private static void Flatten(JsonElement element, string path, Dictionary<string, JsonElement> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) Flatten(p.Value, path.Length == 0 ? p.Name : $"{path}/{p.Name}", fields);
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray()) Flatten(item, $"{path}/{i++}", fields);
                break;
            default:
                fields[path] = element;
                break;
        }
    }
}
