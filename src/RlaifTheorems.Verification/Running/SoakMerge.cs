using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Verification.Running;

/// <summary><c>check merge</c> of soak reports: the report of a whole soak from the reports of its shards.</summary>
public static class SoakMerge
{
    /// <summary>Whether the file holds a soak's report (it has rounds), not a check run's.</summary>
    public static bool IsSoakReport(string file)
    {
        try { return File.Exists(file) && JsonDocument.Parse(File.ReadAllText(file)).RootElement.TryGetProperty("rounds", out _); }
        catch (JsonException) { return false; }
    }

    /// <summary>
    /// Combines the shard reports in <paramref name="files"/> into the whole soak's report, or returns false and a one-line
    /// <paramref name="problem"/>. It combines only the exact shards of one soak: every shard i of n once, one suite version,
    /// soak seed, round count, budget and entry selection, none interrupted, each with exactly its rounds, and each round's
    /// seed the one the soak's seed gives it.
    /// </summary>
    public static bool TryMerge(IReadOnlyList<string> files, out SoakReport? merged, out string? problem)
    {
        merged = null;
        var reports = new List<(string File, SoakReport Report, Shard Shard)>();
        foreach (string file in files)
        {
            SoakReport? report;
            try { report = JsonSerializer.Deserialize<SoakReport>(File.ReadAllText(file), JsonFormat.Options); }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                problem = $"merge: {file} is not a soak report: {e.Message}";
                return false;
            }
            if (report?.Shard is null || Shard.Parse(report.Shard, out _) is not { } shard)
            {
                problem = $"merge: {file} is not the report of a soak's shard";
                return false;
            }
            reports.Add((file, report, shard));
        }
        var (firstFile, first, firstShard) = reports[0];
        foreach (var (file, report, shard) in reports)
        {
            if (report.SuiteVersion != first.SuiteVersion || report.Seed != first.Seed || report.Rounds != first.Rounds || report.MaxTest != first.MaxTest
                || shard.Count != firstShard.Count || report.Selection is null || first.Selection is null || !report.Selection.SequenceEqual(first.Selection))
            {
                problem = $"merge: {file} and {firstFile} come from different soaks (suite version, seed, rounds, --max-test, shard count or selection differ)";
                return false;
            }
            if (report.Interrupted)
            {
                problem = $"merge: {file} is the report of an interrupted shard; run shard {shard} again";
                return false;
            }
            if (report.Results.FirstOrDefault(r => !r.Complete) is { } cut)
            {
                problem = $"merge: {file} records round {cut.Index} as cut short, though the shard is not marked interrupted";
                return false;
            }
            var soak = new SoakRun([], report.Rounds, report.MaxTest, report.Seed, shard);
            var expected = soak.RoundIndices.Select(k => (k + 1, SoakRun.RoundSeed(report.Seed, k))).ToList();
            if (!report.Results.Select(r => (r.Index, r.Seed)).SequenceEqual(expected))
            {
                problem = $"merge: {file} does not hold exactly shard {shard}'s rounds of the soak, with their seeds";
                return false;
            }
            if (report.Results.SelectMany(r => r.Failed).FirstOrDefault(id => !report.Selection.Contains(id)) is { } stray)
            {
                problem = $"merge: {file} records a failure of {stray}, which the soak did not select";
                return false;
            }
        }
        var given = reports.Select(r => r.Shard.Index).ToList();
        if (given.Distinct().Count() != given.Count)
        {
            problem = $"merge: a shard is given twice ({string.Join(", ", reports.Select(r => r.Shard))})";
            return false;
        }
        var absent = Enumerable.Range(1, firstShard.Count).Except(given).ToList();
        if (absent.Count > 0)
        {
            problem = $"merge: shard{(absent.Count > 1 ? "s" : "")} {string.Join(", ", absent.Select(i => $"{i}/{firstShard.Count}"))} of the soak {(absent.Count > 1 ? "are" : "is")} missing";
            return false;
        }
        merged = new SoakReport(first.SuiteVersion, first.Seed, first.Rounds, first.MaxTest, reports.Sum(r => r.Report.ElapsedSeconds),
            reports.SelectMany(r => r.Report.Results).OrderBy(r => r.Index).ToList(), false) { Selection = first.Selection };
        problem = null;
        return true;
    }
}
