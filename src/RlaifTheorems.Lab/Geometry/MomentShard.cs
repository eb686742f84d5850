namespace RlaifTheorems.Lab.Geometry;

/// <summary>
/// One shard's moments of an activation file: which file (name, rows n, columns d), which rows [First, First + Count) — shard i
/// of k takes rows ⌊(i − 1)n/k⌋ to ⌊in/k⌋ — and their <see cref="Moments"/>. Written by <c>lab moments</c>, combined by
/// <c>lab merge</c> into the moments of one pass over the whole file. It also holds its rows' moments in each of R1's folds of the
/// whole file (<see cref="Folds"/>, dealt by <see cref="FoldSeed"/>), so the merged folds give the cross-validated ρ̂ of one pass.
/// </summary>
public sealed record MomentShard(string Activations, long Rows, int Columns, int Index, int Count, long First, long Length, Moments Moments)
{
    /// <summary>The seed that dealt the whole file's rows into R1's folds.</summary>
    public int FoldSeed { get; init; }
    /// <summary>This shard's rows' moments in each fold that has any of them (empty in files written before folds were kept:
    /// those merge, without the cross-validated ρ̂).</summary>
    public IReadOnlyList<FoldMoments> Folds { get; init; } = [];

    /// <summary>The rows shard <paramref name="index"/> of <paramref name="count"/> (1-based) takes of <paramref name="rows"/>.</summary>
    public static (long First, long Length) RowsOf(long rows, int index, int count)
    {
        long first = (index - 1) * rows / count, end = index * rows / count;
        return (first, end - first);
    }

    /// <summary>The moments of the whole file from every shard's, or false and a one-line <paramref name="problem"/> unless the
    /// shards are exactly shards 1…k of one file, once each, each with its rows.</summary>
    public static bool TryMerge(IReadOnlyList<MomentShard> shards, out Moments? merged, out string? problem)
    {
        merged = null;
        var first = shards[0];
        problem = shards.Any(s => s.Activations != first.Activations || s.Rows != first.Rows || s.Columns != first.Columns || s.Count != first.Count)
            ? "the moment files come from different activations or shard counts"
            : shards.Select(s => s.Index).Distinct().Count() != shards.Count ? "a shard is given twice"
            : Enumerable.Range(1, first.Count).Except(shards.Select(s => s.Index)).ToList() is { Count: > 0 } absent
            ? $"shard{(absent.Count > 1 ? "s" : "")} {string.Join(", ", absent.Select(i => $"{i}/{first.Count}"))} of {first.Activations} missing"
            : shards.FirstOrDefault(s => RowsOf(s.Rows, s.Index, s.Count) != (s.First, s.Length) || s.Moments.Count != s.Length || s.Moments.Dimension != s.Columns) is { } wrong
            ? $"shard {wrong.Index}/{wrong.Count} does not hold its rows ({wrong.First}…{wrong.First + wrong.Length - 1}, {wrong.Moments.Count} items)"
            : shards.Any(s => s.FoldSeed != first.FoldSeed) ? "the shards dealt their rows into folds with different seeds"
            : shards.Any(s => (s.Folds.Count == 0) != (first.Folds.Count == 0)) ? "some shards keep fold moments and some do not (written by different versions)"
            : shards.FirstOrDefault(s => s.Folds.Count > 0 && s.Folds.Sum(f => f.Moments.Count) != s.Length || s.Folds.Any(f => f.Fold < 0 || f.Fold >= FoldCount || f.Moments.Dimension != s.Columns)
                || s.Folds.Select(f => f.Fold).Distinct().Count() != s.Folds.Count) is { } badFolds
            ? $"shard {badFolds.Index}/{badFolds.Count}'s fold moments do not add up to its rows"
            : null;
        if (problem is not null) return false;
        merged = Moments.Merge(shards.OrderBy(s => s.Index).Select(s => s.Moments).ToList());
        return true;
    }

    /// <summary>The number of R1's folds.</summary>
    public const int FoldCount = 5;

    /// <summary>Each fold's moments over all shards (shards already checked by <see cref="TryMerge"/>), fold 0 first.</summary>
    public static List<Moments> MergeFolds(IReadOnlyList<MomentShard> shards) =>
        Enumerable.Range(0, FoldCount).Select(f => Moments.Merge(shards.OrderBy(s => s.Index)
            .SelectMany(s => s.Folds.Where(m => m.Fold == f).Select(m => m.Moments)).ToList())).ToList();
}

/// <summary>One fold's moments of a shard's rows.</summary>
public sealed record FoldMoments(int Fold, Moments Moments);
