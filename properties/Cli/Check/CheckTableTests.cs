using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Check;
using RlaifTheorems.Formal.Proving;
using Spectre.Console;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// On a terminal the table shows each verdict in its colour: green for an entry that passed, red for one that did not, yellow
/// for one cut short by an interrupt; a formal verdict that contradicts its entry is red, one that agrees is not.
/// </summary>
public sealed class CheckTableTests
{
    private const string Red = "\u001b[91m", Green = "\u001b[32m", Yellow = "\u001b[93m";

    /// <summary>The table as a colour terminal 200 columns wide shows it.</summary>
    private static string[] OnATerminal(IReadOnlyList<EntryResult> results, IReadOnlyList<FormalVerdict>? formal)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        console.Write(CheckTable.Build(results, formal));
        return writer.ToString().Split('\n');
    }

    private static string Row(string[] lines, string id) => lines.Single(l => l.Contains($" {id} ", StringComparison.Ordinal));

    [Fact]
    public void EachVerdictHasItsColour()
    {
        var passed = TheoremCatalogue.Find("L2")!.Run(new RunSettings(20, 1));
        // One case at seed 1 misses P1.1's hypothesis, so the PROBE is not refuted.
        var failed = TheoremCatalogue.Find("P1.1")!.Run(new RunSettings(1, 1));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var interrupted = TheoremCatalogue.Find("T1.2")!.Run(new RunSettings(5000, 1), cancel: cancel.Token);
        Assert.Equal((true, false, true), (passed.Passed, failed.Passed, interrupted.Interrupted));

        FormalVerdict[] formal = [new("L2", FormalVerdictKind.Proven, null, []), new("P1.1", FormalVerdictKind.Failed, null, [])];
        var lines = OnATerminal([passed, failed, interrupted], formal);
        Assert.Contains($"{Green}holds", Row(lines, "L2"));
        Assert.Contains($"{Red}{failed.Verdict.ToString().ToLowerInvariant()}", Row(lines, "P1.1"));
        Assert.Contains($"{Yellow}holds so far (interrupted)", Row(lines, "T1.2"));
        Assert.DoesNotContain(Red, Row(lines, "L2"));
        Assert.Contains($"{Red}{FormalVerdictKind.Failed.Text()}", Row(lines, "P1.1"));
        // Both of P1.1's cells are red, its verdict's and its contradicted formal verdict's (they may read the same word), and
        // nothing in its row is green.
        Assert.Equal(2, Row(lines, "P1.1").Split(Red).Length - 1);
        Assert.DoesNotContain(Green, Row(lines, "P1.1"));
    }
}
