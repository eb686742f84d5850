using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RlaifTheorems.Cli;

/// <summary>The JSON conventions of every file the tool writes: camelCase, enums as lower-case strings, indented, non-ASCII kept readable.</summary>
public static class Json
{
    /// <summary>Serializer options shared by report, eval and counterexample files.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
