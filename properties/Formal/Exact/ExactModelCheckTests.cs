using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Formal.Exact;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Properties.Formal.Exact;

/// <summary>
/// A solver's "sat" is checked, not trusted: its model is evaluated exactly against the script, in the field of square roots
/// where z3's norms live. A fake solver's empty or wrong model decides nothing; real models of every PROBE check.
/// </summary>
public sealed class ExactModelCheckTests
{
    /// <summary>Answers every script with a fixed printed answer.</summary>
    private sealed class FixedSolver(string output) : ISmtSolver
    {
        public string Name => "fixed";
        public string? Unavailable() => null;
        public SmtAnswer Check(string text, TimeSpan timeout) => new(SmtStatus.Sat, output, 0);
    }

    private const string Norm = "(declare-const n Real)\n(declare-const y Real)\n" +
                                "(assert (and (>= n 0) (= (* n n) (+ (* y y) 1))))\n(assert (> n (/ 7 5)))\n";

    [Fact]
    public void SquareRootsMultiplyAndCompareExactly()
    {
        var two = Surd.SquareRoot(new Rational(2, 1));
        Assert.Equal(new Rational(2, 1), (two * two).AsRational);
        Assert.Equal(Surd.SquareRoot(new Rational(6, 1)).ToString(), (two * Surd.SquareRoot(new Rational(3, 1))).ToString());
        var onePlus = Surd.Of(Rational.One) + two;
        Assert.Equal((Surd.Of(new Rational(3, 1)) + Surd.Of(new Rational(2, 1)) * two).ToString(), (onePlus * onePlus).ToString());
        Assert.Equal(1, (two - Surd.Of(new Rational(14142135623, 10_000_000_000))).Sign());
        Assert.Equal(-1, (two - Surd.Of(new Rational(14142135624, 10_000_000_000))).Sign());
        Assert.Equal(0, (Surd.SquareRoot(new Rational(8, 9)) - Surd.Of(new Rational(2, 3)) * two).Sign());
    }

    [Theory]
    [InlineData("((define-fun n () Real (root-obj (+ (^ x 2) (- 2)) 2)) (define-fun y () Real 1.0))", true)]
    [InlineData("((define-fun n () Real (root-obj (+ (^ x 2) (- 2)) 1)) (define-fun y () Real 1.0))", false)] // −√2
    [InlineData("((define-fun n () Real (/ 3.0 2.0)) (define-fun y () Real (root-obj (+ (* 4 (^ x 2)) (- 5)) 2)))", true)]
    [InlineData("((define-fun n () Real (/ 3.0 2.0)) (define-fun y () Real (/ 1.0 2.0)))", false)] // n² ≠ y² + 1
    [InlineData("((define-fun n () Real (root-obj (+ (^ x 2) (- 2)) 2)))", false)] // y omitted: 0, so n must be 1, not √2
    [InlineData("((define-fun n () Real 1.0))", false)] // n = 1 satisfies the norm but not n > 7/5
    [InlineData("", false)]
    [InlineData("((define-fun n () Real (root-obj (+ (^ x 3) (- 2)) 1)) (define-fun y () Real 1.0))", false)] // cubic: not read
    [InlineData("((define-fun z () Real 1.0))", false)] // a name the script never declared
    public void AModelStandsOnlyWhenEveryAssertionHoldsExactly(string model, bool satisfied)
    {
        var check = ExactModelCheck.Check(Norm, model);
        Assert.True(check.Satisfied == satisfied, check.Problem);
        Assert.Equal(satisfied, check.Problem is null);
    }

    [Fact]
    public void AnEmptyOrWrongModelFromTheSolverDecidesNothing()
    {
        // P1.1 "refuted" by a solver that prints sat and nothing else, or sat with values that break the hypotheses.
        foreach (var output in new[] { "", "((define-fun lambda () Real (- 1.0)))" })
        {
            var verdict = new Prover(new FixedSolver(output), TimeSpan.FromSeconds(1)).Prove("P1.1", firstShapeOnly: true);
            Assert.Equal(FormalVerdictKind.Unknown, verdict.Verdict);
            Assert.All(verdict.Results, r => Assert.Contains("does not check", r.Reason));
        }
        // A THEOREM "falsified" by such a model is not contradicted either: the check runs before any verdict.
        var theorem = new Prover(new FixedSolver(""), TimeSpan.FromSeconds(1)).Prove("T1.2", firstShapeOnly: true);
        Assert.True(theorem.Consistent);
        Assert.Equal(FormalVerdictKind.Unknown, theorem.Verdict);
    }

    [Fact]
    public void EveryProbesRealModelChecksAndATamperedOneDoesNot()
    {
        var solver = Z3.Find();
        Assert.True(solver.Unavailable() is null, solver.Unavailable());
        int models = 0;
        foreach (var statement in FormalCatalogue.Statements.Where(s => s.IsProbe))
        {
            string script = statement.Build(statement.Shapes[0]).Text;
            var answer = solver.Check(script, TimeSpan.FromSeconds(300));
            Assert.Equal(SmtStatus.Sat, answer.Status);
            var check = ExactModelCheck.Check(script, answer.Model);
            Assert.True(check.Satisfied, $"{statement.Id} {statement.Part}: {check.Problem}\n{answer.Model}");
            // Every value moved by 1: the model no longer satisfies the script, and the checker says which assertion fails.
            var definitions = SExpression.ParseAll(answer.Model!).Single().Items;
            string moved = "(" + string.Join("\n", definitions.Select(d => $"(define-fun {d.Items[1]} () Real (+ 1 {d.Items[4]}))")) + ")";
            var broken = ExactModelCheck.Check(script, moved);
            Assert.False(broken.Satisfied, $"{statement.Id}: a model with every value moved by 1 still checks:\n{moved}");
            Assert.Contains("is false at the solver's model", broken.Problem);
            models++;
        }
        Assert.True(models >= 5, $"only {models} probe models");
    }
}
