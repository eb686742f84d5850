using System.CommandLine;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Cli.Lab;

/// <summary><c>lab generate</c>: seeded stories from a llama2.c checkpoint, with each story's log-likelihood under the model.</summary>
public sealed class GenerateCommand
{
    /// <summary>The model.</summary>
    public readonly ModelOptions ModelOptions = new();
    /// <summary>The prompt.</summary>
    public readonly Option<string> Prompt = new("--prompt") { Description = "The text every story continues.", DefaultValueFactory = _ => "Once upon a time" };
    /// <summary>New tokens at most.</summary>
    public readonly Option<int> Steps = new("--steps") { Description = "New tokens per story at most (a story also ends at an end-of-sequence token).", DefaultValueFactory = _ => 256 };
    /// <summary>The temperature.</summary>
    public readonly Option<double> Temperature = new("--temperature") { Description = "0 is greedy.", DefaultValueFactory = _ => 1.0 };
    /// <summary>Nucleus sampling.</summary>
    public readonly Option<double> TopP = new("--top-p") { Description = "Sample from the smallest set of tokens whose probability exceeds this (1: all).", DefaultValueFactory = _ => 0.9 };
    /// <summary>The seed.</summary>
    public readonly Option<ulong> Seed = new("--seed") { Description = "Story i draws from the SplitMix64 stream (seed, i).", DefaultValueFactory = _ => 1UL };
    /// <summary>How many stories.</summary>
    public readonly Option<int> Count = new("--count") { Description = "Stories to sample, in parallel.", DefaultValueFactory = _ => 1 };
    /// <summary>The report.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write the stories, their tokens and log-likelihoods to this file." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var generate = new Command("generate", "Sample stories from a llama2.c checkpoint (the shipped stories260K by default), seeded and reproducible." +
            "\n\nExamples:\n  rlaif-theorems lab generate --temperature 0\n  rlaif-theorems lab generate --count 4 --seed 7 --json stories.json\n  rlaif-theorems lab generate --model stories15M.bin --tokenizer tokenizer.bin" +
            "\n\nExit codes: 0 generated, 2 bad usage or a checkpoint or tokenizer that cannot be read (one line names it).")
            { Prompt, Steps, Temperature, TopP, Seed, Count, Json };
        ModelOptions.AddTo(generate);
        generate.SetAction(Run);
        return generate;
    }

    private int Run(ParseResult p)
    {
        int steps = p.GetValue(Steps), count = p.GetValue(Count);
        if (steps < 1) return Say.Usage("lab", $"--steps must be at least 1, not {steps}");
        if (count < 1) return Say.Usage("lab", $"--count must be at least 1, not {count}");
        if (!Sampling.TryCreate(p.GetValue(Temperature), p.GetValue(TopP), out var sampling, out var problem)) return Say.Usage("lab", problem!);
        string? json = p.GetValue(Json);
        if (ReportOutput.Check("lab", json) is int bad) return bad;
        if (!ModelOptions.TryLoad(p, out var model, out problem)) return Say.Usage("lab", problem!);
        string text = p.GetValue(Prompt)!;
        var prompt = model!.Tokenizer.Encode(text, bos: true);
        if (prompt.Length > model.Config.SeqLen) return Say.Usage("lab", $"the prompt is {prompt.Length} tokens, more than the model's {model.Config.SeqLen}");
        ulong seed = p.GetValue(Seed);
        var stories = model.GenerateMany(prompt, count, steps, sampling!, seed);
        var scores = model.LogProbabilities(stories.Select(s => (prompt, s)).ToArray());
        var report = new GeneratedStories(model.ModelPath, model.Config, text, prompt, sampling!, seed,
            stories.Select((s, i) => new GeneratedStory(i, model.Tokenizer.Decode([.. prompt.Skip(1), .. s]), s, scores[i])).ToArray());
        foreach (var story in report.Stories)
        {
            if (count > 1) Console.WriteLine($"── story {story.Index} ({story.Tokens.Length} tokens, log p = {story.LogLikelihood:0.000})");
            Console.WriteLine(story.Text);
        }
        return json is null || ReportOutput.Write("lab", json, report) ? ExitCodes.Ok : ExitCodes.Usage;
    }
}

/// <summary>A generation run: the model, prompt, settings and seed, and every story.</summary>
public sealed record GeneratedStories(string Model, LlamaConfig Config, string Prompt, int[] PromptTokens, Sampling Sampling, ulong Seed, GeneratedStory[] Stories);

/// <summary>Story <paramref name="Index"/>: its text (prompt included), its new tokens and their log p given the prompt.</summary>
public sealed record GeneratedStory(int Index, string Text, int[] Tokens, double LogLikelihood);
