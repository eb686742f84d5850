using System.Globalization;
using System.Numerics;
using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Formal.Exact;

/// <summary>What evaluating a solver's model against its script exactly found: every assertion true, one false, or one that
/// cannot be decided exactly (a value outside <see cref="Surd"/>'s field, an operator the scripts do not use, a sign beyond
/// the precision cap).</summary>
public sealed record ModelCheck(bool Satisfied, string? Problem)
{
    /// <summary>Every assertion holds at the model.</summary>
    public static ModelCheck Holds { get; } = new(true, null);
}

/// <summary>
/// Checks a "sat" answer instead of trusting it: reads the model's values (decimals, rationals, and root-obj numbers of
/// degree ≤ 2, as z3 prints them) into exact numbers of a multi-quadratic field, gives every declared constant the model
/// omits the value 0, and evaluates each assertion of the script in exact arithmetic with three-valued logic. A model is
/// accepted only when every assertion evaluates to true, so the completed assignment is itself a witness of the formula.
/// </summary>
public static class ExactModelCheck
{
    /// <summary>Evaluates <paramref name="script"/>'s assertions at <paramref name="model"/>.</summary>
    public static ModelCheck Check(string script, string? model)
    {
        if (model is null) return new(false, "the solver printed no model");
        IReadOnlyList<SExpression> commands, definitions;
        try { commands = SExpression.ParseAll(script); definitions = SExpression.ParseAll(model); }
        catch (FormatException e) { return new(false, $"unreadable: {e.Message}"); }
        var values = new Dictionary<string, Surd>();
        if (commands.FirstOrDefault(c => c.Head == "declare-fun") is { } function)
            return new(false, $"a declaration the checker does not read: {function}");
        foreach (var c in commands.Where(c => c.Head == "declare-const"))
        {
            if (c.Items.Count != 3 || c.Items[2].Atom != "Real") return new(false, $"{c} is not a real constant");
            values[c.Items[1].Atom!] = Surd.Of(Rational.Zero);
        }
        var list = definitions.Count == 1 && !definitions[0].IsAtom ? definitions[0].Items : definitions;
        if (list.Count > 0 && list[0].Atom == "model") list = list.Skip(1).ToList();
        foreach (var d in list)
        {
            if (d.Head != "define-fun" || d.Items.Count != 5 || d.Items[2].IsAtom || d.Items[2].Items.Count != 0 || d.Items[3].Atom != "Real")
                return new(false, $"a model entry the checker does not read: {d}");
            string name = d.Items[1].Atom!;
            if (!values.ContainsKey(name)) return new(false, $"the model defines {name}, which the script never declares");
            var value = Value(d.Items[4]);
            if (value is null) return new(false, $"{name}'s value {d.Items[4]} is not an exact number the checker reads (rationals and roots of degree ≤ 2)");
            values[name] = value;
        }
        int index = 0;
        foreach (var c in commands.Where(c => c.Head == "assert"))
        {
            index++;
            bool? holds;
            try { holds = Truth(c.Items[1], values); }
            catch (FormatException e) { return new(false, $"assertion {index}: {e.Message}"); }
            if (holds == false) return new(false, $"assertion {index} is false at the solver's model: {Shorten(c.Items[1])}");
            if (holds is null) return new(false, $"assertion {index} could not be decided exactly at the solver's model: {Shorten(c.Items[1])}");
        }
        return ModelCheck.Holds;
    }

    private static string Shorten(SExpression e) { var s = e.ToString(); return s.Length <= 160 ? s : s[..157] + "…"; }

    /// <summary>A model value: a numeral, arithmetic of numerals, or (root-obj p k), the k-th smallest real root of p(x).</summary>
    private static Surd? Value(SExpression e)
    {
        try { return Number(e, new Dictionary<string, Surd>()); }
        // Stryker disable once Block : an empty catch falls through to the same null.
        catch (FormatException) { return null; }
    }

    /// <summary>(root-obj p k) as an exact number, or null.</summary>
    private static Surd? RootObject(SExpression e)
    {
        if (e.Items.Count != 3 || !int.TryParse(e.Items[2].Atom, NumberStyles.None, CultureInfo.InvariantCulture, out int k)) return null;
        var p = Polynomial(e.Items[1]);
        return p is null ? null : Root(p, k);
    }

    /// <summary>The k-th smallest real root (k ≥ 1) of c₀ + c₁x + c₂x² with c₂ or c₁ nonzero, or null.</summary>
    private static Surd? Root(Rational[] c, int k)
    {
        int degree = c.Length - 1;
        // Stryker disable once Equality : the zero polynomial stops at degree 0 or −1, and has no root read either way.
        while (degree > 0 && c[degree].Sign == 0) degree--;
        if (degree == 1) return k == 1 ? Surd.Of(-c[0] / c[1]) : null;
        if (degree != 2) return null;
        var discriminant = c[1] * c[1] - new Rational(4, 1) * c[2] * c[0];
        if (discriminant.Sign < 0) return null;
        if (discriminant.Sign == 0) return k == 1 ? Surd.Of(-c[1] / (new Rational(2, 1) * c[2])) : null;
        if (k is not (1 or 2)) return null;
        // (−c₁ ± √disc)/(2c₂); the smaller root takes −√disc when c₂ > 0 and +√disc when c₂ < 0.
        var denominator = new Rational(2, 1) * c[2];
        // Stryker disable once Equality : c₂ ≠ 0 at degree 2.
        bool plus = (k == 2) == (c[2].Sign > 0);
        var root = Surd.SquareRoot(discriminant);
        return (Surd.Of(-c[1]) + (plus ? root : -root)) * Surd.Of(Rational.One / denominator);
    }

    /// <summary>A univariate polynomial in x (coefficients from degree 0 up) from +, −, *, ^ with natural exponents and numerals.</summary>
    private static Rational[]? Polynomial(SExpression e)
    {
        if (e.IsAtom)
        {
            if (e.Atom == "x") return [Rational.Zero, Rational.One];
            return TryNumeral(e.Atom!, out var q) ? [q] : null;
        }
        var args = e.Items.Skip(1).Select(Polynomial).ToList();
        if (args.Any(a => a is null)) return null;
        switch (e.Head)
        {
            case "+": return args.Aggregate(new[] { Rational.Zero }, (a, b) => Add(a, b!));
            case "-": return args.Count == 1 ? Scale(args[0]!, -Rational.One) : args.Skip(1).Aggregate(args[0]!, (a, b) => Add(a, Scale(b!, -Rational.One)));
            case "*": return args.Aggregate(new[] { Rational.One }, (a, b) => Multiply(a, b!));
            case "^":
                if (args.Count != 2 || args[1]!.Length != 1 || !args[1]![0].Denominator.IsOne || args[1]![0].Sign < 0 || args[1]![0].Numerator > 8) return null;
                var power = new[] { Rational.One };
                for (int i = 0; i < (int)args[1]![0].Numerator; i++) power = Multiply(power, args[0]!);
                return power;
            default: return null;
        }
    }

    private static Rational[] Add(Rational[] a, Rational[] b) =>
        Enumerable.Range(0, Math.Max(a.Length, b.Length)).Select(i => (i < a.Length ? a[i] : Rational.Zero) + (i < b.Length ? b[i] : Rational.Zero)).ToArray();

    // Stryker disable once Arithmetic : the only scale is −1, and x·(−1) = x/(−1).
    private static Rational[] Scale(Rational[] a, Rational k) => a.Select(x => x * k).ToArray();

    private static Rational[] Multiply(Rational[] a, Rational[] b)
    {
        // Stryker disable once Arithmetic : a longer array only adds zero coefficients, which the degree skips.
        var product = Enumerable.Repeat(Rational.Zero, a.Length + b.Length - 1).ToArray();
        for (int i = 0; i < a.Length; i++) for (int j = 0; j < b.Length; j++) product[i + j] += a[i] * b[j];
        return product;
    }

    /// <summary>A term's truth value: true, false, or null when a comparison's sign could not be decided.</summary>
    /// <exception cref="FormatException">An operator outside the scripts' language.</exception>
    private static bool? Truth(SExpression e, IReadOnlyDictionary<string, Surd> values)
    {
        if (e.IsAtom)
            return e.Atom switch { "true" => true, "false" => false, _ => throw new FormatException($"{e.Atom} is not a Boolean") };
        var args = e.Items.Skip(1).ToList();
        switch (e.Head)
        {
            case "not": return Truth(args[0], values) is bool b ? !b : null;
            case "and":
            {
                var truths = args.Select(a => Truth(a, values)).ToList();
                return truths.Contains(false) ? false : truths.Contains(null) ? null : true;
            }
            case "or":
            {
                var truths = args.Select(a => Truth(a, values)).ToList();
                return truths.Contains(true) ? true : truths.Contains(null) ? null : false;
            }
            case "=>":
            {
                var (p, q) = (Truth(args[0], values), Truth(args[1], values));
                return p == false || q == true ? true : p is null || q is null ? null : false;
            }
            case "ite":
                return Truth(args[0], values) switch { true => Truth(args[1], values), false => Truth(args[2], values), _ => null };
            case "=" or "<" or "<=" or ">" or ">=":
            {
                bool? all = true;
                for (int i = 0; i + 1 < args.Count; i++)
                {
                    var sign = (Number(args[i], values) - Number(args[i + 1], values)).Sign();
                    bool? pair = sign is int s ? e.Head switch { "=" => s == 0, "<" => s < 0, "<=" => s <= 0, ">" => s > 0, _ => s >= 0 } : null;
                    if (pair == false) return false;
                    if (pair is null) all = null;
                }
                return all;
            }
            default: throw new FormatException($"the operator {e.Head} is outside the scripts' language");
        }
    }

    /// <summary>A term's exact value.</summary>
    /// <exception cref="FormatException">An unknown name or operator, or a division by a non-rational or zero.</exception>
    private static Surd Number(SExpression e, IReadOnlyDictionary<string, Surd> values)
    {
        if (e.IsAtom)
        {
            if (TryNumeral(e.Atom!, out var q)) return Surd.Of(q);
            return values.TryGetValue(e.Atom!, out var v) ? v : throw new FormatException($"{e.Atom} is not declared");
        }
        if (e.Head == "root-obj") return RootObject(e) ?? throw new FormatException($"{e} is not a root of degree ≤ 2 the checker reads");
        var args = e.Items.Skip(1).Select(a => e.Head == "ite" ? null : Number(a, values)).ToList();
        switch (e.Head)
        {
            case "+": return args.Aggregate(Surd.Of(Rational.Zero), (a, b) => a + b!);
            case "-": return args.Count == 1 ? -args[0]! : args.Skip(1).Aggregate(args[0]!, (a, b) => a - b!);
            case "*": return args.Aggregate(Surd.Of(Rational.One), (a, b) => a * b!);
            case "/":
                if (args.Count != 2 || args[1]!.AsRational is not Rational d || d.Sign == 0) throw new FormatException($"a division the checker does not evaluate: {e}");
                return args[0]! * Surd.Of(Rational.One / d);
            case "ite":
                return Truth(e.Items[1], values) switch
                {
                    true => Number(e.Items[2], values),
                    false => Number(e.Items[3], values),
                    _ => throw new FormatException($"an undecided condition in {e}"),
                };
            default: throw new FormatException($"the operator {e.Head} is outside the scripts' arithmetic");
        }
    }

    /// <summary>An SMT-LIB numeral or decimal, exactly.</summary>
    private static bool TryNumeral(string text, out Rational value)
    {
        value = Rational.Zero;
        int dot = text.IndexOf('.');
        // Stryker disable once Equality : at dot = 0 the whole part is empty, or "." itself, and neither is read.
        string whole = dot < 0 ? text : text[..dot], fraction = dot < 0 ? "" : text[(dot + 1)..];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit)) return false;
        value = new Rational(BigInteger.Parse(whole + fraction, CultureInfo.InvariantCulture), BigInteger.Pow(10, fraction.Length));
        return true;
    }
}
