using RlaifTheorems.Formal.Exact;

namespace RlaifTheorems.Properties.Formal.Exact;

/// <summary>
/// The model checker's language, one construct at a time, on scripts whose truth is worked by hand: three-valued connectives
/// (an undecidable comparison is neither true nor false), chained comparisons, ite in terms and formulas, division by non-zero
/// rationals, numerals with and without decimals, powers of x up to 8 in root-obj, roots of degree 1 and 2 (either one, double
/// roots), the "(model …)" wrapper, omitted constants as 0; and every refusal, each naming what it refuses.
/// </summary>
public sealed class ExactModelCheckLanguageTests
{
    private static ModelCheck Check(string assertions, string model = "", string declarations = "(declare-const x Real)\n(declare-const y Real)\n") =>
        ExactModelCheck.Check(declarations + assertions + "\n(check-sat)\n", model);

    private static void True(string assertions, string model = "") { var c = Check(assertions, model); Assert.True(c.Satisfied, c.Problem); }

    private static string Refused(string assertions, string model = "", string? declarations = null)
    {
        var c = declarations is null ? Check(assertions, model) : Check(assertions, model, declarations);
        Assert.False(c.Satisfied);
        return c.Problem!;
    }

    private const string Root2 = "((define-fun x () Real (root-obj (+ (^ x 2) (- 2)) 2)) (define-fun y () Real 3.0))";

    [Fact]
    public void ConnectivesAreThreeValued()
    {
        True("(assert (and (= y 3) (not (= y 2)) (or (= y 1) (= y 3))))", "((define-fun y () Real 3))");
        True("(assert (=> (= y 2) (= y 7)))", "((define-fun y () Real 3))");
        True("(assert (=> (= y 3) (= y 3)))", "((define-fun y () Real 3))");
        Assert.StartsWith("assertion 1 is false at the solver's model: (=> (= y 3) (= y 2))", Refused("(assert (=> (= y 3) (= y 2)))", "((define-fun y () Real 3))"));
        True("(assert (ite (> y 2) (= y 3) false))", "((define-fun y () Real 3))");
        True("(assert (ite (< y 2) false (= y 3)))", "((define-fun y () Real 3))");
        True("(assert (= (ite (> y 2) 10 20) 10))\n(assert (= (ite (< y 2) 10 20) 20))", "((define-fun y () Real 3))");
        True("(assert true)\n(assert (not false))");
        Assert.StartsWith("assertion 2 is false", Refused("(assert true)\n(assert (and true false))"));
        Assert.StartsWith("assertion 1 is false", Refused("(assert (or false false))"));
    }

    /// <summary>x = √(P²Q) and y = √Q with primes P = 100,003 and Q = 100,019 past trial division's reach: x·y = Q·√(P²) with an
    /// unreduced radicand, so x·y − PQ is 0 while its terms are not, and its sign is never decided (see Surd). A comparison on
    /// it is neither true nor false: "and" with a false side is false, "or" and "=>" with a true side are true, and otherwise the
    /// assertion is named as undecided, never as holding.</summary>
    private const string Unreduced = "((define-fun x () Real (root-obj (+ (^ x 2) (- 1000250012300171)) 2)) (define-fun y () Real (root-obj (+ (^ x 2) (- 100019)) 2)))";

    [Fact]
    public void AComparisonThatCannotBeDecidedIsNeitherTrueNorFalse()
    {
        const string undecided = "(= (* x y) 10002200057)";
        Assert.StartsWith("assertion 1 could not be decided exactly at the solver's model: (= (* x y) 10002200057)", Refused($"(assert {undecided})", Unreduced));
        Assert.StartsWith("assertion 1 could not be decided", Refused($"(assert (not {undecided}))", Unreduced));
        Assert.StartsWith("assertion 1 is false", Refused($"(assert (and {undecided} (< y 0)))", Unreduced));
        Assert.StartsWith("assertion 1 could not be decided", Refused($"(assert (and {undecided} (> y 0)))", Unreduced));
        True($"(assert (or {undecided} (> y 0)))", Unreduced);
        Assert.StartsWith("assertion 1 could not be decided", Refused($"(assert (or {undecided} (< y 0)))", Unreduced));
        True($"(assert (=> {undecided} (> y 0)))", Unreduced);
        True($"(assert (=> (< y 0) {undecided}))", Unreduced);
        Assert.StartsWith("assertion 1 could not be decided", Refused($"(assert (=> {undecided} (< y 0)))", Unreduced));
        Assert.StartsWith("assertion 1 could not be decided", Refused($"(assert (=> (> y 0) {undecided}))", Unreduced));
        Assert.StartsWith("assertion 1 could not be decided", Refused($"(assert (ite {undecided} true true))", Unreduced));
        Assert.StartsWith("assertion 1 could not be decided", Refused("(assert (< 0 (- (* x y) 10002200057) 1))", Unreduced));
        Assert.Equal($"assertion 1: an undecided condition in (ite {undecided} 1 2)", Refused($"(assert (= (ite {undecided} 1 2) 1))", Unreduced));
        // A decided false pair after an undecided one still makes the chain false.
        Assert.StartsWith("assertion 1 is false", Refused($"(assert (<= (* x y) 10002200057 0))", Unreduced));
    }

    [Fact]
    public void ChainedComparisonsHoldPairwise()
    {
        True("(assert (or (> x 0) (= y 7)))", Root2);
        Assert.StartsWith("assertion 1 is false", Refused("(assert (and (< x 0) (= y 3)))", Root2));
        True("(assert (< 1 x 2 y 4))", Root2);
        Assert.StartsWith("assertion 1 is false", Refused("(assert (< 1 x 1.4))", Root2));
        True("(assert (<= 1 1 x))\n(assert (>= y y 3 x))\n(assert (= (* x x) 2 (- y 1)))", Root2);
        Assert.StartsWith("assertion 1 is false", Refused("(assert (> y 3))", Root2));
        Assert.StartsWith("assertion 1 is false", Refused("(assert (< y 3))", Root2));
        Assert.StartsWith("assertion 1 is false", Refused("(assert (>= x y))", Root2));
        Assert.StartsWith("assertion 1 is false", Refused("(assert (<= y x))", Root2));
        Assert.StartsWith("assertion 1 is false", Refused("(assert (= y x))", Root2));
    }

    [Fact]
    public void TermsEvaluateExactly()
    {
        True("(assert (= (/ y 4) 0.75))\n(assert (= (- y) (- 0 3)))\n(assert (= (- y 1 1) 1))\n(assert (= (+ y y y) 9.0))\n(assert (= (* 2 y y) 18))",
            "((define-fun y () Real 3.))");
        True("(assert (= x 0))\n(assert (= y 0))");
        True("(assert (= y 2.5))", "(model (define-fun y () Real (/ 5 2)))");
        Assert.Equal("assertion 1: a division the checker does not evaluate: (/ y x)", Refused("(assert (= (/ y x) 1))", Root2));
        Assert.Equal("assertion 1: a division the checker does not evaluate: (/ y 0)", Refused("(assert (= (/ y 0) 1))", Root2));
        Assert.Equal("assertion 1: z is not declared", Refused("(assert (= z 1))"));
        Assert.Equal("assertion 1: the operator exp is outside the scripts' arithmetic", Refused("(assert (= (exp y) 1))"));
        Assert.Equal("assertion 1: the operator xor is outside the scripts' language", Refused("(assert (xor true false))"));
        Assert.Equal("assertion 1: maybe is not a Boolean", Refused("(assert maybe)"));
        Assert.StartsWith("assertion 1: (root-obj (+ (^ x 3) (- 2)) 1) is not a root of degree ≤ 2 the checker reads", Refused("(assert (= (root-obj (+ (^ x 3) (- 2)) 1) 1))"));
    }

    [Theory]
    [InlineData("(root-obj (+ (* 2 x) (- 3)) 1)", "(= y 1.5)")]                      // degree 1
    [InlineData("(root-obj (+ (^ x 2) (- 2)) 1)", "(and (< y 0) (= (* y y) 2))")]     // −√2
    [InlineData("(root-obj (- 2 (^ x 2)) 1)", "(and (< y 0) (= (* y y) 2))")]         // the same roots with c₂ < 0
    [InlineData("(root-obj (- 2 (^ x 2)) 2)", "(and (> y 0) (= (* y y) 2))")]
    [InlineData("(root-obj (+ (^ x 2) (* (- 2) x) 1) 1)", "(= y 1)")]               // double root
    [InlineData("(root-obj (* (- x 1) (- x 3)) 2)", "(= y 3)")]
    [InlineData("(root-obj (+ (* x x x x) (* (- 1) (^ x 4)) (^ x 2) (- 4)) 2)", "(= y 2)")] // degree 4 terms cancel to x² − 4
    [InlineData("(root-obj (+ (^ x 0) (- (^ x 2) 5)) 2)", "(= (* y y) 4)")]          // x⁰ = 1
    [InlineData("(root-obj (+ (* 2 (^ x 2)) (* (- 4) x) 2) 1)", "(= y 1)")]         // double root of 2(x − 1)²: −c₁/(2c₂)
    [InlineData("(root-obj (- (* x) 3) 1)", "(= y 3)")]                               // a product of one factor
    [InlineData("(root-obj (- (^ x 1) 3) 1)", "(= y 3)")]                             // a first power
    [InlineData("(root-obj (+ (^ x 8) (- (^ x 8)) (* 3 (^ x 2)) (- 12)) 2)", "(= y 2)")] // x⁸ is read
    public void RootsOfDegreeOneAndTwoAreRead(string root, string claim) =>
        True($"(assert {claim})", $"((define-fun y () Real {root}))");

    [Theory]
    [InlineData("(root-obj (+ (* 2 x) (- 3)) 2)")]          // a line has one root
    [InlineData("(root-obj (+ (^ x 2) 1) 1)")]              // no real root
    [InlineData("(root-obj (+ (^ x 2) (* (- 2) x) 1) 2)")]  // a double root is the first only
    [InlineData("(root-obj (+ (^ x 2) (- 2)) 3)")]          // a quadratic has two
    [InlineData("(root-obj (- (^ x 9) 2) 1)")]              // exponent past 8
    [InlineData("(root-obj (- (^ x 2.5) 2) 1)")]            // a fractional exponent
    [InlineData("(root-obj (- (^ x (- 2)) 2) 1)")]          // a negative exponent
    [InlineData("(root-obj (- (^ x 2 2) 2) 1)")]            // a power of three arguments
    [InlineData("(root-obj (- (^ x x) 2) 1)")]              // a power of a variable
    [InlineData("(root-obj (- (exp x) 2) 1)")]              // an operator polynomials do not have
    [InlineData("(root-obj (- (^ z 2) 2) 1)")]              // a variable other than x
    [InlineData("(root-obj (- (^ x 2) 2) k)")]              // no index
    [InlineData("(root-obj (- (^ x 2) 2))")]                // too short
    [InlineData("(root-obj 7 1)")]                          // a constant
    public void OtherNumbersAreNotRead(string value) =>
        Assert.StartsWith("y's value ", Refused("(assert (= y 1))", $"((define-fun y () Real {value}))"));

    [Fact]
    public void EachRefusalNamesWhatItRefuses()
    {
        Assert.Equal(new ModelCheck(false, "the solver printed no model"), ExactModelCheck.Check("(assert true)", null));
        Assert.StartsWith("unreadable: an unclosed '('", Refused("(assert (= y 1)", ""));
        Assert.StartsWith("unreadable: an unmatched ')'", Refused("(assert true)", "((define-fun y () Real 1)))"));
        Assert.Equal("a declaration the checker does not read: (declare-fun f (Real) Real)", Refused("(assert true)", "", "(declare-fun f (Real) Real)\n"));
        Assert.Equal("(declare-const b Bool) is not a real constant", Refused("(assert true)", "", "(declare-const b Bool)\n"));
        Assert.Equal("(declare-const b) is not a real constant", Refused("(assert true)", "", "(declare-const b)\n"));
        Assert.Equal("a model entry the checker does not read: (define-fun y (x) Real 1)", Refused("(assert true)", "((define-fun y (x) Real 1))"));
        Assert.Equal("a model entry the checker does not read: (define-fun y () Int 1)", Refused("(assert true)", "((define-fun y () Int 1))"));
        Assert.Equal("a model entry the checker does not read: (define-fun y () Real)", Refused("(assert true)", "((define-fun y () Real))"));
        Assert.Equal("a model entry the checker does not read: (define-const y () Real 1)", Refused("(assert true)", "((define-const y () Real 1))"));
        Assert.Equal("a model entry the checker does not read: (define-fun y Real () 1)", Refused("(assert true)", "((define-fun y Real () 1))"));
        Assert.Equal("the model defines z, which the script never declares", Refused("(assert true)", "((define-fun z () Real 1))"));
        Assert.Equal("y's value abc is not an exact number the checker reads (rationals and roots of degree ≤ 2)", Refused("(assert true)", "((define-fun y () Real abc))"));
        Assert.Equal("y's value -1 is not an exact number the checker reads (rationals and roots of degree ≤ 2)", Refused("(assert true)", "((define-fun y () Real -1))"));
        Assert.Equal("y's value .5 is not an exact number the checker reads (rationals and roots of degree ≤ 2)", Refused("(assert true)", "((define-fun y () Real .5))"));
        Assert.Equal("y's value 1.2.3 is not an exact number the checker reads (rationals and roots of degree ≤ 2)", Refused("(assert true)", "((define-fun y () Real 1.2.3))"));
        // A long assertion is shortened to 157 characters and an ellipsis; one of 160 is printed whole.
        string sum = "(+ " + string.Join(" ", Enumerable.Repeat("y", 80)) + ")";
        string problem = Refused($"(assert (= {sum} 1))", "((define-fun y () Real 1))");
        Assert.Equal("assertion 1 is false at the solver's model: " + $"(= {sum} 1)"[..157] + "…", problem);
        string exactly160 = "(= (+ " + string.Join(" ", Enumerable.Repeat("y", 73)) + ") 123456)";
        Assert.Equal(160, exactly160.Length);
        Assert.Equal("assertion 1 is false at the solver's model: " + exactly160, Refused($"(assert {exactly160})", "((define-fun y () Real 1))"));
        Assert.StartsWith("assertion 3 is false", Refused("(assert true)\n(assert true)\n(assert false)"));
    }
}
