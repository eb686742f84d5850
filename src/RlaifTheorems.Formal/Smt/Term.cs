using System.Globalization;

namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// A term of SMT-LIB2's real arithmetic (QF_NRA), as its text: arithmetic with the usual C# operators, relations and
/// connectives as methods. Only polynomials are built: no division and no roots, so every statement stays in nlsat's theory.
/// </summary>
public readonly record struct Term(string Text)
{
    /// <summary>A numeral: an integer, or p/q as (/ p q).</summary>
    public static Term Of(long value) => new(value < 0 ? $"(- {-value})" : value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The constant 0.</summary>
    public static Term Zero { get; } = Of(0);
    /// <summary>The constant 1.</summary>
    public static Term One { get; } = Of(1);
    /// <summary>true.</summary>
    public static Term True { get; } = new("true");

    public static Term operator +(Term a, Term b) => new($"(+ {a.Text} {b.Text})");
    public static Term operator -(Term a, Term b) => new($"(- {a.Text} {b.Text})");
    public static Term operator -(Term a) => new($"(- {a.Text})");
    public static Term operator *(Term a, Term b) => new($"(* {a.Text} {b.Text})");
    public static Term operator *(long k, Term b) => Of(k) * b;

    /// <summary>a².</summary>
    public Term Squared => this * this;

    public static Term Eq(Term a, Term b) => new($"(= {a.Text} {b.Text})");
    public static Term Le(Term a, Term b) => new($"(<= {a.Text} {b.Text})");
    public static Term Lt(Term a, Term b) => new($"(< {a.Text} {b.Text})");
    public static Term Ge(Term a, Term b) => new($"(>= {a.Text} {b.Text})");
    public static Term Gt(Term a, Term b) => new($"(> {a.Text} {b.Text})");
    public static Term Not(Term a) => new($"(not {a.Text})");
    public static Term And(params Term[] xs) => xs.Length == 0 ? True : xs.Length == 1 ? xs[0] : new($"(and {string.Join(" ", xs.Select(x => x.Text))})");
    public static Term Or(params Term[] xs) => xs.Length == 1 ? xs[0] : new($"(or {string.Join(" ", xs.Select(x => x.Text))})");
    /// <summary>if c then a else b.</summary>
    public static Term Ite(Term c, Term a, Term b) => new($"(ite {c.Text} {a.Text} {b.Text})");

    /// <summary>Σ of the terms (0 when empty).</summary>
    public static Term Sum(IEnumerable<Term> xs) => xs.Aggregate(Zero, (s, x) => s.Text == "0" ? x : s + x);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
