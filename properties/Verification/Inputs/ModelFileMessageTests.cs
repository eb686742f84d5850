using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Verification.Inputs;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Properties.Verification.Inputs;

/// <summary>
/// eval's model file, read by <see cref="ModelFile"/>: each way a file can be wrong is named by the field at fault and what is
/// wrong with it, word for word, with the problem's kind; the optional vectors are read in their order.
/// </summary>
public sealed class ModelFileMessageTests
{
    private const string Valid = """{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]]}""";

    private static ModelInputException Problem(string path)
    {
        Assert.False(ModelFile.TryLoad(path, out var loaded, out var problem));
        Assert.Null(loaded);
        Assert.Equal(problem!.Message, Assert.Throws<ModelInputException>(() => ModelFile.Load(path)).Message);
        return problem;
    }

    private static ModelInputException ProblemOf(string json) => Problem(TempFiles.Write(json));

    [Fact]
    public void AFileThatIsNotThereOrIsAFolderIsNamedAsSuch()
    {
        var missing = Problem(Path.Combine(TempFiles.Root, "no-such-model.json"));
        Assert.Equal("model file: does not exist", missing.Message);
        Assert.Equal(InputProblem.MissingField, missing.Problem);
        var folder = Problem(TempFiles.Folder("model-folder"));
        Assert.Equal("model file: is a directory, not a model file", folder.Message);
        Assert.Equal(InputProblem.MissingField, folder.Problem);
    }

    /// <summary>A file that exists but cannot be read (the process's own memory: reading it from the start fails) is named with
    /// the reason the system gives.</summary>
    [SkippableFact]
    public void AFileThatCannotBeReadSaysSo()
    {
        Skip.IfNot(File.Exists("/proc/self/mem"), "no /proc/self/mem on this machine");
        var problem = Problem("/proc/self/mem");
        Assert.StartsWith("model file: cannot be read: ", problem.Message);
        Assert.True(problem.Message.Length > "model file: cannot be read: ".Length, problem.Message);
        Assert.Equal(InputProblem.MissingField, problem.Problem);
    }

    [Theory]
    [InlineData("null", "model file: is empty (null); expected an object with E, v, m, g, constitution")]
    [InlineData("""{"v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]]}""", "E: is missing; a model file needs E, v, m, g and constitution")]
    [InlineData("""{"E": [[1,0],[0,1]], "m": [1,1], "g": [0,1], "constitution": [[1,0]]}""", "v: is missing; a model file needs E, v, m, g and constitution")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "g": [0,1], "constitution": [[1,0]]}""", "m: is missing; a model file needs E, v, m, g and constitution")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "constitution": [[1,0]]}""", "g: is missing; a model file needs E, v, m, g and constitution")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1]}""", "constitution: is missing; a model file needs E, v, m, g and constitution")]
    public void AMissingFieldIsNamed(string json, string message)
    {
        var problem = ProblemOf(json);
        Assert.Equal(message, problem.Message);
        Assert.Equal(InputProblem.MissingField, problem.Problem);
    }

    /// <summary>Shapes: no rows, a null row or vector beside a good one, ragged rows, a constitution or vector of the wrong
    /// length, a null vector, a non-finite vector entry; each names the field (and the index) at fault.</summary>
    [Theory]
    [InlineData("""{"E": [], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]]}""", "E: has no rows")]
    [InlineData("""{"E": [[1,0],null], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]]}""", "E: has a null row")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0],null]}""", "constitution: has a null vector")]
    [InlineData("""{"E": [[1,0],[0,1],[1]], "v": [1,0], "m": [1,1,1], "g": [0,1,1], "constitution": [[1,0,0]]}""", "E: row 2 has length 1 but row 0 has length 2")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0,1]]}""", "constitution: vectors have length 3 but must have length d = 2 (rows of E)")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]], "vectors": [[1,0],null]}""", "vectors[1]: is null")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]], "vectors": [[1,0],[1,0,0]]}""", "vectors[1]: has length 3 but must have length d = 2 (rows of E)")]
    [InlineData("""{"E": [[1,0],[0,1]], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]], "vectors": [[1,0],[0,"NaN"]]}""", "vectors[1]: entry 1 is NaN; every entry must be finite")]
    public void AMisshapenFieldIsNamedWithItsIndex(string json, string message)
    {
        var problem = ProblemOf(json);
        Assert.Equal(message, problem.Message);
        Assert.Equal(message.Contains("NaN") ? InputProblem.NonFiniteEntry : InputProblem.ShapeMismatch, problem.Problem);
    }

    /// <summary>JSON the reader cannot take says where (the path of the value at fault) and why, in the reader's words.</summary>
    [Fact]
    public void InvalidJsonSaysWhereAndWhy()
    {
        var problem = ProblemOf("""{"E": [[1,0],[0,1]], "v": "up", "m": [1,1], "g": [0,1], "constitution": [[1,0]]}""");
        Assert.Equal("model file: is not valid model JSON at $.v: The JSON value could not be converted to System.Double[]", problem.Message);
        Assert.Equal(InputProblem.ShapeMismatch, problem.Problem);
    }

    /// <summary>A trailing comma inside a field's value does not hide a later field that is not a model field: the field check
    /// reads commas and comments as the model reader does.</summary>
    [Fact]
    public void ATrailingCommaDoesNotHideAnUnknownField()
    {
        var problem = ProblemOf("""{"E": [[1,0],[0,1],], "v": [1,0], "m": [1,1], "g": [0,1], "constitution": [[1,0]], "vector": [[1,0]]}""");
        Assert.Equal("model file: has the field \"vector\", which is not a model field (E, v, m, g, constitution, vectors)", problem.Message);
    }

    /// <summary>Each vector's alignment is its own, in the file's order: A(e₁) = 1 and A(e₂) = 0 here (E = I, v = e₁), and the
    /// same vectors listed the other way round give the alignments the other way round.</summary>
    [Fact]
    public void VectorsAreReadInTheirOrder()
    {
        string Of(string vectors) => TempFiles.Write(Valid.Replace("}", $", \"vectors\": {vectors}}}"));
        var (model, c, block) = ModelFile.Load(Of("[[1,0],[0,2],[-3,0]]"));
        Assert.Equal([1.0, 0.0, 0.0, 2.0, -3.0, 0.0], block!);
        Assert.Equal([1.0, 0.0, -1.0], ModelEvaluation.Of(model, c, block).VectorAlignments!);
        var (_, _, reversed) = ModelFile.Load(Of("[[-3,0],[0,2],[1,0]]"));
        Assert.Equal([-1.0, 0.0, 1.0], ModelEvaluation.Of(model, c, reversed).VectorAlignments!);
    }
}
