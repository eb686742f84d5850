using System.Diagnostics;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// <c>lm MODEL TOKENIZER</c>: the language model's throughput, side by side in one run: tokens per second generating one sequence
/// at a time (temperature 1, top-p 0.9, 256 new tokens from "Once upon a time"), the same stories as one batch (in parallel on
/// every core), and scored continuations per second (each story's log-likelihood given the prompt, batched). Each figure is the
/// best of three rounds after a warm-up round.
/// </summary>
public static class LanguageModelThroughput
{
    public static void Run(string modelPath, string tokenizerPath, int stories)
    {
        if (!LanguageModel.TryLoad(modelPath, tokenizerPath, out var model, out var problem))
        {
            Console.Error.WriteLine(problem);
            return;
        }
        var prompt = model!.Tokenizer.Encode("Once upon a time", bos: true);
        var sampling = new Sampling(1.0, 0.9);
        int[][] generated = [];
        double Best(Func<long> round)
        {
            round();
            double best = 0;
            for (int r = 0; r < 3; r++)
            {
                var watch = Stopwatch.StartNew();
                long work = round();
                best = Math.Max(best, work / watch.Elapsed.TotalSeconds);
            }
            return best;
        }
        double single = Best(() =>
        {
            long tokens = 0;
            for (int i = 0; i < stories; i++) tokens += prompt.Length + model.Generate(prompt, 256, sampling, 1, i).Length;
            return tokens;
        });
        double batched = Best(() =>
        {
            generated = model.GenerateMany(prompt, stories, 256, sampling, 1);
            return generated.Sum(s => (long)prompt.Length + s.Length);
        });
        var pairs = generated.Select(s => (prompt, s)).ToArray();
        double scored = Best(() => model.LogProbabilities(pairs).Length);
        var c = model.Config;
        Console.WriteLine($"lm: {Path.GetFileName(modelPath)} (dim {c.Dim}, {c.Layers} layers, vocabulary {c.VocabSize}), {stories} stories of ≤ 256 new tokens, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  generation, one sequence at a time: {single,10:N0} tokens/s");
        Console.WriteLine($"  generation, one batch of {stories}:      {batched,10:N0} tokens/s  ({batched / single:0.0}×)");
        Console.WriteLine($"  scored continuations (batched):     {scored,10:N0} continuations/s of {generated.Average(s => s.Length):0} tokens");
    }
}
