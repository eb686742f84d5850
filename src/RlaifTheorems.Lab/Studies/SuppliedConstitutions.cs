using System.Globalization;
using System.Text.Json;
using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// Constitutions a researcher supplies. On the command line: <c>kind;gentle/cruel;harsh</c> is a contrast (positive entries, then
/// negative ones, each side split at ';', an entry a word or a text), <c>text:Always be kind.</c> one text, <c>vector:FILE</c> a
/// vector read as values are (.npy, or one number per line) and <c>vector:0.5,-1,…</c> one given inline. In a JSON file: an
/// array of objects with a "name" and "positive" and "negative" arrays, or "text", or "vector" (an array of numbers).
/// </summary>
public static class SuppliedConstitutions
{
    /// <summary>One command-line constitution.</summary>
    /// <exception cref="LabDataException">A spec none of the forms matches, named.</exception>
    public static ConstitutionSpec Parse(string spec)
    {
        string text = spec.Trim();
        if (text.StartsWith("text:", StringComparison.Ordinal))
        {
            string body = text[5..].Trim();
            if (body.Length == 0) throw new LabDataException($"--constitution '{spec}': the text is empty");
            return new ConstitutionSpec(text, ConstitutionKind.Text, [body], []);
        }
        if (text.StartsWith("vector:", StringComparison.Ordinal))
            return Vector(text, ReadVector(text[7..].Trim(), spec));
        var sides = text.Split('/');
        if (sides.Length != 2)
            throw new LabDataException($"--constitution '{spec}': expected POSITIVE/NEGATIVE (entries split by ';'), text:TEXT or vector:FILE|NUMBERS");
        var positive = Entries(sides[0]);
        var negative = Entries(sides[1]);
        if (positive.Length == 0 || negative.Length == 0) throw new LabDataException($"--constitution '{spec}': both sides need at least one entry");
        return new ConstitutionSpec(text, ConstitutionKind.Contrast, positive, negative);
    }

    /// <summary>Every constitution of a JSON file.</summary>
    /// <exception cref="LabDataException">Missing, not JSON, or an entry of none of the forms, named.</exception>
    public static List<ConstitutionSpec> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new LabDataException($"--constitutions {path} does not exist");
        JsonDocument document;
        try { document = JsonDocument.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new LabDataException($"--constitutions {path}: not JSON ({e.Message.Split('.')[0]})"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array) throw new LabDataException($"--constitutions {path}: expected an array of constitutions");
            var result = new List<ConstitutionSpec>();
            int index = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                index++;
                string where = $"--constitutions {path} entry {index}";
                if (entry.ValueKind != JsonValueKind.Object) throw new LabDataException($"{where}: expected an object");
                string? name = entry.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (entry.TryGetProperty("text", out var t))
                {
                    if (t.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(t.GetString())) throw new LabDataException($"{where}: \"text\" must be a non-empty string");
                    result.Add(new ConstitutionSpec(name ?? $"text:{t.GetString()}", ConstitutionKind.Text, [t.GetString()!.Trim()], []));
                }
                else if (entry.TryGetProperty("vector", out var v))
                {
                    if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() == 0 || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.Number))
                        throw new LabDataException($"{where}: \"vector\" must be an array of numbers");
                    var numbers = v.EnumerateArray().Select(x => x.TryGetDouble(out double d) ? d : double.NaN).ToArray();
                    result.Add(Vector(name ?? $"vector {index}", Finite(numbers, where)));
                }
                else if (entry.TryGetProperty("positive", out var p) && entry.TryGetProperty("negative", out var q))
                {
                    var positive = Strings(p, where, "positive");
                    var negative = Strings(q, where, "negative");
                    result.Add(new ConstitutionSpec(name ?? $"{string.Join(";", positive)}/{string.Join(";", negative)}", ConstitutionKind.Contrast, positive, negative));
                }
                else throw new LabDataException($"{where}: expected \"positive\" and \"negative\", \"text\", or \"vector\"");
            }
            return result;
        }
    }

    private static ConstitutionSpec Vector(string name, double[] direction)
    {
        if (direction.All(x => x == 0)) throw new LabDataException($"constitution '{name}': the vector is zero");
        return new ConstitutionSpec(name, ConstitutionKind.Vector, [], []) { Direction = direction };
    }

    private static double[] ReadVector(string source, string spec)
    {
        if (File.Exists(source)) return Finite(ValuesFile.Read(source), $"--constitution '{spec}'");
        var fields = source.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[fields.Length];
        for (int i = 0; i < fields.Length; i++)
            if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
                throw new LabDataException($"--constitution '{spec}': '{source}' is neither a file nor a list of numbers");
        return Finite(numbers, $"--constitution '{spec}'");
    }

    private static double[] Finite(double[] numbers, string where) =>
        numbers.All(double.IsFinite) ? numbers : throw new LabDataException($"{where}: the vector has a non-finite entry");

    private static string[] Entries(string side) => side.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string[] Strings(JsonElement array, string where, string field)
    {
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0 ||
            array.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(x.GetString())))
            throw new LabDataException($"{where}: \"{field}\" must be a non-empty array of non-empty strings");
        return array.EnumerateArray().Select(x => x.GetString()!.Trim()).ToArray();
    }
}
