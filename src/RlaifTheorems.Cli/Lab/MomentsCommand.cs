using System.CommandLine;
using System.Text.Json;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Verification.Running;

namespace RlaifTheorems.Cli.Lab;

/// <summary>
/// <c>lab moments</c>: one shard's pass over an activation file (rows ⌊(i − 1)n/k⌋ to ⌊in/k⌋ of shard i of k, from --shard or the
/// scheduler's environment, the whole file without either), written as a <see cref="MomentShard"/>; <c>lab merge</c> combines
/// every shard's file into the moments of one pass and reports the in-sample ceiling and R3's reachable bounds from them.
/// </summary>
public sealed class MomentsCommand
{
    /// <summary>The activations.</summary>
    public readonly Option<string> Activations = new("--activations") { Description = "An n×d .npy of representations.", Required = true };
    /// <summary>Their values.</summary>
    public readonly Option<string> Values = new("--values") { Description = "One value per item, .npy or CSV.", Required = true };
    /// <summary>The shard's moment file.</summary>
    public readonly Option<string> Json = new("--json") { Description = "Write this shard's moments to this file.", Required = true };
    /// <summary>The folds' seed.</summary>
    public readonly Option<int> Seed = new("--seed") { Description = "Seed of R1's folds over the whole file (the same in every shard; lab merge then gives the cross-validated ρ̂).", DefaultValueFactory = _ => 1 };
    /// <summary>The shard.</summary>
    public readonly Option<string?> ShardOption = new("--shard") { Description = "Shard i of n (i/n) of the rows; without it, a Slurm array, an indexed Job or RLAIF_SHARD names it, or the pass is whole." };

    /// <summary>The shard's command.</summary>
    public Command Create()
    {
        var moments = new Command("moments", "One shard's pass over an activation file: its rows' moments (means, covariance, cross-covariance), for lab merge." +
            "\n\nExample: rlaif-theorems lab moments --activations acts.npy --values y.csv --shard 2/4 --json m2.json" +
            "\n\nExit codes: 0 written, 2 bad usage or data (one line names it).") { Activations, Values, Json, Seed, ShardOption };
        moments.SetAction(p => Run(p.GetValue(Activations)!, p.GetValue(Values)!, p.GetValue(Json)!, p.GetValue(ShardOption), p.GetValue(Seed)));
        return moments;
    }

    /// <summary>Passes the shard's rows and writes their moments.</summary>
    public static int Run(string activations, string values, string json, string? shardText, int seed = 1)
    {
        if (!ShardEnvironment.TryResolve(shardText, ShardEnvironment.Current(), out var shard, out var problem)) return Say.Usage("lab", problem!);
        if (ReportOutput.Check("lab", json) is int bad) return bad;
        try
        {
            var y = ValuesFile.Read(values);
            using var array = NpyArray.Open(activations);
            var (index, count) = shard is null ? (1, 1) : (shard.Index, shard.Count);
            var (first, length) = MomentShard.RowsOf(array.Rows, index, count);
            using var items = new NpyItemSource(array, y, Path.GetFileName(activations), first, length);
            var fold = CrossValidatedCeiling.Folds(array.Rows, MomentShard.FoldCount, seed);
            var byFold = ItemPasses.Moments(items, MomentShard.FoldCount, fold.AsSpan((int)first, (int)length).ToArray());
            var folds = Enumerable.Range(0, MomentShard.FoldCount).Where(f => byFold.CountOf(f) > 0).Select(f => new FoldMoments(f, byFold.Of(f))).ToList();
            var result = new MomentShard(Path.GetFileName(activations), array.Rows, array.Columns, index, count, first, length, byFold.Total())
            {
                FoldSeed = seed, Folds = folds,
            };
            return ReportOutput.Write("lab", json, result) ? ExitCodes.Ok : ExitCodes.Usage;
        }
        catch (Exception e) when (e is LabDataException or NpyFormatException or IOException or UnauthorizedAccessException)
        {
            return Say.Usage("lab", e.Message);
        }
    }
}

/// <summary><c>lab merge</c>: every shard's moments of one activation file combined into one pass's (<see cref="MomentShard.TryMerge"/>).</summary>
public sealed class MergeMomentsCommand
{
    /// <summary>The shards' moment files.</summary>
    public readonly Argument<string[]> Files = new("files") { Description = "The moment files of every shard (lab moments --json).", Arity = ArgumentArity.OneOrMore };
    /// <summary>The merged moments' file.</summary>
    public readonly Option<string?> Json = new("--json") { Description = "Write the merged moments to this file." };

    /// <summary>The merge's command.</summary>
    public Command Create()
    {
        var merge = new Command("merge", "Combine every shard's moments (lab moments) into one pass's, and report the in-sample ceiling and R3's reachable bounds from them." +
            "\n\nExample: rlaif-theorems lab merge m1.json m2.json m3.json m4.json --json moments.json" +
            "\n\nExit codes: 0 merged, 2 bad usage or files that are not exactly the shards of one file.") { Files, Json };
        merge.SetAction(p => Run(p.GetValue(Files)!, p.GetValue(Json)));
        return merge;
    }

    /// <summary>Merges and reports.</summary>
    public static int Run(IReadOnlyList<string> files, string? json)
    {
        if (ReportOutput.Check("lab", json) is int bad) return bad;
        var shards = new List<MomentShard>();
        foreach (var file in files)
        {
            try
            {
                shards.Add(JsonSerializer.Deserialize<MomentShard>(File.ReadAllText(file), JsonFormat.Options) ?? throw new JsonException("empty"));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                return Say.Usage("lab", $"merge: {file} is not a moment file: {e.Message}");
            }
        }
        if (!MomentShard.TryMerge(shards, out var moments, out var problem)) return Say.Usage("lab", "merge: " + problem);
        try
        {
            var geometry = new EmpiricalGeometry(moments!);
            var mean = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(moments!.Mean);
            var model = geometry.Model(mean, mean);
            var reach = new ReachableAlignment(model);
            string crossValidated = shards.All(s => s.Folds.Count > 0)
                ? $"cross-validated ρ̂ = {CrossValidatedCeiling.FromFoldMoments(MomentShard.MergeFolds(shards)):0.00000} (5 folds, seed {shards[0].FoldSeed}); "
                : "";
            Console.WriteLine($"lab merge: {moments.Count} items in d = {moments.Dimension} from {shards.Count} shards; in-sample ρ = {geometry.InSampleCeiling(geometry.Rank):0.00000}; {crossValidated}" +
                              $"from the mean representation, sup_c A(d_c) = {reach.Supremum:0.00000}, inf_c A(d_c) = {reach.Infimum:0.00000} (R3, on the range of Σ)");
        }
        catch (Exception e) when (e is LabDataException or Core.Numerics.ModelInputException)
        {
            return Say.Usage("lab", "merge: " + e.Message);
        }
        return json is null || ReportOutput.Write("lab", json, moments!) ? ExitCodes.Ok : ExitCodes.Usage;
    }
}
