namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// An SMT-LIB2 script under construction: declarations of real constants, assertions, and the final check. A statement is
/// proven when its hypotheses together with its negated conclusion are unsatisfiable.
/// </summary>
public sealed class SmtScript
{
    private readonly List<string> _lines = new() { "(set-logic QF_NRA)", "(set-option :produce-models true)" };
    private readonly HashSet<string> _names = new();

    /// <summary>Declares a fresh real constant named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public Term Real(string name)
    {
        if (!_names.Add(name)) throw new ArgumentException($"{name} is declared twice", nameof(name));
        _lines.Add($"(declare-const {name} Real)");
        return new Term(name);
    }

    /// <summary>Declares reals name0, name1, … .</summary>
    public Term[] Reals(string name, int count) => Enumerable.Range(0, count).Select(i => Real($"{name}{i}")).ToArray();

    /// <summary>Asserts <paramref name="fact"/>, with an optional comment saying what it encodes.</summary>
    public SmtScript Assert(Term fact, string? comment = null)
    {
        if (comment is not null) _lines.Add($"; {comment}");
        _lines.Add($"(assert {fact.Text})");
        return this;
    }

    /// <summary>A variable n with n ≥ 0 and n² = <paramref name="squaredNorm"/>: ‖x‖ without a root.</summary>
    public Term Norm(string name, Term squaredNorm)
    {
        var n = Real(name);
        Assert(Term.And(Term.Ge(n, Term.Zero), Term.Eq(n.Squared, squaredNorm)), $"{name} = sqrt of its square");
        return n;
    }

    /// <summary>An orthonormal basis of a rank-<paramref name="rank"/> subspace of R^<paramref name="d"/>: columns name0_, name1_, …
    /// with QᵀQ = I asserted.</summary>
    public Term[][] OrthonormalColumns(string name, int d, int rank)
    {
        var q = Enumerable.Range(0, rank).Select(j => Reals($"{name}{j}_", d)).ToArray();
        // Stryker disable once Equality : at i = rank the inner loop (j from rank) is empty.
        for (int i = 0; i < rank; i++)
            for (int j = i; j < rank; j++)
                Assert(Term.Eq(Term.Sum(q[i].Zip(q[j], (a, b) => a * b)), i == j ? Term.One : Term.Zero), $"QᵀQ = I ({i}, {j})");
        return q;
    }

    /// <summary>The whole script, ending in (check-sat) and (get-model).</summary>
    public string Text => string.Join("\n", _lines) + "\n(check-sat)\n(get-model)\n";

    /// <inheritdoc/>
    public override string ToString() => Text;
}
