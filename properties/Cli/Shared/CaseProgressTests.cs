using System.Globalization;
using RlaifTheorems.Cli.Shared;

namespace RlaifTheorems.Properties.Cli.Shared;

/// <summary>
/// Progress inside an entry: on a terminal the entry's line is redrawn with the cases done after every chunk and left ready for
/// the verdict; redirected, a line is added only when a chunk reaches a tenth of the budget not reached before, never for the
/// last chunk, and nothing is added when no tenth was reached.
/// </summary>
[Collection("Alone")]
public sealed class CaseProgressTests
{
    private static string Written(bool redirected, int total, params int[] reports)
    {
        var (before, culture) = (Console.Error, CultureInfo.CurrentCulture);
        var captured = new StringWriter();
        try
        {
            // As the command line runs: numbers in the invariant culture (Program sets it for the process).
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.SetError(captured);
            var progress = new CaseProgress("[1/1] X … ", total, redirected);
            foreach (int cases in reports) progress.Report(cases);
            progress.Done();
            return captured.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            Console.SetError(before);
        }
    }

    [Fact]
    public void OnATerminalTheLineIsRedrawnAfterEveryChunk() =>
        Assert.Equal("\r[1/1] X … 1,000/3,000 cases \r[1/1] X … 2,000/3,000 cases \r[1/1] X … 3,000/3,000 cases \r[1/1] X … ",
            Written(redirected: false, 3000, 1000, 2000, 3000));

    [Fact]
    public void RedirectedALineIsAddedAtEachNewTenthBeforeTheLastChunk()
    {
        var reports = Enumerable.Range(1, 25).Select(k => 1000 * k).ToArray();
        // Tenths of 25,000 are first reached at 3,000, 5,000, 8,000, …, 23,000.
        var expected = new[] { 3, 5, 8, 10, 13, 15, 18, 20, 23 }.Select(k => string.Create(CultureInfo.InvariantCulture, $"  … {k * 1000:N0}/25,000 cases\n"));
        Assert.Equal("\n" + string.Concat(expected) + "  … ", Written(redirected: true, 25_000, reports));
    }

    [Fact]
    public void RedirectedNothingIsAddedWhenNoTenthWasReached()
    {
        Assert.Equal("", Written(redirected: true, 100_000, 1000));
        Assert.Equal("", Written(redirected: false, 100_000));
    }
}
