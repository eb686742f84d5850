using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Verification.Running;

/// <summary><c>check merge</c>: the report of a whole run from the reports of its shards.</summary>
public static class ShardMerge
{
    /// <summary>
    /// Reads the shard reports in <paramref name="files"/> and combines them (<see cref="EntryResult.TryCombine"/>) into the
    /// report of the whole run, or returns false and a one-line <paramref name="problem"/>. It combines only what it can show to
    /// be exactly the chunks of one run: every shard i of n present once, all with one suite version, seed, budget and entry
    /// selection, none interrupted, each holding exactly the chunks <see cref="Shard.Units"/> assigns it, and each chunk
    /// consistent with its entry (<see cref="ChunkCheck"/>).
    /// </summary>
    public static bool TryMerge(IReadOnlyList<string> files, out CheckReport? merged, out string? problem)
    {
        merged = null;
        var reports = new List<(string File, CheckReport Report, Shard Shard)>();
        foreach (string file in files)
        {
            problem = Read(file, out var report);
            if (problem is not null) return false;
            if (Shard.Parse(report!.Shard!, out _) is not { } shard)
            {
                problem = $"merge: {file} names its shard '{report.Shard}', not i/n";
                return false;
            }
            reports.Add((file, report, shard));
        }
        problem = Run(reports);
        if (problem is not null) return false;
        var (_, first, _) = reports[0];
        var settings = new RunSettings(first.MaxTest, first.Seed);
        var order = first.Selection!.ToList();
        var results = new List<EntryResult>();
        foreach (var group in reports.SelectMany(r => r.Report.Entries).GroupBy(e => e.Id).OrderBy(g => order.IndexOf(g.Key)))
        {
            // Stryker disable once Boolean,String,Statement,Block : Run has shown every chunk of every entry present, once, from one run, so
            // combining cannot fail here; the check guards the merge against a change in Run.
            if (!EntryResult.TryCombine(group, out var combined, out var missing))
            {
                problem = $"merge: {missing}";
                return false;
            }
            results.Add(combined);
        }
        merged = new CheckReport(first.SuiteVersion, first.Seed, first.MaxTest, first.Ci, reports.Sum(r => r.Report.ElapsedSeconds), results)
            { Selection = first.Selection };
        return true;
    }

    /// <summary>Null when the reports are exactly the shards of one run; otherwise why not.</summary>
    private static string? Run(IReadOnlyList<(string File, CheckReport Report, Shard Shard)> reports)
    {
        var (firstFile, first, firstShard) = reports[0];
        foreach (var (file, report, shard) in reports)
        {
            if (report.SuiteVersion != first.SuiteVersion || report.Seed != first.Seed || report.MaxTest != first.MaxTest || shard.Count != firstShard.Count
                || report.Selection is null || first.Selection is null || !report.Selection.SequenceEqual(first.Selection))
                return $"merge: {file} and {firstFile} come from different runs (suite version, seed, --max-test, shard count or entry selection differ)";
            if (report.Interrupted) return $"merge: {file} is the report of an interrupted shard; run shard {shard} again";
        }
        var given = reports.Select(r => r.Shard.Index).ToList();
        if (given.Distinct().Count() != given.Count)
            return $"merge: a shard is given twice ({string.Join(", ", reports.Select(r => r.Shard))})";
        var absent = Enumerable.Range(1, firstShard.Count).Except(given).ToList();
        if (absent.Count > 0)
            return $"merge: shard{(absent.Count > 1 ? "s" : "")} {string.Join(", ", absent.Select(i => $"{i}/{firstShard.Count}"))} of the run {(absent.Count > 1 ? "are" : "is")} missing";
        var entries = new List<CatalogueEntry>();
        foreach (string id in first.Selection!)
        {
            if (TheoremCatalogue.Find(id) is not { } entry) return $"merge: the run selected {id}, which is not a catalogue entry of this suite";
            entries.Add(entry);
        }
        var settings = new RunSettings(first.MaxTest, first.Seed);
        foreach (var (file, report, shard) in reports)
        {
            var expected = shard.Units(entries, settings).Select(u => (u.Entry.Id, u.Chunk)).ToList();
            var actual = report.Entries.Select(e => (e.Id, e.Chunk ?? 0)).ToList();
            if (actual.Distinct().Count() != actual.Count || !actual.ToHashSet().SetEquals(expected))
                return $"merge: {file} does not hold exactly shard {shard}'s chunks of the run ({expected.Count} expected, {actual.Count} given)";
            foreach (var r in report.Entries)
                // Stryker disable once Linq : the chunks were just shown to be the shard's units, so every ID is a selected entry's.
                if (ChunkCheck.Problem(entries.First(e => e.Id == r.Id), r.Chunk ?? 0, r, settings) is { } inconsistent)
                    return $"merge: {file}: {inconsistent}";
        }
        return null;
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
