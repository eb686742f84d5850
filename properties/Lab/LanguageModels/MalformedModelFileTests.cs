using RlaifTheorems.Cli;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Properties.Lab.LanguageModels;

/// <summary>
/// A checkpoint or tokenizer that is not what it claims gets one line naming what is wrong, from the loader and from
/// <c>lab generate</c> (exit 2, nothing on standard output, one line naming the problem and no stack trace; other test classes
/// may write to the shared standard error meanwhile, so the line is found by its content): truncated or padded files, headers that describe no model, the newer
/// export format, non-finite weights, and tokenizers truncated, malformed or of another vocabulary than the model's.
/// </summary>
[Collection("Console")]
public sealed class MalformedModelFileTests
{
    private static string Variant(Func<byte[], byte[]> change, string name = "bad")
    {
        string path = TempFiles.Path(name).Replace(".json", ".bin");
        File.WriteAllBytes(path, change(File.ReadAllBytes(CheckpointFiles.Stories260K)));
        return path;
    }

    private static byte[] WithInt(byte[] b, int index, int value)
    {
        var copy = (byte[])b.Clone();
        BitConverter.GetBytes(value).CopyTo(copy, 4 * index);
        return copy;
    }

    public static TheoryData<string, string> Checkpoints() => new()
    {
        { "truncated", "has 1056539 bytes but its header" },
        { "padded", "has 1056541 bytes but its header" },
        { "empty", "shorter than the 28-byte header" },
        { "heads", "dim 64 is not a multiple of n_heads 7" },
        { "kvheads", "n_heads 8 is not a multiple of n_kv_heads 3" },
        { "negative", "not positive" },
        { "magic", "version 1 or later" },
        { "nan", "non-finite weight in its tensor number 0" },
        { "unshared", "needs 1187612" },
        { "missing", "cannot read the checkpoint" },
    };

    private static string CheckpointCase(string kind) => kind switch
    {
        "truncated" => Variant(b => b[..^1]),
        "padded" => Variant(b => [.. b, 0]),
        "empty" => Variant(_ => []),
        "heads" => Variant(b => WithInt(b, 3, 7)),
        "kvheads" => Variant(b => WithInt(b, 4, 3)),
        "negative" => Variant(b => WithInt(b, 1, -172)),
        "magic" => Variant(b => WithInt(b, 0, 0x616b3432)),
        "nan" => Variant(b => { var c = (byte[])b.Clone(); BitConverter.GetBytes(float.NaN).CopyTo(c, 28 + 400); return c; }),
        "unshared" => Variant(b => WithInt(b, 5, -512)),
        _ => Path.Combine(TempFiles.Root, "no-such-model.bin"),
    };

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void ABadCheckpointIsNamedInOneLine(string kind, string expected)
    {
        string path = CheckpointCase(kind);
        Assert.False(LlamaCheckpoint.TryLoad(path, out var checkpoint, out var problem));
        Assert.Null(checkpoint);
        Assert.Contains(expected, problem);
        var (code, error, output) = Run("lab", "generate", "--model", path, "--tokenizer", CheckpointFiles.Tok512);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        AssertOneLine(error, expected);
    }

    [Theory]
    [InlineData("other vocabulary", "has 300 tokens but the model's vocabulary has 512")]
    [InlineData("truncated", "is truncated in token 511")]
    [InlineData("long token", "has length 99, outside")]
    [InlineData("empty", "0 bytes")]
    public void ABadTokenizerIsNamedInOneLine(string kind, string expected)
    {
        string path = kind switch
        {
            "other vocabulary" => CheckpointFiles.TruncatedTok512(300),
            "truncated" => Truncated(),
            "long token" => LongToken(),
            _ => Empty(),
        };
        Assert.False(LlamaTokenizer.TryLoad(path, 512, out _, out var problem));
        Assert.Contains(expected, problem);
        var (code, error, _) = Run("lab", "generate", "--tokenizer", path, "--model", CheckpointFiles.Stories260K);
        Assert.Equal(2, code);
        AssertOneLine(error, expected);
    }

    private static void AssertOneLine(string error, string expected)
    {
        var lines = error.Split('\n');
        Assert.Single(lines, l => l.Contains(expected) && l.StartsWith("lab: "));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ") || l.Contains("Unhandled"));
    }

    private static string Empty()
    {
        string path = TempFiles.Path("tok").Replace(".json", ".bin");
        File.WriteAllBytes(path, []);
        return path;
    }

    private static string Truncated()
    {
        string path = TempFiles.Path("tok").Replace(".json", ".bin");
        File.WriteAllBytes(path, File.ReadAllBytes(CheckpointFiles.Tok512)[..^1]);
        return path;
    }

    private static string LongToken()
    {
        var bytes = File.ReadAllBytes(CheckpointFiles.Tok512);
        BitConverter.GetBytes(99).CopyTo(bytes, 4 + 4);
        string path = TempFiles.Path("tok").Replace(".json", ".bin");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Error, string Output) Run(params string[] args)
    {
        var (error, output) = (Console.Error, Console.Out);
        var capturedError = new StringWriter();
        var capturedOutput = new StringWriter();
        try
        {
            Console.SetError(capturedError);
            Console.SetOut(capturedOutput);
            return (Program.Main(args), capturedError.ToString(), capturedOutput.ToString());
        }
        finally
        {
            Console.SetError(error);
            Console.SetOut(output);
        }
    }
}
