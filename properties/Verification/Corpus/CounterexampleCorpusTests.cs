using RlaifTheorems.Catalogue;
using RlaifTheorems.Verification.Corpus;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Verification.Corpus;

/// <summary>
/// The corpus in counterexamples/ (copied beside the tests): every PROBE has a file, every file replays with the current code
/// (a PROBE's claim still breaks, by the violation recorded), and its dimensions are the THEORY's.
/// </summary>
[Collection("Console")]
public sealed class CounterexampleCorpusTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "counterexamples");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in System.IO.Directory.GetFiles(Directory, "*.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void EveryProbeHasACounterexampleFile()
    {
        foreach (var probe in TheoremCatalogue.All.Where(e => e.Kind == EntryKind.Probe))
            Assert.True(File.Exists(Path.Combine(Directory, probe.Id + ".json")), $"counterexamples/{probe.Id}.json is missing: run check --save-counterexamples");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FileReplaysAsRecorded(string name)
    {
        var file = CounterexampleFile.Read(Path.Combine(Directory, name));
        Assert.Equal(file.Id + ".json", name);
        var result = file.Reevaluate();
        Assert.True(result.AsExpected, result.Summary);
        if (file.Kind == EntryKind.Probe)
        {
            Assert.Equal(file.Violation!.Value, result.Violation!.Value, 9);
            if (result.Entry.ShrinksTo is { } expected) Assert.Equal(expected, file.ShrunkDimensions);
            var certificate = CorpusCertificates.For(file.Id, result.Case);
            Assert.True(certificate.Certified, $"{name}: not certified exactly: {certificate.Reason}");
            Assert.Equal(file.Certifies, certificate.Inequality);
        }
    }

    /// <summary>Every field replay prints for a pinned file, against the file's own record: the path, the ID, "still refuted", the
    /// violation (the recorded one, to four digits), the detail the run recorded, and the exact inequality the file certifies;
    /// nothing else (no mismatch, no note) when file, catalogue and suite agree.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void ReplayPrintsTheFilesOwnRecord(string name)
    {
        string path = Path.Combine(Directory, name);
        var file = CounterexampleFile.Read(path);
        var check = Replay.One(path);
        Assert.True(check.AsRecorded);
        string[] expected = file.Kind == EntryKind.Probe
            ? [$"{path}: {file.Id}: still refuted (violation {file.Violation:G4}): {file.Detail}", $"  exactly: {file.Certifies}"]
            : [$"{path}: {file.Id}: regression case holds"];
        if (file.SuiteVersion != TheoremCatalogue.SuiteVersion)
            expected = [expected[0], $"  note: recorded by suite {file.SuiteVersion}, replayed by {TheoremCatalogue.SuiteVersion}", .. expected[1..]];
        Assert.Equal(expected, check.Lines);
    }

    /// <summary>N2's pinned case with τ = ±1e300 (E[V] itself beyond the double range) is still refuted, as exact arithmetic
    /// certifies; the rounded expectations used to make the float probe call it "no longer refuted".</summary>
    [Theory]
    [InlineData(1e300)]
    [InlineData(-1e300)]
    public void N2AtAnExtremeThresholdIsStillRefuted(double tau)
    {
        string folder = TempFiles.Folder("replay-n2");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "N2.json")))!;
        node["case"]!["tau"] = tau;
        File.WriteAllText(Path.Combine(folder, "N2.json"), node.ToJsonString());
        var output = new StringWriter();
        var standard = Console.Out;
        Console.SetOut(output);
        try { RlaifTheorems.Cli.Program.Main(new[] { "replay", Path.Combine(folder, "N2.json") }); }
        finally { Console.SetOut(standard); }
        Assert.Contains("N2: still refuted", output.ToString());
        Assert.DoesNotContain("NO LONGER REFUTED", output.ToString());
    }

    [Fact]
    public void ReplayReportsEachBadFileAndCarriesOnWithTheRest()
    {
        string folder = TempFiles.Folder("replay");
        var file = CounterexampleFile.Read(Path.Combine(Directory, "P1.1.json"));
        string text = File.ReadAllText(Path.Combine(Directory, "P1.1.json"));
        File.WriteAllText(Path.Combine(folder, "A-rank-deficient.json"), System.Text.RegularExpressions.Regex.Replace(text, @"""e"": \[\[[^\]]*\], \[[^\]]*\]\]", "\"e\": [[1, 1], [2, 2]]"));
        (file with { Violation = 2.1 }).Write(Path.Combine(folder, "P1.1.json"));
        File.Copy(Path.Combine(Directory, "N2.json"), Path.Combine(folder, "N2.json"));
        var output = new StringWriter();
        var standard = Console.Out;
        Console.SetOut(output);
        int code;
        try { code = RlaifTheorems.Cli.Program.Main(new[] { "replay", folder }); }
        finally { Console.SetOut(standard); }
        Assert.Equal(2, code);
        Assert.Contains("MISMATCH: the file records violation 2.1", output.ToString());
        Assert.Contains("N2.json: N2: still refuted", output.ToString());
    }

    [Fact]
    public void ReplayRejectsAFileWhoseRecordedCertificateWasChanged()
    {
        var file = CounterexampleFile.Read(Path.Combine(Directory, "P1.1.json"));
        string path = TempFiles.Path("tampered");
        (file with { Certifies = file.Certifies!.Replace("λ = 20", "λ = 2") }).Write(path);
        Assert.Equal(1, RlaifTheorems.Cli.Program.Main(new[] { "replay", path }));
        Assert.Equal(0, RlaifTheorems.Cli.Program.Main(new[] { "replay", Path.Combine(Directory, "P1.1.json") }));
    }

    [Fact]
    public void ReplayFailsWhenTheClaimHolds()
    {
        // P1.3's claim holds on a case where EV rises and Δ > 0: replay must say so rather than pass.
        var file = CounterexampleFile.Read(Path.Combine(Directory, "P1.3.json"));
        var holding = file with
        {
            Case = System.Text.Json.JsonSerializer.SerializeToElement(
                new RlaifTheorems.Catalogue.Generators.ModelCase([[1, 0], [0, 1]], [1, 0], [1, 0], [0, 1], [[1, 0]]), JsonFormat.Options),
        };
        var result = holding.Reevaluate();
        Assert.False(result.AsExpected);
        Assert.Contains("NO LONGER REFUTED", result.Summary);
    }

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(-1.0)]
    [InlineData(-1e300)]
    [InlineData(-1.7e308)]
    public void N2CertificateIsExactAtEveryScaleOfV(double v)
    {
        // N2's case with τ = 5: the certificate's return bound takes ⌊√‖v‖²⌋ exactly, where ‖v‖² overflows a double.
        double[][] e = [[1]], c = [[-1]];
        var certified = RlaifTheorems.Formal.Certificates.CounterexampleCertificates.Overshoot(e, [v], [-1], [1], c, 5);
        Assert.True(certified.Certified, certified.Reason);
        var gapNegative = RlaifTheorems.Formal.Certificates.CounterexampleCertificates.Overshoot(e, [v], [1], [1], c, 5);
        Assert.False(gapNegative.Certified);
    }

    [Fact]
    public void UnknownIdIsRejected()
    {
        var path = TempFiles.Path("corpus");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Directory, "N2.json")).Replace("\"id\": \"N2\"", "\"id\": \"Z9\""));
        Assert.Throws<InvalidDataException>(() => CounterexampleFile.Read(path).Reevaluate());
    }
}
