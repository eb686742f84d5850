using RlaifTheorems.Catalogue;
using RlaifTheorems.Verification.Reports;
using System.Text.Json;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Verification.Corpus;

/// <summary>
/// One file of the counterexample corpus (<c>counterexamples/&lt;ID&gt;.json</c>): the entry's ID, status and statement, the shrunk
/// inputs as plain arrays (<see cref="Case"/>, of type <see cref="CaseType"/>), the size of the violation and what it broke, the
/// seed and FsCheck replay data of the run that found it, and the suite version. The case is the pinned data (a seed replays
/// only while generator code is unchanged); a THEOREM may be pinned too, as a regression case that must hold. <see cref="Certifies"/>
/// is the exact inequality the case establishes, re-checked in exact arithmetic on replay.
/// </summary>
public sealed record CounterexampleFile(
    string Id, EntryKind Kind, string Name, string Statement, string CaseType, JsonElement Case,
    double? Violation, string? Detail, Dimensions? ShrunkDimensions,
    ulong Seed, ulong Gamma, ReplayData? Replay, string SuiteVersion, string? Certifies = null)
{
    /// <summary>The file of a result whose shrunk case is known (a refuted PROBE or a failed THEOREM).</summary>
    /// <exception cref="ArgumentException">The result has no counterexample.</exception>
    public static CounterexampleFile From(EntryResult result, string suiteVersion)
    {
        var shrunk = result.Counterexample ?? throw new ArgumentException($"{result.Id} has no counterexample to save", nameof(result));
        return new CounterexampleFile(result.Id, result.Kind, result.Name, result.Statement, shrunk.GetType().Name,
            JsonSerializer.SerializeToElement(shrunk, shrunk.GetType(), JsonFormat.Options),
            result.Violation, result.Message, result.ShrunkDimensions, result.Seed, result.Gamma, result.Replay, suiteVersion);
    }

    /// <summary>Writes the file as indented JSON.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonFormat.Serialize(this) + "\n");

    /// <summary>Reads a file.</summary>
    /// <exception cref="InvalidDataException">The file is missing, a directory, not JSON of this shape (a key given twice included), or names no catalogue entry.</exception>
    public static CounterexampleFile Read(string path)
    {
        if (path != "-" && Directory.Exists(path)) throw new InvalidDataException($"{path}: is a directory, not a counterexample file");
        if (path != "-" && !File.Exists(path)) throw new InvalidDataException($"{path}: no such file");
        CounterexampleFile? file;
        try
        {
            // "-" reads the file from standard input.
            file = JsonSerializer.Deserialize<CounterexampleFile>(path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path), JsonFormat.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a counterexample file: {e.Message.Split(". Path:")[0]}");
        }
        if (file is null || file.Id is null) throw new InvalidDataException($"{path}: not a counterexample file (no id)");
        return file;
    }

    /// <summary>Re-evaluates the pinned case with the current code: a PROBE must still break its claim, a THEOREM must still hold.</summary>
    /// <exception cref="InvalidDataException">The ID is not in the catalogue or the case does not fit the entry.</exception>
    public ReplayResult Reevaluate()
    {
        var entry = TheoremCatalogue.Find(Id) ?? throw new InvalidDataException($"{Id}: not a catalogue entry");
        if (Case.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            throw new InvalidDataException($"{Id}: the file has no case");
        if (entry.CaseType.Name != CaseType)
            throw new InvalidDataException($"{Id}: the file holds a {CaseType}, but the entry takes a {entry.CaseType.Name}");
        object @case;
        try
        {
            // Stryker disable once String : a JSON null case is refused above, and no other case reads as null.
            @case = Case.Deserialize(entry.CaseType, JsonFormat.Options) ?? throw new InvalidDataException($"{Id}: empty case");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Id}: the case does not read as a {CaseType}: {e.Message.Split(". Path:")[0]}");
        }
        var outcome = entry.Evaluate(@case);
        // The entry's kind is the catalogue's, never the file's; a refutation is a finite violation (NaN refutes nothing).
        bool asExpected = entry.Kind == EntryKind.Probe ? ReplayResult.Refutes(outcome) : outcome.Holds;
        return new ReplayResult(entry, @case, outcome, asExpected);
    }
}

/// <summary>The outcome of replaying a pinned case: for a PROBE <see cref="AsExpected"/> means the claim still breaks.</summary>
public sealed record ReplayResult(CatalogueEntry Entry, object Case, CaseOutcome Outcome, bool AsExpected)
{
    /// <summary>The violation on replay (−slack) when the claim breaks.</summary>
    public double? Violation => Refutes(Outcome) ? -Outcome.Slack : null;

    /// <summary>True when <paramref name="outcome"/> breaks a claim: its hypothesis met, and its conclusion false by a finite,
    /// positive violation.</summary>
    public static bool Refutes(CaseOutcome outcome) =>
        outcome is { HypothesisMet: true, Holds: false } && double.IsFinite(outcome.Slack) && outcome.Slack < 0;

    /// <summary>One line for a person.</summary>
    public string Summary => Entry.Kind == EntryKind.Probe
        ? AsExpected
            ? $"{Entry.Id}: still refuted (violation {Violation:G4}): {Outcome.Detail}"
            : $"{Entry.Id}: NO LONGER REFUTED: the claim \"{Entry.Statement}\" holds on the pinned case {Case}"
        : AsExpected
            ? $"{Entry.Id}: regression case holds"
            : $"{Entry.Id}: REGRESSION: {Outcome.Detail} on the pinned case {Case}";
}
