using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Verification.Running;

/// <summary><c>check merge</c>: the report of a whole run from the reports of its shards.</summary>
public static class ShardMerge
{
    /// <summary>Reads the shard reports in <paramref name="files"/> and combines them (<see cref="EntryResult.Combine"/>), or
    /// returns false and a one-line <paramref name="problem"/>: a file missing, a directory, not a shard's report, reports of
    /// different runs, a shard given twice, or a chunk that counts missing.</summary>
    public static bool TryMerge(IReadOnlyList<string> files, out CheckReport? merged, out string? problem)
    {
        merged = null;
        var reports = new List<CheckReport>();
        foreach (string file in files)
        {
            problem = Read(file, out var report);
            if (problem is not null) return false;
            reports.Add(report!);
        }
        var first = reports[0];
        if (reports.Any(r => r.Seed != first.Seed || r.MaxTest != first.MaxTest || r.SuiteVersion != first.SuiteVersion))
        {
            problem = "merge: the reports come from different runs (seed, --max-test or suite version differ)";
            return false;
        }
        var shards = reports.Select(r => r.Shard!).ToList();
        if (shards.Distinct().Count() != shards.Count)
        {
            problem = $"merge: a shard is given twice ({string.Join(", ", shards)})";
            return false;
        }
        var order = TheoremCatalogue.All.Select(e => e.Id).ToList();
        var results = new List<EntryResult>();
        foreach (var group in reports.SelectMany(r => r.Entries).GroupBy(e => e.Id).OrderBy(g => order.IndexOf(g.Key)))
        {
            if (!EntryResult.TryCombine(group, out var combined, out var missing))
            {
                problem = $"merge: {missing}: give every shard of the run ({string.Join(", ", shards)} given)";
                return false;
            }
            results.Add(combined);
        }
        merged = new CheckReport(first.SuiteVersion, first.Seed, first.MaxTest, first.Ci, reports.Sum(r => r.ElapsedSeconds), results);
        problem = null;
        return true;
    }

    private static string? Read(string file, out CheckReport? report)
    {
        report = null;
        if (Directory.Exists(file)) return $"merge: {file} is a directory, not a report";
        if (!File.Exists(file)) return $"merge: {file} does not exist";
        try
        {
            report = JsonSerializer.Deserialize<CheckReport>(File.ReadAllText(file), JsonFormat.Options) ?? throw new JsonException("empty report");
        }
        catch (JsonException e)
        {
            return $"merge: {file} is not a check report: {e.Message}";
        }
        return report.Shard is null ? $"merge: {file} is the report of a whole run, not of a shard" : null;
    }
}
