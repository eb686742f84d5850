using System.Text.Json;
using System.Text.Json.Serialization;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Cli;

/// <summary>
/// A model given as JSON: <c>E</c> (list of rows, d×D), <c>v</c> (D), <c>m</c> (d), <c>g</c> (d) and <c>constitution</c>
/// (list of spanning vectors in R^d), and optionally <c>vectors</c> (any number of directions u ∈ R^d, e.g. activations, whose
/// alignments A(u) are computed in one batch). Field names are case-insensitive; "NaN" and "Infinity" strings are read so they can
/// be rejected by name rather than as a parse error. A field given twice (in any case) is an error, not a silent last-one-wins.
/// </summary>
public sealed record ModelFile(double[][]? E, double[]? V, double[]? M, double[]? G, double[][]? Constitution, double[][]? Vectors = null)
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads and validates the file.</summary>
    /// <exception cref="ModelInputException">The file is missing, not JSON of this shape, lacks a field, or holds an invalid model.</exception>
    public static (LatentValueModel Model, Constitution Constitution, double[]? Vectors) Load(string path)
    {
        if (path != "-" && Directory.Exists(path))
            throw new ModelInputException(InputProblem.MissingField, "model file", "is a directory, not a model file");
        if (path != "-" && !File.Exists(path))
            throw new ModelInputException(InputProblem.MissingField, "model file", "does not exist");
        ModelFile? file;
        try
        {
            // "-" reads the model from standard input.
            file = JsonSerializer.Deserialize<ModelFile>(path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path), ReadOptions);
        }
        catch (JsonException e)
        {
            string where = e.Path is { Length: > 0 } p ? $" at {p}" : "";
            throw new ModelInputException(InputProblem.ShapeMismatch, "model file", $"is not valid model JSON{where}: {e.Message.Split(". Path:")[0]}");
        }
        if (file is null)
            throw new ModelInputException(InputProblem.MissingField, "model file", "is empty (null); expected an object with E, v, m, g, constitution");
        var (model, constitution) = file.ToModel();
        return (model, constitution, file.VectorBlock(model.RepresentationDimension));
    }

    /// <summary>The optional vectors as one column-major d×n block, or null when absent.</summary>
    /// <exception cref="ModelInputException">A vector has the wrong length or a non-finite entry.</exception>
    public double[]? VectorBlock(int d)
    {
        if (Vectors is null) return null;
        var block = new double[Vectors.Length * d];
        for (int j = 0; j < Vectors.Length; j++)
        {
            var u = Vectors[j] ?? throw new ModelInputException(InputProblem.ShapeMismatch, $"vectors[{j}]", "is null");
            if (u.Length != d)
                throw new ModelInputException(InputProblem.ShapeMismatch, $"vectors[{j}]", $"has length {u.Length} but must have length d = {d} (rows of E)");
            for (int i = 0; i < d; i++)
            {
                if (!double.IsFinite(u[i]))
                    throw new ModelInputException(InputProblem.NonFiniteEntry, $"vectors[{j}]", $"entry {i} is {u[i]}; every entry must be finite");
                block[j * d + i] = u[i];
            }
        }
        return block;
    }

    /// <summary>The model and constitution this file describes.</summary>
    /// <exception cref="ModelInputException">A field is missing or the model is invalid.</exception>
    public (LatentValueModel Model, Constitution Constitution) ToModel()
    {
        var e = E ?? throw Missing("E");
        var v = V ?? throw Missing("v");
        var m = M ?? throw Missing("m");
        var g = G ?? throw Missing("g");
        var c = Constitution ?? throw Missing("constitution");
        if (e.Any(row => row is null)) throw new ModelInputException(InputProblem.ShapeMismatch, "E", "has a null row");
        if (c.Any(row => row is null)) throw new ModelInputException(InputProblem.ShapeMismatch, "constitution", "has a null vector");
        var encoder = Encoder.FromRows(e);
        var model = new LatentValueModel(encoder, new ValueDirection(Vector<double>.Build.DenseOfArray(v)),
            Vector<double>.Build.DenseOfArray(m), Vector<double>.Build.DenseOfArray(g));
        var constitution = Core.Model.Constitution.FromSpanningSet(c);
        if (constitution.Dimension != model.RepresentationDimension)
            throw new ModelInputException(InputProblem.ShapeMismatch, "constitution",
                $"vectors have length {constitution.Dimension} but must have length d = {model.RepresentationDimension} (rows of E)");
        return (model, constitution);
    }

    private static ModelInputException Missing(string field) =>
        new(InputProblem.MissingField, field, "is missing; a model file needs E, v, m, g and constitution");
}
