using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Verification.Inputs;

/// <summary>
/// A model given as JSON: <c>E</c> (list of rows, d×D), <c>v</c> (D), <c>m</c> (d), <c>g</c> (d) and <c>constitution</c>
/// (list of spanning vectors in R^d), and optionally <c>vectors</c> (any number of directions u ∈ R^d, e.g. activations, whose
/// alignments A(u) are computed in one batch). Field names are case-insensitive; "NaN" and "Infinity" strings are read so they can
/// be rejected by name rather than as a parse error. A field given twice (in any case) is an error, not a silent last-one-wins,
/// and so is a field that is not one of these (a misspelt name is not silently ignored).
/// </summary>
public sealed record ModelFile(double[][]? E, double[]? V, double[]? M, double[]? G, double[][]? Constitution, double[][]? Vectors = null)
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Stryker disable once Boolean : FieldProblem has already refused a top-level field given twice, and no model field's
        // value is an object that could hold one.
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads and validates the file.</summary>
    /// <exception cref="ModelInputException">The file is missing, not JSON of this shape, lacks a field, or holds an invalid model.</exception>
    public static (LatentValueModel Model, Constitution Constitution, double[]? Vectors) Load(string path) =>
        TryLoad(path, out var loaded, out var problem) ? loaded.Value : throw problem;

    /// <summary>As <see cref="Load"/>, or false and the <paramref name="problem"/> it would throw.</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out (LatentValueModel Model, Constitution Constitution, double[]? Vectors)? loaded,
        [NotNullWhen(false)] out ModelInputException? problem) => TryLoad(path, out loaded, out _, out problem);

    /// <summary>As <see cref="TryLoad(string, out (LatentValueModel, Constitution, double[]?)?, out ModelInputException?)"/>, also
    /// giving the <paramref name="file"/> as read (its entries are the exact rationals the exact decisions start from).</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out (LatentValueModel Model, Constitution Constitution, double[]? Vectors)? loaded,
        [NotNullWhen(true)] out ModelFile? file, [NotNullWhen(false)] out ModelInputException? problem)
    {
        loaded = null;
        if (!TryRead(path, out file, out problem) || !file.TryToModel(out var model, out var constitution, out problem)) return false;
        var vectors = file.VectorBlock(model.RepresentationDimension, out var badVector);
        if (badVector is not null)
        {
            problem = badVector;
            return false;
        }
        loaded = (model, constitution, vectors);
        return true;
    }

    private static bool TryRead(string path, [NotNullWhen(true)] out ModelFile? file, [NotNullWhen(false)] out ModelInputException? problem)
    {
        file = null;
        // Stryker disable once String : "-" read as "" differs only where a folder named "-" exists in the current directory.
        problem = path != "-" && Directory.Exists(path) ? new ModelInputException(InputProblem.MissingField, "model file", "is a directory, not a model file")
            : path != "-" && !File.Exists(path) ? new ModelInputException(InputProblem.MissingField, "model file", "does not exist")
            : null;
        if (problem is not null) return false;
        try
        {
            // "-" reads the model from standard input.
            string json = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
            problem = FieldProblem(json);
            if (problem is not null) return false;
            file = JsonSerializer.Deserialize<ModelFile>(json, ReadOptions);
        }
        catch (JsonException e)
        {
            // Stryker disable once String : System.Text.Json gives every JsonException it throws a path, "$" at least.
            string where = e.Path is { Length: > 0 } p ? $" at {p}" : "";
            problem = new ModelInputException(InputProblem.ShapeMismatch, "model file", $"is not valid model JSON{where}: {e.Message.Split(". Path:")[0]}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = new ModelInputException(InputProblem.MissingField, "model file", $"cannot be read: {e.Message}");
            return false;
        }
        if (file is not null) return true;
        problem = new ModelInputException(InputProblem.MissingField, "model file", "is empty (null); expected an object with E, v, m, g, constitution");
        return false;
    }

    private static readonly string[] FieldNames = ["E", "v", "m", "g", "constitution", "vectors"];

    /// <summary>A field of the top-level object that is not a model field, or one given twice in any case (a misspelt
    /// optional field would otherwise be ignored, and a repeated one silently replaced); null when every field is known and
    /// given once, or when the text is not a JSON object (the deserialiser then names that problem).</summary>
    private static ModelInputException? FieldProblem(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            // Stryker disable once Logical : when the first token is not '{' the next one is not a property name either, so the
            // loop below reads nothing; with no token at all both forms return null.
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                if (!FieldNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                    return new ModelInputException(InputProblem.ShapeMismatch, "model file",
                        $"has the field \"{name}\", which is not a model field (E, v, m, g, constitution, vectors)");
                if (!seen.Add(name))
                    return new ModelInputException(InputProblem.ShapeMismatch, "model file", $"gives the field \"{name}\" twice");
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: left to the deserialiser, whose message says where.
        }
        return null;
    }

    /// <summary>The optional vectors as one column-major d×n block, or null when absent or when a vector has the wrong length or a
    /// non-finite entry (then <paramref name="problem"/> says which).</summary>
    private double[]? VectorBlock(int d, out ModelInputException? problem)
    {
        problem = null;
        if (Vectors is null) return null;
        var block = new double[Vectors.Length * d];
        for (int j = 0; j < Vectors.Length; j++)
        {
            var u = Vectors[j];
            problem = u is null ? new ModelInputException(InputProblem.ShapeMismatch, $"vectors[{j}]", "is null")
                : u.Length != d ? new ModelInputException(InputProblem.ShapeMismatch, $"vectors[{j}]", $"has length {u.Length} but must have length d = {d} (rows of E)")
                : Guard.FiniteProblem(Vector<double>.Build.DenseOfArray(u), $"vectors[{j}]");
            if (problem is not null) return null;
            u!.CopyTo(block, j * d);
        }
        return block;
    }

    /// <summary>The model and constitution this file describes, or false and the <paramref name="problem"/>: a field is missing
    /// or the model is invalid.</summary>
    private bool TryToModel([NotNullWhen(true)] out LatentValueModel? model, [NotNullWhen(true)] out Constitution? constitution,
        [NotNullWhen(false)] out ModelInputException? problem)
    {
        model = null;
        constitution = null;
        problem = E is null ? Missing("E") : V is null ? Missing("v") : M is null ? Missing("m") : G is null ? Missing("g")
            : Constitution is null ? Missing("constitution")
            : E.Length == 0 ? new ModelInputException(InputProblem.ShapeMismatch, "E", "has no rows")
            : E.Any(row => row is null) ? new ModelInputException(InputProblem.ShapeMismatch, "E", "has a null row")
            : Constitution.Any(row => row is null) ? new ModelInputException(InputProblem.ShapeMismatch, "constitution", "has a null vector")
            : E.Select((row, i) => (row, i)).FirstOrDefault(r => r.row.Length != E[0].Length) is { row: not null } ragged
            ? new ModelInputException(InputProblem.ShapeMismatch, "E", $"row {ragged.i} has length {ragged.row.Length} but row 0 has length {E[0].Length}")
            : null;
        if (problem is not null) return false;
        if (!Encoder.TryCreate(Matrix<double>.Build.DenseOfRowArrays(E!), out var encoder, out problem)
            || !ValueDirection.TryCreate(Vector<double>.Build.DenseOfArray(V!), out var value, out problem)
            || !LatentValueModel.TryCreate(encoder, value, Vector<double>.Build.DenseOfArray(M!), Vector<double>.Build.DenseOfArray(G!), out model, out problem)
            || !Core.Model.Constitution.TryFromSpanningSet(Constitution!.Select(x => Vector<double>.Build.DenseOfArray(x)).ToList(), out constitution, out problem))
            return false;
        if (constitution.Dimension != model.RepresentationDimension)
        {
            problem = new ModelInputException(InputProblem.ShapeMismatch, "constitution",
                $"vectors have length {constitution.Dimension} but must have length d = {model.RepresentationDimension} (rows of E)");
            return false;
        }
        return true;
    }

    private static ModelInputException Missing(string field) =>
        new(InputProblem.MissingField, field, "is missing; a model file needs E, v, m, g and constitution");
}
