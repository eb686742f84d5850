using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Formal.Coq;

namespace RlaifTheorems.Verification.Reports;

/// <summary>An entry's second formal verdict: "proven in every dimension (Coq)" only when a Coq theorem carries the entry's ID and
/// name and Coq reported it closed under the global context in this run; otherwise why not.</summary>
public sealed record CoqVerdict(string Id, string? CoqTheorem, string? File, bool Proven, string Verdict);

/// <summary>The Coq column of <c>prove</c> (THEORY "Proven in every dimension").</summary>
public static class CoqVerdicts
{
    /// <summary>The words of a Coq proof.</summary>
    public const string ProvenText = "proven in every dimension (Coq)";

    /// <summary>One verdict per entry of <paramref name="entries"/>, from the development's theorems and Coq's assumptions in this run.
    /// An entry without a theorem whose <paramref name="parts"/> Coq closed names them; it is not proven.</summary>
    public static IReadOnlyList<CoqVerdict> For(IEnumerable<CatalogueEntry> entries, IReadOnlyList<CoqTheorem> theorems, IReadOnlyList<CoqAssumptions> checkedTheorems,
        IReadOnlyList<CoqTheorem>? parts = null)
    {
        var rows = new List<CoqVerdict>();
        foreach (var entry in entries)
        {
            var theorem = theorems.FirstOrDefault(t => t.Id == entry.Id);
            if (theorem is null)
            {
                var closed = (parts ?? []).Where(p => p.Id == entry.Id && checkedTheorems.Any(c => c.CoqName == p.CoqName && c.Closed)).Select(p => p.CoqName).ToArray();
                rows.Add(new CoqVerdict(entry.Id, null, closed.Length > 0 ? (parts ?? []).First(p => p.Id == entry.Id).File : null, false,
                    closed.Length > 0 ? $"no Coq theorem yet; parts closed in Coq: {string.Join(", ", closed)}" : "no Coq theorem yet"));
                continue;
            }
            if (theorem.Name != entry.Name) { rows.Add(new CoqVerdict(entry.Id, theorem.CoqName, theorem.File, false, $"name disagrees with the catalogue's {entry.Name}")); continue; }
            var result = checkedTheorems.FirstOrDefault(c => c.CoqName == theorem.CoqName);
            string verdict = result is null ? "not printed by Assumptions.v"
                : result.Closed ? ProvenText
                : "depends on axioms: " + string.Join(", ", result.Axioms);
            rows.Add(new CoqVerdict(entry.Id, theorem.CoqName, theorem.File, result?.Closed == true, verdict));
        }
        return rows;
    }

    /// <summary>Coq theorems whose ID is no catalogue entry's, or whose name differs from the entry's.</summary>
    public static IReadOnlyList<string> Mismatches(IReadOnlyList<CoqTheorem> theorems) =>
        theorems.Where(t => TheoremCatalogue.Find(t.Id) is not { } e || e.Name != t.Name)
            .Select(t => $"{t.CoqName} ({t.File}): " + (TheoremCatalogue.Find(t.Id) is { } e ? $"the catalogue names {t.Id} {e.Name}" : $"no catalogue entry {t.Id}"))
            .ToArray();
}
