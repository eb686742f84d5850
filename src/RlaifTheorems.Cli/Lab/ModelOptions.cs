using System.CommandLine;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Cli.Lab;

/// <summary>The options that name a llama2.c checkpoint and its tokenizer, shared by the language-model commands.</summary>
public sealed class ModelOptions
{
    /// <summary>The shipped model, relative to the repository's root.</summary>
    public const string DefaultModel = "models/stories260K/stories260K.bin";

    /// <summary>The checkpoint.</summary>
    public readonly Option<string> Model = new("--model") { Description = "A llama2.c checkpoint (legacy format), e.g. stories15M.bin.", DefaultValueFactory = _ => DefaultModel };
    /// <summary>The tokenizer.</summary>
    public readonly Option<string?> Tokenizer = new("--tokenizer") { Description = "Its tokenizer (default: tok512.bin beside the shipped model, tokenizer.bin beside any other)." };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Model);
        command.Add(Tokenizer);
    }

    /// <summary>The model and tokenizer the parse names, or the one-line reason they cannot be used.</summary>
    public bool TryLoad(ParseResult parse, out LanguageModel? model, out string? problem)
    {
        string modelPath = parse.GetValue(Model)!;
        string tokenizerPath = parse.GetValue(Tokenizer) ?? DefaultTokenizer(modelPath);
        return LanguageModel.TryLoad(modelPath, tokenizerPath, out model, out problem);
    }

    private static string DefaultTokenizer(string modelPath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".";
        return Path.GetFileName(modelPath) == Path.GetFileName(DefaultModel) ? Path.Combine(folder, "tok512.bin") : Path.Combine(folder, "tokenizer.bin");
    }
}
