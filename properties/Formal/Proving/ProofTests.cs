using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Formal.Exact;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Properties.Formal.Proving;

/// <summary>
/// The formal layer at its cheapest shapes (D = d = 2, or the normal form that stands for every dimension): every THEOREM of
/// the catalogue that is first-order over the reals is proven for all real inputs, every such PROBE is refuted with an exact
/// model, and the rest carry a stated reason. Per-query budget <see cref="PerQuery"/>; the whole class runs in seconds.
/// </summary>
public sealed class ProofTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>The per-query time budget of these tests: far beyond what any of these queries needs (the slowest, T3.3's
    /// isometric statement, takes about 5–13 s), so a loaded machine slows them without turning a proof into "unknown".</summary>
    private static readonly TimeSpan PerQuery = TimeSpan.FromSeconds(300);

    private static ISmtSolver Solver()
    {
        var solver = Z3.Find();
        Assert.True(solver.Unavailable() is null, solver.Unavailable());
        return solver;
    }

    public static TheoryData<string> Entries() => new(TheoremCatalogue.All.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(Entries))]
    public void EveryExpressibleEntryIsDecidedAtItsSmallestShape(string id)
    {
        var entry = TheoremCatalogue.Find(id)!;
        var verdict = new Prover(Solver(), PerQuery).Prove(id, firstShapeOnly: true);
        // A query that ran out of its budget on a loaded machine (T3.3's isometric statement takes about 10 s alone and has
        // timed out at 300 s beside a lab run) is asked once more, and the retry is reported; a second timeout fails.
        if (verdict.Verdict == FormalVerdictKind.Unknown && verdict.Results.Any(r => r.Reason?.StartsWith("timed out") == true))
        {
            output.WriteLine($"{id}: retried after a timeout: {string.Join("; ", verdict.Results.Where(r => r.Status == SmtStatus.Unknown).Select(r => $"{r.Part} at {r.Shape}: {r.Reason}"))}");
            verdict = new Prover(Solver(), PerQuery).Prove(id, firstShapeOnly: true);
        }
        string detail = string.Join("\n", verdict.Results.Select(r => $"{r.Part} at {r.Shape}: {r.Verdict.Text()} ({r.Seconds:F2} s) {r.Reason}"));
        if (verdict.Verdict == FormalVerdictKind.NotExpressible)
        {
            Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
            Assert.True(entry.Kind != EntryKind.Theorem || id == "T5.2", $"{id} is a THEOREM, yet not expressible: {verdict.Reason}");
            return;
        }
        Assert.True(verdict.Verdict == (entry.Kind == EntryKind.Probe ? FormalVerdictKind.Refuted : FormalVerdictKind.Proven), $"{id}: {verdict.Verdict.Text()}\n{detail}");
        if (entry.Kind == EntryKind.Probe)
            Assert.Contains(verdict.Results, r => r.Verdict == QueryVerdict.Refuted && r.Model!.Contains("define-fun") && r.ModelChecked);
    }

    [Fact]
    public void EveryTheoremOfL1ToT53IsExpressibleAndEveryEntryIsAccountedFor()
    {
        var ids = TheoremCatalogue.All.Select(e => e.Id).ToHashSet();
        var formal = FormalCatalogue.Statements.Select(s => s.Id).Concat(FormalCatalogue.NotExpressible.Select(n => n.Id)).ToHashSet();
        Assert.Equal(ids.Order(), formal.Order());
        foreach (var e in TheoremCatalogue.All.Where(e => e.Kind == EntryKind.Theorem && e.Id != "T5.2"))
            Assert.NotEmpty(FormalCatalogue.Of(e.Id));
    }

    [Fact]
    public void AWrongClosedFormIsRefutedWithAnExactModel()
    {
        // A copy of T1.2's statement with the crossing strength's sign flipped (the library's formula is untouched): beyond
        // −Λ* the sign of A(g + λd_c) − A(g) is not fixed, and the solver says so with exact values.
        var s = new SmtScript();
        var path = new RlaifPathTerms(s, 2, normalForm: true);
        var lambda = s.Real("lambda");
        s.Assert(path.GapPositive).Assert(Term.Gt(lambda, -path.Crossing)).Assert(Term.Not(Alignment.Greater(path.At("x", lambda), path.Start)));
        var answer = Solver().Check(s, PerQuery);
        Assert.Equal(SmtStatus.Sat, answer.Status);
        Assert.Contains("(define-fun lambda ()", answer.Model);

        // And with the sign right, the same query is unsatisfiable.
        var right = new SmtScript();
        var p = new RlaifPathTerms(right, 2, normalForm: true);
        var l = right.Real("lambda");
        right.Assert(p.GapPositive).Assert(Term.Gt(l, p.Crossing)).Assert(Term.Not(Alignment.Greater(p.At("x", l), p.Start)));
        Assert.Equal(SmtStatus.Unsat, Solver().Check(right, PerQuery).Status);
    }

    [Fact]
    public void AWeakerReachableBoundIsRefutedByTheAttainmentQueries()
    {
        // T2.5 with a true but weaker closed form, sup = ρ whatever K's sign: every A(d_c) is still below it, so the bound's
        // query stays unsatisfiable; the boundary query (K ≤ 0: A(t₊) = sup) is satisfiable with a model that checks exactly.
        // And with sup = σ whatever K's sign, the attainment query (K > 0: span(u*) reaches sup) is.
        var shape = FormalShape.Diagonal(2, 0);
        SmtScript Boundary(Func<ReachableTerms, Term> bound)
        {
            var s = new SmtScript();
            var x = SymbolicModel.For(s, shape);
            var r = new ReachableTerms(x);
            var t = r.Boundary(towardsValue: true);
            var a = x.AlignmentOf("t", t);
            s.Assert(Term.Le(r.K, Term.Zero)).Assert(Term.Gt(r.Sigma, Term.Zero))
             .Assert(Term.Or(Term.Not(Term.Eq(Dot(t, x.M), Term.Zero)), Term.Not(a.Defined), Term.Not(Term.Eq(a.Numerator, bound(r) * a.Norm))));
            return s;
        }
        SmtScript Attained(Func<ReachableTerms, Term> bound)
        {
            var s = new SmtScript();
            var x = SymbolicModel.For(s, shape);
            var r = new ReachableTerms(x);
            var a = x.AlignmentOf("dc", Scale(r.K, r.CeilingDirection));
            s.Assert(Term.Gt(r.K, Term.Zero)).Assert(Term.Or(Term.Not(a.Defined), Term.Not(Term.Eq(a.Numerator, bound(r) * a.Norm))));
            return s;
        }
        foreach (var (script, expected) in new[]
                 {
                     (Boundary(r => r.Bound(1)), SmtStatus.Unsat), (Boundary(r => r.Rho), SmtStatus.Sat),
                     (Attained(r => r.Bound(1)), SmtStatus.Unsat), (Attained(r => r.Sigma), SmtStatus.Sat),
                 })
        {
            var answer = Solver().Check(script, PerQuery);
            Assert.Equal(expected, answer.Status);
            if (expected == SmtStatus.Sat) Assert.True(ExactModelCheck.Check(script.Text, answer.Model).Satisfied, answer.Model);
        }
    }

    [Fact]
    public void T42sRankBoundsAreTightThroughTheirMinors()
    {
        // T4.2's rank queries say rank(λP_cL) ≤ k through "every (k+1)-minor vanishes". With k one lower (k = rank L − 1, or
        // rank P_c − 1), the same hypotheses admit a model with a non-zero k-minor that checks exactly; with k right, none.
        SmtScript Update(int rank, int l, int minor)
        {
            var s = new SmtScript();
            var q = s.OrthonormalColumns("q", 3, rank);
            var lambda = s.Real("lambda");
            var a = Enumerable.Range(0, l).Select(j => s.Reals($"a{j}_", 3)).ToArray();
            var b = Enumerable.Range(0, l).Select(j => s.Reals($"b{j}_", 3)).ToArray();
            var columns = Enumerable.Range(0, 3).Select(k => Scale(lambda, Polynomials.Project(q,
                Enumerable.Range(0, 3).Select(i => Term.Sum(Enumerable.Range(0, l).Select(j => a[j][i] * b[j][k]))).ToArray()))).ToArray();
            return s.Assert(Term.Or(Minors(columns, minor).Select(m => Term.Not(Term.Eq(m, Term.Zero))).ToArray()));
        }
        foreach (var (rank, l) in new[] { (2, 1), (3, 2), (1, 3) })
        {
            int bound = Math.Min(rank, l);
            Assert.Equal(SmtStatus.Unsat, Solver().Check(Update(rank, l, bound + 1), PerQuery).Status);
            var planted = Update(rank, l, bound);
            var answer = Solver().Check(planted, PerQuery);
            Assert.Equal(SmtStatus.Sat, answer.Status);
            Assert.True(ExactModelCheck.Check(planted.Text, answer.Model).Satisfied, answer.Model);
        }
    }

    [Fact]
    public void T53sOtherDirectionNeedsTheSphere()
    {
        // Two objectives and m in R²: 0 ∈ conv{n₁, n₂, m} leaves no constitution improving both (proven), but a direction that
        // is not a constitution's d_c (no ⟨d_c, m − d_c⟩ = 0, so ⟨d_c, m⟩ may be negative) can, and the solver finds one.
        SmtScript Query(bool sphere)
        {
            var s = new SmtScript();
            var n = Enumerable.Range(1, 3).Select(i => s.Reals($"n{i}_", 2)).ToArray();
            var l = Enumerable.Range(1, 3).Select(i => s.Real($"lambda{i}")).ToArray();
            foreach (var x in l) s.Assert(Term.Ge(x, Term.Zero));
            s.Assert(Term.Eq(l[0] + l[1] + l[2], Term.One));
            for (int j = 0; j < 2; j++) s.Assert(Term.Eq(l[0] * n[0][j] + l[1] * n[1][j] + l[2] * n[2][j], Term.Zero));
            var dc = s.Reals("dc", 2);
            s.Assert(Term.Gt(SquaredNorm(dc), Term.Zero));
            if (sphere) s.Assert(Term.Eq(Dot(dc, Subtract(n[2], dc)), Term.Zero));
            return s.Assert(Term.And(Term.Gt(Dot(dc, n[0]), Term.Zero), Term.Gt(Dot(dc, n[1]), Term.Zero)));
        }
        Assert.Equal(SmtStatus.Unsat, Solver().Check(Query(sphere: true), PerQuery).Status);
        var planted = Query(sphere: false);
        var answer = Solver().Check(planted, PerQuery);
        Assert.Equal(SmtStatus.Sat, answer.Status);
        Assert.True(ExactModelCheck.Check(planted.Text, answer.Model).Satisfied, answer.Model);
    }

    [Fact]
    public void TheSharedLibraryAnswersAsTheExecutableDoes()
    {
        // A fresh machine of this kind has libz3.so.4 but not the z3 executable: the same scripts go through the library.
        var library = new Z3Library();
        Assert.Null(library.Unavailable());
        // Statements both answer in under a second; T3.3's second statement takes 13 s each way, past the per-query limit
        // on a loaded CI machine, so only its first is compared.
        var quick = FormalCatalogue.Statements.Where(s => s.Id is "L1" or "T1.2" or "P1.1")
            .Append(FormalCatalogue.Statements.First(s => s.Id == "T3.3"));
        foreach (var statement in quick)
        {
            var script = statement.Build(statement.Shapes[0]);
            Assert.Equal(Solver().Check(script, PerQuery).Status, library.Check(script, PerQuery).Status);
        }
        var timedOut = library.Check(FormalCatalogue.Of("T2.5").First(s => s.SharedClaim is null).Build(FormalCatalogue.Of("T2.5").First(s => s.SharedClaim is null).Shapes[0]), TimeSpan.FromSeconds(1));
        Assert.Equal(SmtStatus.Unknown, timedOut.Status);
        Assert.True(timedOut.Seconds < 4, $"took {timedOut.Seconds:F1} s for a 1 s budget");
    }

    [Fact]
    public void AMissingExecutableFallsBackToTheSharedLibrary()
    {
        var solver = Z3.Find("no-such-z3-here");
        Assert.Equal("libz3.so.4", solver.Name);
        Assert.Null(solver.Unavailable());
    }
}
