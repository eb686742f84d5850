using System.Text.RegularExpressions;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Formal.Coq;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Properties.Formal.Coq;

/// <summary>
/// The Coq development is honest by construction: every catalogue theorem in it carries its entry's ID and name, the entries
/// issue 25 requires are all there and printed by Assumptions.v, no source admits or assumes anything, a name that disagrees
/// with the catalogue or an axiom in Coq's output is never reported proven, and — where coqc with mathcomp is installed (CI
/// installs it) — Coq builds the development and reports every catalogue theorem closed under the global context. A proven part
/// of an entry without a theorem (a Lemma named ID_Part) is printed and checked too, and never makes its entry proven.
/// </summary>
public sealed partial class CoqDevelopmentTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepositoryFiles.Root, "coq");

    private static readonly string[] Required = ["L1", "L2", "T1.1", "T1.2", "T1.4", "T2.1", "T2.2", "T2.3", "T3.1", "T3.3", "T4.1", "T4.2", "T4.3"];

    [Fact]
    public void EveryCoqTheoremIsNamedAfterItsCatalogueEntry()
    {
        var theorems = CoqDevelopment.Theorems(Folder);
        Assert.Empty(CoqVerdicts.Mismatches(theorems));
        foreach (var id in Required) Assert.Contains(theorems, t => t.Id == id);
        var parts = CoqDevelopment.Parts(Folder);
        Assert.Empty(parts.Where(p => TheoremCatalogue.Find(p.Id) is null).Select(p => p.CoqName));
        Assert.Empty(parts.Where(p => theorems.Any(t => t.Id == p.Id)).Select(p => p.CoqName));
        Assert.Equal(theorems.Concat(parts).Select(t => t.CoqName).Order(), CoqDevelopment.PrintedTheorems(Folder).Order());
        Assert.Equal(theorems.Count, theorems.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void ANameThatDisagreesOrAnAxiomIsNeverReportedProven()
    {
        var entry = TheoremCatalogue.Find("T2.1")!;
        CoqTheorem[] wrongName = [new("T2_1_SomethingElse", "T2.1", "SomethingElse", "Ceiling.v")];
        Assert.NotEmpty(CoqVerdicts.Mismatches(wrongName));
        Assert.False(CoqVerdicts.For([entry], wrongName, [new("T2_1_SomethingElse", true, [])])[0].Proven);
        CoqTheorem[] right = [new("T2_1_CeilingBoundsEveryDirection", "T2.1", entry.Name, "Ceiling.v")];
        var parsed = CoqDevelopment.Parse("Axioms:\nclassic : forall P : Prop, P \\/ ~ P\n", ["T2_1_CeilingBoundsEveryDirection"]);
        Assert.Equal(["classic"], parsed.Single().Axioms);
        var verdict = CoqVerdicts.For([entry], right, parsed).Single();
        Assert.False(verdict.Proven);
        Assert.Contains("classic", verdict.Verdict);
        Assert.True(CoqVerdicts.For([entry], right, CoqDevelopment.Parse("Closed under the global context\n", ["T2_1_CeilingBoundsEveryDirection"])).Single().Proven);
        Assert.Empty(CoqDevelopment.Parse("Closed under the global context\n", ["A", "B"]));

        // A closed part of an entry without a theorem is named, never reported proven.
        var gordan = TheoremCatalogue.Find("T5.1")!;
        CoqTheorem[] part = [new("T5_1_HullLeavesConeEmpty", "T5.1", "HullLeavesConeEmpty", "MultiObjective.v")];
        var partVerdict = CoqVerdicts.For([gordan], [], [new("T5_1_HullLeavesConeEmpty", true, [])], part).Single();
        Assert.False(partVerdict.Proven);
        Assert.Contains("T5_1_HullLeavesConeEmpty", partVerdict.Verdict);
        Assert.DoesNotContain(CoqVerdicts.ProvenText, partVerdict.Verdict);
        Assert.DoesNotContain("T5_1_HullLeavesConeEmpty", CoqVerdicts.For([gordan], [], [new("T5_1_HullLeavesConeEmpty", false, ["classic"])], part).Single().Verdict);
    }

    [Fact]
    public void NoSourceAdmitsOrAssumesAnything()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*.v"))
        {
            string code = Comment().Replace(File.ReadAllText(file), " ");
            foreach (var word in new[] { "Admitted", "admit", "Axiom", "Axioms", "Parameter", "Hypothesis", "Conjecture" })
                Assert.False(Regex.IsMatch(code, $@"\b{word}\b"), $"{Path.GetFileName(file)} uses {word}");
        }
    }

    [SkippableFact]
    public void CoqChecksEveryCatalogueTheoremClosed()
    {
        Skip.IfNot(CoqOnThisMachine.Installed(), "coqc with mathcomp is not installed, so Coq's own check is skipped (.ci/run installs it; coq/check.sh says how)");
        Assert.True(CoqDevelopment.TryCheck(Folder, out var results, out var problem), problem);
        Assert.Equal(CoqDevelopment.Theorems(Folder).Count + CoqDevelopment.Parts(Folder).Count, results.Count);
        foreach (var r in results) Assert.True(r.Closed, $"{r.CoqName} depends on {string.Join(", ", r.Axioms)}");
    }

    /// <summary>A check reads a log of its own: while it runs, another check rewriting the development's assumptions.log (here
    /// truncated again and again, as another check's coqc does when it starts) does not change its answer.</summary>
    [SkippableFact]
    public void ACheckReadsItsOwnLogWhileAnotherRewritesTheSharedOne()
    {
        Skip.IfNot(CoqOnThisMachine.Installed() && CoqDevelopment.IsBuilt(Folder), "coqc with mathcomp is not installed or the development is not built (.ci/run installs and builds it)");
        string copy = CoqOnThisMachine.BuiltCopy();
        string shared = Path.Combine(copy, "assumptions.log");
        using var stop = new CancellationTokenSource();
        var rewriter = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.WriteAllText(shared, "");
                Thread.Sleep(5);
            }
        });
        bool ok = CoqDevelopment.TryCheck(copy, out var results, out var problem);
        stop.Cancel();
        rewriter.Wait();
        Assert.True(ok, problem);
        Assert.Equal(CoqDevelopment.Theorems(copy).Count + CoqDevelopment.Parts(copy).Count, results.Count(r => r.Closed));
    }

    /// <summary>Only a checked theorem claims every dimension: a solver shape that stands for every dimension says that its
    /// reduction is argued on paper, and the words of a Coq proof appear only in the Coq verdict.</summary>
    [Fact]
    public void OnlyACheckedTheoremClaimsEveryDimension()
    {
        string encodings = Path.Combine(RepositoryFiles.Root, "src", "RlaifTheorems.Formal", "Encodings");
        int claims = 0;
        foreach (var file in Directory.EnumerateFiles(encodings, "*.cs"))
            foreach (Match literal in Regex.Matches(File.ReadAllText(file), "\"[^\"\n]*\""))
            {
                if (!Regex.IsMatch(literal.Value, @"every (dimension|D, d)")) continue;
                claims++;
                Assert.True(literal.Value.Contains("argued on paper"), $"{Path.GetFileName(file)}: {literal.Value} claims every dimension without saying how");
                Assert.DoesNotContain("Coq", literal.Value);
            }
        Assert.True(claims >= 2, $"only {claims} shapes read");
        Assert.DoesNotContain(CoqVerdicts.ProvenText, File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "RlaifTheorems.Formal", "Proving", "FormalVerdicts.cs")));
    }

    /// <summary><c>check --coq</c> carries Coq's verdict into the report only from Coq's answer in the run; without Coq (or
    /// without a build) it says why there is none, and it never calls an entry proven.</summary>
    [Fact]
    public void CheckReportsCoqsVerdictOnlyFromCoq()
    {
        string json = TempFiles.Path("check-coq");
        Assert.Equal(0, RlaifTheorems.Cli.Program.Main(["check", "L2", "T2.4", "--coq", "--no-formal", "--quiet", "--max-test", "50", "--json", json]));
        var report = System.Text.Json.JsonSerializer.Deserialize<CheckReport>(File.ReadAllText(json), JsonFormat.Options)!;
        if (!CoqOnThisMachine.AnswersCheck())
        {
            Assert.Null(report.Coq);
            Assert.False(string.IsNullOrEmpty(report.CoqSkipped));
            output.WriteLine($"Coq verdicts absent: {report.CoqSkipped}");
            return;
        }
        Assert.NotNull(report.Coq);
        Assert.True(report.Coq.Single(c => c.Id == "L2").Proven);
        Assert.False(report.Coq.Single(c => c.Id == "T2.4").Proven);
    }

    [GeneratedRegex(@"\(\*.*?\*\)", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
