using RlaifTheorems.Lab.Data;
using RlaifTheorems.Properties.Cli;

namespace RlaifTheorems.Properties.Lab;

/// <summary>
/// Data the lab cannot measure, given as a user gives it (activations in a .npy file, values in a CSV), is one line on standard
/// error naming the file and the problem, exit 2, and nothing on standard output: no items, no columns, entries whose second
/// moments leave the double range, and a NaN on the values' first line (a value, not a header).
/// </summary>
[Collection("Alone")]
public sealed class LabDataMessageTests
{
    private static (int Code, string Out, string Error, string Npy, string Csv) Run(int rows, int columns, Func<int, double> entry, IEnumerable<string> valueLines)
    {
        string npy = TempFiles.Path("acts") + ".npy", csv = TempFiles.Path("values") + ".csv";
        NpyArray.Write(npy, Enumerable.Range(0, rows * columns).Select(entry).ToArray(), rows, columns, NpyElement.Float64, fortranOrder: false);
        File.WriteAllLines(csv, valueLines);
        var (code, output, error) = CliRun.Of("lab", "ceiling", "constitutions", "adversarial", "--activations", npy, "--values", csv, "--resamples", "20", "--quiet");
        return (code, output, error, npy, csv);
    }

    [Fact]
    public void EachProblemIsOneLineNamingIt()
    {
        var noRows = Run(0, 4, _ => 0, []);
        Assert.Equal((2, "", $"lab: {noRows.Npy} has no items (0 rows)"), (noRows.Code, noRows.Out, noRows.Error.TrimEnd()));
        var noColumns = Run(10, 0, _ => 0, LabPipelineTests.Values(10));
        Assert.Equal((2, "", $"lab: {noColumns.Npy} has no columns: each item needs a representation of d ≥ 1 numbers"),
            (noColumns.Code, noColumns.Out, noColumns.Error.TrimEnd()));
        var huge = Run(10, 3, i => Math.Sin(i + 1) * 1e300, LabPipelineTests.Values(10));
        Assert.Equal((2, "", "lab: the items' second moments overflow the double range (entries or values beyond about 1e150): rescale them"),
            (huge.Code, huge.Out, huge.Error.TrimEnd()));
        var nan = Run(10, 3, i => Math.Sin(i + 1), new[] { "NaN" }.Concat(LabPipelineTests.Values(9)));
        Assert.Equal((2, "", $"lab: {nan.Csv} line 1: 'NaN' is not a finite number"), (nan.Code, nan.Out, nan.Error.TrimEnd()));
    }
}
