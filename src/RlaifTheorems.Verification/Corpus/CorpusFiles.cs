using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Formal.Certificates;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Verification.Corpus;

/// <summary>A refuted PROBE's counterexample offered to the corpus: written to <see cref="Path"/> when exact arithmetic certifies it,
/// refused (Path null) when it does not.</summary>
public sealed record SavedCounterexample(EntryResult Result, ExactCertificate Certificate, string? Path);

/// <summary><c>check --save-counterexamples</c>: each refuted PROBE's shrunk case as <c>&lt;ID&gt;.json</c>, only if certified exactly.</summary>
public static class CorpusFiles
{
    /// <summary>Offers every refuted PROBE of <paramref name="report"/> with a shrunk case to <paramref name="directory"/>.</summary>
    public static IReadOnlyList<SavedCounterexample> Save(CheckReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var saved = new List<SavedCounterexample>();
        foreach (var r in report.Entries.Where(r => r.Kind == EntryKind.Probe && r.Verdict == Verdict.Refuted && r.Counterexample is not System.Text.Json.JsonElement))
        {
            // A counterexample exact arithmetic does not confirm is a bug to report, not a file to keep.
            var certificate = CorpusCertificates.For(r.Id, r.Counterexample!);
            if (!certificate.Certified)
            {
                saved.Add(new SavedCounterexample(r, certificate, null));
                continue;
            }
            string path = System.IO.Path.Combine(directory, r.Id + ".json");
            (CounterexampleFile.From(r, TheoremCatalogue.SuiteVersion) with { Certifies = certificate.Inequality }).Write(path);
            saved.Add(new SavedCounterexample(r, certificate, path));
        }
        return saved;
    }
}
