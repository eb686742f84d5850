using System.Collections;
using System.Globalization;

namespace RlaifTheorems.Verification.Running;

/// <summary>
/// One index contract for every engine a run is split on: a shard's index and count come from <c>--shard i/n</c>, or from
/// the scheduler's environment —
/// a Slurm job array (<c>SLURM_ARRAY_TASK_ID</c> with <c>SLURM_ARRAY_TASK_COUNT</c>, and <c>_MIN</c>, <c>_MAX</c>, <c>_STEP</c>
/// when the array does not start at 0 or has a step: shard (id − min)/step + 1 of count), a Kubernetes indexed Job
/// (<c>JOB_COMPLETION_INDEX</c>, 0-based, with the count in <c>RLAIF_SHARD_COUNT</c> from the Job's environment), or a CI
/// matrix (<c>RLAIF_SHARD=i/n</c>). Sources that disagree, or an environment that does not describe a regular range of
/// shards, are refused in one line.
/// </summary>
public static class ShardEnvironment
{
    /// <summary>The variables read, for messages and tests.</summary>
    public static IReadOnlyList<string> Variables { get; } =
    [
        "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "SLURM_ARRAY_TASK_STEP",
        "JOB_COMPLETION_INDEX", "RLAIF_SHARD_COUNT", "RLAIF_SHARD",
    ];

    /// <summary>This process's environment, restricted to <see cref="Variables"/>.</summary>
    public static IReadOnlyDictionary<string, string> Current()
    {
        var all = Environment.GetEnvironmentVariables();
        var found = new Dictionary<string, string>();
        foreach (DictionaryEntry e in all)
            if (e.Key is string key && Variables.Contains(key) && e.Value is string value) found[key] = value;
        return found;
    }

    /// <summary>
    /// The shard this process runs: from <paramref name="option"/> (the text of <c>--shard</c>, or null) and
    /// <paramref name="environment"/>, or null when neither names one. False, with a one-line <paramref name="problem"/>, when a
    /// source is malformed or inconsistent, or two sources name different shards.
    /// </summary>
    public static bool TryResolve(string? option, IReadOnlyDictionary<string, string> environment, out Shard? shard, out string? problem)
    {
        shard = null;
        var named = new List<(string Source, Shard Shard)>();
        if (option is not null)
        {
            if (Shard.Parse(option, out problem) is not { } parsed) return false;
            named.Add(("--shard", parsed));
        }
        foreach (var read in new Func<IReadOnlyDictionary<string, string>, (string, Shard?, string?)?>[] { Slurm, Kubernetes, Matrix })
        {
            var reading = read(environment);
            if (reading is null) continue;
            var (source, found, error) = reading.Value;
            if (error is not null)
            {
                problem = error;
                return false;
            }
            named.Add((source, found!));
        }
        if (named.Select(n => n.Shard).Distinct().Count() > 1)
        {
            problem = $"the shard is ambiguous: {string.Join(", ", named.Select(n => $"{n.Source} says {n.Shard}"))}";
            return false;
        }
        shard = named.FirstOrDefault().Shard;
        problem = null;
        return true;
    }

    private static (string, Shard?, string?)? Slurm(IReadOnlyDictionary<string, string> env)
    {
        const string source = "the Slurm array";
        if (!env.ContainsKey("SLURM_ARRAY_TASK_ID")) return null;
        var values = new Dictionary<string, long>();
        foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "SLURM_ARRAY_TASK_STEP" })
        {
            if (!env.TryGetValue(name, out var text)) continue;
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                return (source, null, $"{name}={text} is not a whole number");
            values[name] = value;
        }
        if (!values.TryGetValue("SLURM_ARRAY_TASK_COUNT", out long count))
            return (source, null, "SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not: the number of shards is unknown");
        long id = values["SLURM_ARRAY_TASK_ID"], min = values.GetValueOrDefault("SLURM_ARRAY_TASK_MIN", 0), step = values.GetValueOrDefault("SLURM_ARRAY_TASK_STEP", 1);
        long max = values.GetValueOrDefault("SLURM_ARRAY_TASK_MAX", min + (count - 1) * step);
        if (count < 1 || step < 1 || id < min || id > max || (id - min) % step != 0 || max - min != (count - 1) * step || count > int.MaxValue)
            return (source, null, $"the Slurm array is not a regular range of shards (task {id} of {count}, {min}–{max} step {step}): submit it as --array=0-{count - 1} or give --shard i/n");
        return (source, new Shard((int)((id - min) / step) + 1, (int)count), null);
    }

    private static (string, Shard?, string?)? Kubernetes(IReadOnlyDictionary<string, string> env)
    {
        const string source = "the indexed Job";
        if (!env.TryGetValue("JOB_COMPLETION_INDEX", out var text)) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            return (source, null, $"JOB_COMPLETION_INDEX={text} is not a whole number");
        if (!env.TryGetValue("RLAIF_SHARD_COUNT", out var countText) || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
            return (source, null, "JOB_COMPLETION_INDEX is set but RLAIF_SHARD_COUNT (the Job's completions, set in its environment) is missing or not a positive whole number");
        if (index >= count) return (source, null, $"JOB_COMPLETION_INDEX={index} is not below RLAIF_SHARD_COUNT={count}");
        return (source, new Shard(index + 1, count), null);
    }

    private static (string, Shard?, string?)? Matrix(IReadOnlyDictionary<string, string> env)
    {
        const string source = "RLAIF_SHARD";
        if (!env.TryGetValue(source, out var text)) return null;
        return Shard.Parse(text, out var error) is { } shard ? (source, shard, null) : (source, null, source + ": " + error);
    }
}
