using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Formal.Exact;
using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Properties.Formal.Encodings;

/// <summary>
/// The SMT encodings' algebra, evaluated exactly: a term built from numerals is asserted equal to its value worked by hand and
/// the exact model checker (<see cref="ExactModelCheck"/>) evaluates the assertion with no solver. Determinants, adjugates
/// (A·adj A = det A·I), every k×k minor, projections, products, Gram matrices and the bilinear form; numerals, sums and
/// connectives as SMT-LIB text; a script's declarations and its own assertions.
/// </summary>
public sealed class PolynomialsTests
{
    private static Term[] Row(params long[] x) => x.Select(Term.Of).ToArray();

    /// <summary>Whether every equation <c>term = value</c> holds exactly.</summary>
    private static void Holds(params (Term Term, long Value)[] equations)
    {
        var script = new SmtScript();
        foreach (var (term, value) in equations) script.Assert(Term.Eq(term, Term.Of(value)));
        var check = ExactModelCheck.Check(script.Text, "");
        Assert.True(check.Satisfied, check.Problem);
    }

    [Fact]
    public void DeterminantsAndAdjugatesAreExact()
    {
        Term[][] a = [Row(2, -1, 0), Row(1, 3, 4), Row(0, 5, -2)];
        // det = 2(−6 − 20) + 1(−2 − 0) + 0 = −54.
        Holds((Polynomials.Determinant(a), -54), (Polynomials.Determinant([Row(7)]), 7), (Polynomials.Determinant([Row(1, 2), Row(3, 4)]), -2));
        Term[][] four = [Row(1, 0, 2, -1), Row(3, 0, 0, 5), Row(2, 1, 4, -3), Row(1, 0, 5, 0)];
        Holds((Polynomials.Determinant(four), 30));
        foreach (var m in new[] { a, four, [Row(1, 2), Row(3, 4)], [Row(5)] })
        {
            var adj = Polynomials.Adjugate(m);
            long det = m.Length switch { 1 => 5, 2 => -2, 3 => -54, _ => 30 };
            var product = m.Select(r => Enumerable.Range(0, m.Length).Select(j => Polynomials.Dot(r, adj.Select(row => row[j]).ToArray())).ToArray()).ToArray();
            Holds(product.SelectMany((r, i) => r.Select((t, j) => (t, i == j ? det : 0L))).ToArray());
        }
    }

    [Fact]
    public void EveryMinorOfAGivenOrderIsListed()
    {
        Term[][] a = [Row(1, 2, 3), Row(4, 5, 6)];
        var twoByTwo = Polynomials.Minors(a, 2).ToList();
        // Columns {0,1}, {0,2}, {1,2}: −3, −6, −3.
        Holds(twoByTwo.Zip(new long[] { -3, -6, -3 }).ToArray());
        Assert.Equal(3, twoByTwo.Count);
        var ones = Polynomials.Minors(a, 1).ToList();
        Assert.Equal(6, ones.Count);
        Holds(ones.Zip(new long[] { 1, 4, 2, 5, 3, 6 }).ToArray());
        Assert.Single(Polynomials.Minors([Row(1, 2, 3), Row(4, 5, 6), Row(7, 8, 10)], 3));
    }

    [Fact]
    public void VectorAlgebraIsExact()
    {
        Term[] x = Row(1, -2, 3), y = Row(4, 0, -1);
        Holds((Polynomials.Dot(x, y), 1), (Polynomials.SquaredNorm(x), 14));
        Holds(Polynomials.Add(x, y).Zip(new long[] { 5, -2, 2 }).ToArray());
        Holds(Polynomials.Subtract(x, y).Zip(new long[] { -3, -2, 4 }).ToArray());
        Holds(Polynomials.Scale(Term.Of(-3), x).Zip(new long[] { -3, 6, -9 }).ToArray());
        Term[][] rows = [Row(1, 2, 0), Row(0, 1, -1)];
        Holds(Polynomials.Times(rows, x).Zip(new long[] { -3, -5 }).ToArray());
        Holds(Polynomials.TransposeTimes(rows, Row(2, 3)).Zip(new long[] { 2, 7, -3 }).ToArray());
        Holds(Polynomials.RowGram(rows).SelectMany(r => r).Zip(new long[] { 5, 2, 2, 2 }).ToArray());
        Holds((Polynomials.Bilinear(Row(1, 2), [Row(1, 2), Row(3, 4)], Row(-1, 1)), 3));
        // Projection onto the orthonormal columns e₁, e₃ keeps x's first and third entries.
        Holds(Polynomials.Project([Row(1, 0, 0), Row(0, 0, 1)], x).Zip(new long[] { 1, 0, 3 }).ToArray());
        var differ = new SmtScript().Assert(Polynomials.Differ(x, Row(1, -2, 4))).Assert(Term.Not(Polynomials.Differ(x, Row(1, -2, 3))));
        Assert.True(ExactModelCheck.Check(differ.Text, "").Satisfied);
    }

    [Fact]
    public void TermsAreSmtLibText()
    {
        Assert.Equal("(- 5)", Term.Of(-5).Text);
        Assert.Equal("12", Term.Of(12).ToString());
        Assert.Equal("0", Term.Sum([]).Text);
        Assert.Equal("x", Term.Sum([new Term("x")]).Text);
        Assert.Equal("(+ x y)", Term.Sum([Term.Zero, new Term("x"), new Term("y")]).Text);
        Assert.Equal("true", Term.And().Text);
        Assert.Equal("x", Term.And(new Term("x")).Text);
        Assert.Equal("(and x y)", Term.And(new Term("x"), new Term("y")).Text);
        Assert.Equal("x", Term.Or(new Term("x")).Text);
        Assert.Equal("(or x y)", Term.Or(new Term("x"), new Term("y")).Text);
        var (a, b) = (new Term("a"), new Term("b"));
        Assert.Equal(["(+ a b)", "(- a b)", "(- a)", "(* a b)", "(* 3 b)", "(* a a)"], new[] { a + b, a - b, -a, a * b, 3 * b, a.Squared }.Select(t => t.Text));
        Assert.Equal(["(= a b)", "(<= a b)", "(< a b)", "(>= a b)", "(> a b)", "(not a)", "(ite a b a)"],
            new[] { Term.Eq(a, b), Term.Le(a, b), Term.Lt(a, b), Term.Ge(a, b), Term.Gt(a, b), Term.Not(a), Term.Ite(a, b, a) }.Select(t => t.Text));
        Holds((Term.Ite(Term.Lt(Term.Of(1), Term.Of(2)), Term.Of(7), Term.Of(9)), 7), (Term.Ite(Term.Gt(Term.Of(1), Term.Of(2)), Term.Of(7), Term.Of(9)), 9));
    }

    [Fact]
    public void AScriptDeclaresOnceAndAssertsWhatItsHelpersSay()
    {
        var script = new SmtScript();
        var x = script.Reals("x", 2);
        Assert.Equal(["x0", "x1"], x.Select(t => t.Text));
        var twice = Assert.Throws<ArgumentException>(() => script.Real("x1"));
        Assert.Equal("name", twice.ParamName);
        Assert.StartsWith("x1 is declared twice", twice.Message);
        var n = script.Norm("n", Polynomials.SquaredNorm(x));
        var q = script.OrthonormalColumns("q", 2, 2);
        script.Assert(Term.Eq(x[0], Term.Of(3)), "x₀ = 3").Assert(Term.Eq(x[1], Term.Of(4)));
        string text = script.Text;
        Assert.StartsWith("(set-logic QF_NRA)\n(set-option :produce-models true)\n(declare-const x0 Real)\n(declare-const x1 Real)\n", text);
        Assert.EndsWith("(check-sat)\n(get-model)\n", text);
        Assert.Contains("; x₀ = 3\n(assert (= x0 3))", text);
        Assert.Contains("; n = sqrt of its square\n(assert (and (>= n 0) (= (* n n) (+ (* x0 x0) (* x1 x1)))))", text);
        Assert.Contains("; QᵀQ = I (0, 1)\n(assert (= (+ (* q0_0 q1_0) (* q0_1 q1_1)) 0))", text);
        Assert.Equal(text, script.ToString());
        Assert.Equal(["q0_0", "q0_1", "q1_0", "q1_1"], q.SelectMany(c => c).Select(t => t.Text));
        // n = 5 and an orthonormal pair satisfy every assertion; n = −5 or a non-unit column does not.
        string Model(string nValue, string q00) => $"((define-fun x0 () Real 3.0) (define-fun x1 () Real 4.0) (define-fun n () Real {nValue}) " +
            $"(define-fun q0_0 () Real {q00}) (define-fun q0_1 () Real 0.0) (define-fun q1_0 () Real 0.0) (define-fun q1_1 () Real 1.0))";
        Assert.True(ExactModelCheck.Check(text, Model("5.0", "1.0")).Satisfied);
        Assert.False(ExactModelCheck.Check(text, Model("(- 5.0)", "1.0")).Satisfied);
        Assert.False(ExactModelCheck.Check(text, Model("5.0", "2.0")).Satisfied);
        Assert.Equal("n", n.Text);
    }
}
