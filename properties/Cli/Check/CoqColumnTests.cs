using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Cli.Check;
using RlaifTheorems.Cli.Prove;
using RlaifTheorems.Properties.Formal.Coq;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>
/// The Coq column of check and prove says why it is empty, each reason where it is true: no development found, one not built
/// (check does not build), one that does not compile (prove builds, and says so); and where Coq answers, its rows are Coq's.
/// </summary>
[Collection("Alone")]
public sealed class CoqColumnTests
{
    private static readonly IReadOnlyList<CatalogueEntry> Entries = [TheoremCatalogue.Find("L2")!, TheoremCatalogue.Find("T2.4")!];

    /// <summary>Standard output of <paramref name="run"/>, and what it returned.</summary>
    private static (T Value, string[] Lines) Printed<T>(Func<T> run)
    {
        T value = default!;
        var (_, output, _) = CliRun.Handler(() => { value = run(); return 0; }, "\u0001", () => { });
        return (value, CliRun.Lines(output));
    }

    [Fact]
    public void CheckSaysWhenThereIsNoDevelopmentOrItIsNotBuilt()
    {
        Assert.Equal((null, "no coq/ folder above the current directory"), CheckHandler.CoqColumn(Entries, null));
        Assert.Equal((null, "the Coq development is not built (make -C coq, or prove, builds it)"), CheckHandler.CoqColumn(Entries, CoqOnThisMachine.Unbuilt()));
    }

    [SkippableFact]
    public void CheckGivesCoqsRowsWhereCoqAnswers()
    {
        Skip.IfNot(CoqOnThisMachine.AnswersCheck(), "Coq with mathcomp is not installed or the development is not built (.ci/run installs and builds it)");
        var (rows, skipped) = CheckHandler.CoqColumn(Entries, CoqOnThisMachine.Development);
        Assert.Null(skipped);
        Assert.Equal(["L2", "T2.4"], rows!.Select(r => r.Id));
        Assert.Equal([true, false], rows!.Select(r => r.Proven));
    }

    [Fact]
    public void ProveSaysWhenThereIsNoDevelopmentOrItDoesNotBuild()
    {
        var (none, lines) = Printed(() => ProveCommand.CoqColumn(Entries, null));
        Assert.Equal((null, "no coq/ folder above the current directory"), none);
        Assert.Equal(["prove: Coq skipped (no coq/ folder above the current directory); no entry is reported proven in every dimension", ""], lines);

        var (broken, brokenLines) = Printed(() => ProveCommand.CoqColumn(Entries, CoqOnThisMachine.Broken()));
        Assert.Null(broken.Rows);
        Assert.StartsWith("the Coq development did not build (", broken.Skipped);
        Assert.EndsWith(")", broken.Skipped);
        Assert.Equal([$"prove: Coq skipped ({broken.Skipped}); no entry is reported proven in every dimension", ""], brokenLines);
    }

    [SkippableFact]
    public void ProvePrintsCoqsRowsWhereCoqIsInstalled()
    {
        Skip.IfNot(CoqOnThisMachine.Installed(), "coqc with mathcomp is not installed (.ci/run installs it)");
        var ((rows, skipped), lines) = Printed(() => ProveCommand.CoqColumn(Entries, CoqOnThisMachine.Development));
        Assert.Null(skipped);
        Assert.Equal([true, false], rows!.Select(r => r.Proven));
        Assert.Contains(lines, l => CliRun.Row(l, "L2") is ["L2", _, _, var verdict] && verdict == rows![0].Verdict);
        Assert.Contains($"prove: 1 of 2 entries {CoqVerdicts.ProvenText}, Coq's Print Assumptions closed for each", lines);
    }
}
