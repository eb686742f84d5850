using System.Text.Json.Nodes;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Verification.Corpus;

namespace RlaifTheorems.Properties.Verification.Corpus;

/// <summary>
/// replay on altered copies of the pinned P1.1 file: each way a file can disagree with its name, the catalogue, its violation or its
/// certificate adds the line that says so and makes the file not as recorded; a different suite version is only a note. Files
/// that cannot be read, or whose case does not fit the entry, are named in one line; a NaN or infinite slack refutes nothing.
/// </summary>
[Collection("Console")]
public sealed class ReplayTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "counterexamples");

    /// <summary>P1.1's pinned file with <paramref name="edit"/> applied, written as <paramref name="name"/> in a fresh folder.</summary>
    private static string Altered(Action<JsonObject> edit, string name = "P1.1.json")
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "P1.1.json")))!.AsObject();
        edit(file);
        string folder = Path.GetDirectoryName(TempFiles.Write("{}", "replay"))!;
        string path = Path.Combine(folder, $"replay-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        path = Path.Combine(path, name);
        File.WriteAllText(path, file.ToJsonString());
        return path;
    }

    private static ReplayCheck Replayed(Action<JsonObject> edit, string name = "P1.1.json")
    {
        string path = Altered(edit, name);
        try { return Replay.One(path); }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
    }

    [Fact]
    public void TheUnalteredFileReplaysAsRecorded()
    {
        var check = Replayed(_ => { });
        Assert.True(check.AsRecorded);
        Assert.Equal(2, check.Lines.Count);
        Assert.Contains("P1.1: still refuted (violation 0.1056)", check.Lines[0]);
        Assert.Equal("  exactly: Δ(c) > 0 and A(g + λd_c) < A(g) at λ = 1/2", check.Lines[1]);
    }

    /// <summary>"-" reads one file from standard input: it replays as the same file on disk does, and having no name, it is not
    /// compared with one; unreadable input is named as "-".</summary>
    [Fact]
    public void AFileOnStandardInputReplaysAsTheFileOnDisk()
    {
        var original = Console.In;
        try
        {
            Console.SetIn(new StringReader(File.ReadAllText(Path.Combine(Corpus, "P1.1.json"))));
            var check = Replay.One("-");
            Assert.True(check.AsRecorded);
            var onDisk = Replayed(_ => { }).Lines;
            Assert.Equal("-: " + onDisk[0][(onDisk[0].IndexOf(": ", StringComparison.Ordinal) + 2)..], check.Lines[0]);
            Assert.Equal(onDisk.Skip(1), check.Lines.Skip(1));
            Console.SetIn(new StringReader("{"));
            Assert.StartsWith("-: not a counterexample file: ", Assert.Throws<InvalidDataException>(() => Replay.One("-")).Message);
        }
        finally { Console.SetIn(original); }
    }

    [Fact]
    public void AFileNamedForAnotherEntryIsAMismatch()
    {
        var check = Replayed(_ => { }, "P1.2.json");
        Assert.False(check.AsRecorded);
        Assert.Contains("  MISMATCH: the file is named P1.2.json but records P1.1", check.Lines);
    }

    [Theory]
    [InlineData("kind", "theorem", "Probe")]
    [InlineData("name", "Another", "PositiveGapImprovesAtEveryStrength")]
    [InlineData("statement", "Something else.", "If Δ(c) > 0 then A(g + λ d_c) > A(g) for every λ > 0.")]
    public void WhatTheFileSaysOfItsEntryMustBeTheCataloguesWord(string field, string value, string catalogue)
    {
        var check = Replayed(f => f[field] = value);
        Assert.False(check.AsRecorded);
        string recorded = field == "kind" ? "Theorem" : value;
        Assert.Contains($"  MISMATCH: the file records {field} \"{recorded}\", the catalogue's P1.1 has \"{catalogue}\"", check.Lines);
        // The catalogue's kind decides how it is replayed: as a PROBE, still refuted and certified.
        Assert.Contains(check.Lines, l => l.StartsWith("  exactly: "));
    }

    [Fact]
    public void ADifferentSuiteVersionIsANoteNotAMismatch()
    {
        var check = Replayed(f => f["suiteVersion"] = "0.0.9");
        Assert.True(check.AsRecorded);
        Assert.Contains($"  note: recorded by suite 0.0.9, replayed by {TheoremCatalogue.SuiteVersion}", check.Lines);
    }

    [Fact]
    public void AViolationThatIsNotTheCasesIsAMismatch()
    {
        var check = Replayed(f => f["violation"] = 0.2);
        Assert.False(check.AsRecorded);
        Assert.Contains("  MISMATCH: the file records violation 0.2, the case gives 0.10557280900008414", check.Lines);
        var none = Replayed(f => f.Remove("violation"));
        Assert.False(none.AsRecorded);
        Assert.Contains("  MISMATCH: the file records violation none, the case gives 0.10557280900008414", none.Lines);
        // Within the tolerance policy of the recorded value it is the same violation.
        Assert.True(Replayed(f => f["violation"] = 0.10557280900008414 * (1 + 1e-13)).AsRecorded);
    }

    [Fact]
    public void AnInequalityTheCaseDoesNotCertifyIsRefused()
    {
        var check = Replayed(f => f["certifies"] = "anything at all");
        Assert.False(check.AsRecorded);
        Assert.Contains("  NOT CERTIFIED: the file records \"anything at all\"; exact arithmetic gives \"Δ(c) > 0 and A(g + λd_c) < A(g) at λ = 1/2\"", check.Lines);
        var missing = Replayed(f => f.Remove("certifies"));
        Assert.Contains(missing.Lines, l => l.StartsWith("  NOT CERTIFIED: the file records \"no exact inequality\""));
        // A case that no longer breaks the claim: not refuted, no violation, and the certificate says why it fails.
        var holding = Replayed(f => f["case"]!["g"] = new JsonArray(1, 1));
        Assert.False(holding.AsRecorded);
        Assert.Contains("P1.1: NO LONGER REFUTED", holding.Lines[0]);
        Assert.Contains(holding.Lines, l => l.StartsWith("  MISMATCH: the file records violation 0.10557280900008414, the case gives none"));
        Assert.Contains(holding.Lines, l => l.StartsWith("  NOT CERTIFIED: ") && l.EndsWith(")"));
    }

    [Fact]
    public void UnreadableFilesAndCasesThatDoNotFitAreNamed()
    {
        Assert.EndsWith(": is a directory, not a counterexample file", Assert.Throws<InvalidDataException>(() => CounterexampleFile.Read(Corpus)).Message);
        Assert.Equal("/no/such.json: no such file", Assert.Throws<InvalidDataException>(() => CounterexampleFile.Read("/no/such.json")).Message);
        string notJson = TempFiles.Write("not json", "replay");
        string notAFile = Assert.Throws<InvalidDataException>(() => CounterexampleFile.Read(notJson)).Message;
        Assert.StartsWith($"{notJson}: not a counterexample file: ", notAFile);
        Assert.DoesNotContain("Path:", notAFile);
        foreach (string text in new[] { "null", "{}" })
        {
            string path = TempFiles.Write(text, "replay");
            Assert.Equal($"{path}: not a counterexample file (no id)", Assert.Throws<InvalidDataException>(() => CounterexampleFile.Read(path)).Message);
        }
        Assert.Equal("Z9: not a catalogue entry", Assert.Throws<InvalidDataException>(() => Replayed(f => f["id"] = "Z9")).Message);
        Assert.Equal("P1.1: the file has no case", Assert.Throws<InvalidDataException>(() => Replayed(f => f.Remove("case"))).Message);
        Assert.Equal("P1.1: the file has no case", Assert.Throws<InvalidDataException>(() => Replayed(f => f["case"] = null)).Message);
        Assert.Equal("P1.1: the file holds a ThresholdCase, but the entry takes a ModelCase",
            Assert.Throws<InvalidDataException>(() => Replayed(f => f["caseType"] = "ThresholdCase")).Message);
        string unreadable = Assert.Throws<InvalidDataException>(() => Replayed(f => f["case"]!["e"] = "text")).Message;
        Assert.StartsWith("P1.1: the case does not read as a ModelCase: ", unreadable);
        Assert.DoesNotContain("Path:", unreadable);
    }

    [Fact]
    public void FilesListsAFoldersJsonFilesInOrderAndPassesFilesThrough()
    {
        string folder = Path.Combine(Path.GetDirectoryName(TempFiles.Write("{}", "replay"))!, $"files-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var name in new[] { "b.json", "a.json", "notes.txt" }) File.WriteAllText(Path.Combine(folder, name), "{}");
            Assert.Equal([Path.Combine(folder, "a.json"), Path.Combine(folder, "b.json")], Replay.Files([folder]));
        }
        finally { Directory.Delete(folder, recursive: true); }
        var listed = Replay.Files([Corpus, "/some/file.json"]);
        Assert.Equal(Directory.GetFiles(Corpus, "*.json").Order().Append("/some/file.json"), listed);
        Assert.Contains(listed, f => f.EndsWith("P1.1.json"));
    }

    /// <summary>A refutation is a met hypothesis and a finite negative slack: NaN, −∞, 0 and an unmet hypothesis refute nothing.</summary>
    [Fact]
    public void OnlyAFiniteNegativeSlackRefutes()
    {
        static CaseOutcome Broken(double slack) => new(true, false, slack, "x");
        Assert.True(ReplayResult.Refutes(Broken(-0.5)));
        Assert.False(ReplayResult.Refutes(Broken(double.NaN)));
        Assert.False(ReplayResult.Refutes(Broken(double.NegativeInfinity)));
        Assert.False(ReplayResult.Refutes(Broken(0)));
        Assert.False(ReplayResult.Refutes(new CaseOutcome(false, false, -0.5, "x")));
        Assert.False(ReplayResult.Refutes(new CaseOutcome(true, true, -0.5, "x")));
    }

    [Fact]
    public void AFileIsMadeOnlyFromAResultWithACounterexample()
    {
        var entry = TheoremCatalogue.Find("P1.1")!;
        var refuted = entry.Run(new RunSettings(200, 1));
        var file = CounterexampleFile.From(refuted, "9.9.9");
        Assert.Equal(("P1.1", EntryKind.Probe, "ModelCase", "9.9.9", refuted.Violation), (file.Id, file.Kind, file.CaseType, file.SuiteVersion, file.Violation));
        Assert.True(file.Reevaluate().AsExpected);
        var holding = TheoremCatalogue.Find("T1.2")!.Run(new RunSettings(50, 1));
        Assert.StartsWith("T1.2 has no counterexample to save", Assert.Throws<ArgumentException>(() => CounterexampleFile.From(holding, "9.9.9")).Message);
        // Written as indented JSON ending in a newline, and read back the same.
        string path = TempFiles.Write("", "replay");
        file.Write(path);
        string text = File.ReadAllText(path);
        Assert.EndsWith("}\n", text);
        Assert.Contains("\n  \"id\": \"P1.1\"", text);
        Assert.Equal(file.Violation, CounterexampleFile.Read(path).Violation);
    }

    /// <summary>A pinned THEOREM case is a regression case: it replays as holding, and its summary says so; were it to fail, the
    /// summary names the regression and the case.</summary>
    [Fact]
    public void APinnedTheoremCaseIsARegressionCase()
    {
        var entry = TheoremCatalogue.Find("T1.2")!;
        string path = Altered(f => { f["id"] = "T1.2"; f["kind"] = "theorem"; f["name"] = entry.Name; f["statement"] = entry.Statement; f.Remove("violation"); f.Remove("certifies"); }, "T1.2.json");
        try
        {
            var check = Replay.One(path);
            Assert.True(check.AsRecorded, string.Join("\n", check.Lines));
            Assert.EndsWith("T1.2: regression case holds", Assert.Single(check.Lines));
        }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
        var broken = new ReplayResult(entry, "the case", new CaseOutcome(true, false, -0.5, "Δ < 0"), AsExpected: false);
        Assert.Equal("T1.2: REGRESSION: Δ < 0 on the pinned case the case", broken.Summary);
        var probe = TheoremCatalogue.Find("P1.1")!;
        Assert.Equal($"P1.1: NO LONGER REFUTED: the claim \"{probe.Statement}\" holds on the pinned case x",
            new ReplayResult(probe, "x", new CaseOutcome(true, true, 0.5), AsExpected: false).Summary);
    }
}
