using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// The latent value model with every input a free real variable (THEORY "Objects"): an encoder E (d×D) of full row rank
/// (det EEᵀ &gt; 0), a unit value direction v, a latent vector m ≠ 0, a generation direction g, and a constitution given by
/// an orthonormal basis Q (d×r, QᵀQ = I). Derived terms: a = Eᵀg, d_c = QQᵀm, b = Eᵀd_c, w = Ev, the metric M = EEᵀ and its
/// adjugate. An alignment A(x) = ⟨Eᵀx, v⟩/‖Eᵀx‖ is held as its numerator and a norm variable, so comparing two alignments
/// is a polynomial inequality.
/// </summary>
public sealed class SymbolicModel
{
    /// <summary>The script the variables live in.</summary>
    public SmtScript Script { get; }
    /// <summary>E by rows.</summary>
    public Term[][] E { get; }
    /// <summary>v ∈ R^D, ‖v‖ = 1.</summary>
    public Term[] V { get; }
    /// <summary>m ∈ R^d.</summary>
    public Term[] M { get; }
    /// <summary>g ∈ R^d.</summary>
    public Term[] G { get; }
    /// <summary>The constitution's basis, by columns.</summary>
    public Term[][] Q { get; }
    /// <summary>d_c = QQᵀm.</summary>
    public Term[] Activated { get; }
    /// <summary>w = Ev.</summary>
    public Term[] EncodedValue { get; }
    /// <summary>EEᵀ.</summary>
    public Term[][] Metric { get; }
    /// <summary>det EEᵀ.</summary>
    public Term MetricDeterminant { get; }
    /// <summary>adj EEᵀ = det·M⁻¹.</summary>
    public Term[][] MetricAdjugate { get; }

    /// <summary>Declares the model in <paramref name="script"/> for world dimension <paramref name="world"/>, representation
    /// dimension <paramref name="d"/> and a constitution of rank <paramref name="rank"/> (0 for none).</summary>
    public SymbolicModel(SmtScript script, int world, int d, int rank, bool diagonalEncoder = false)
    {
        Script = script;
        E = diagonalEncoder ? Diagonal(script, d) : Enumerable.Range(0, d).Select(i => script.Reals($"e{i}_", world)).ToArray();
        V = script.Reals("v", world);
        M = script.Reals("m", d);
        G = script.Reals("g", d);
        Metric = RowGram(E);
        MetricDeterminant = Determinant(Metric);
        MetricAdjugate = Adjugate(Metric);
        script.Assert(Term.Gt(MetricDeterminant, Term.Zero), "E has full row rank: det EEᵀ > 0")
              .Assert(world == d ? Term.Le(SquaredNorm(V), Term.One) : Term.Eq(SquaredNorm(V), Term.One),
                  world == d ? "D = d stands for every D ≥ d (rotate row(E) onto the first d axes): v is the part of a unit vector there, ‖v‖ ≤ 1" : "v is a unit vector")
              .Assert(Term.Gt(SquaredNorm(M), Term.Zero), "m ≠ 0");
        Q = script.OrthonormalColumns("q", d, rank);
        Activated = Project(M);
        EncodedValue = Times(E, V);
    }

    /// <summary>The model built for <paramref name="shape"/>.</summary>
    public static SymbolicModel For(SmtScript script, FormalShape shape) =>
        new(script, shape.World, shape.Representation, shape.Rank, shape.DiagonalEncoder);

    private static Term[][] Diagonal(SmtScript script, int d)
    {
        var sigma = Enumerable.Range(0, d).Select(i => i == 0 ? Term.One : script.Real($"sigma{i}")).ToArray();
        foreach (var t in sigma.Skip(1)) script.Assert(Term.Gt(t, Term.Zero), "singular values are positive");
        return Enumerable.Range(0, d).Select(i => Enumerable.Range(0, d).Select(j => i == j ? sigma[i] : Term.Zero).ToArray()).ToArray();
    }

    /// <summary>QQᵀx.</summary>
    public Term[] Project(IReadOnlyList<Term> x) => Polynomials.Project(Q, x);

    /// <summary>Eᵀx ∈ R^D.</summary>
    public Term[] Pullback(IReadOnlyList<Term> x) => TransposeTimes(E, x);

    /// <summary>The alignment of x as (⟨Eᵀx, v⟩, ‖Eᵀx‖), the norm a fresh variable named <paramref name="name"/>.</summary>
    public Alignment AlignmentOf(string name, IReadOnlyList<Term> x)
    {
        var y = Pullback(x);
        return new Alignment(Dot(y, V), Script.Norm("n_" + name, SquaredNorm(y)), SquaredNorm(y));
    }

    /// <summary>ρ as a variable: ρ ≥ 0 with ρ²·det M = wᵀ adj(M) w (ρ² = vᵀEᵀM⁻¹Ev).</summary>
    public Term Ceiling()
    {
        var rho = Script.Real("rho");
        Script.Assert(Term.And(Term.Ge(rho, Term.Zero), Term.Eq(rho.Squared * MetricDeterminant, Bilinear(EncodedValue, MetricAdjugate, EncodedValue))),
            "ρ² det M = wᵀ adj(M) w");
        return rho;
    }
}

/// <summary>A(x) = Numerator/Norm for x with Eᵀx ≠ 0 (Norm &gt; 0); <see cref="SquaredNorm"/> = Norm², the polynomial.</summary>
public readonly record struct Alignment(Term Numerator, Term Norm, Term SquaredNorm)
{
    /// <summary>Eᵀx ≠ 0.</summary>
    public Term Defined => Term.Gt(SquaredNorm, Term.Zero);

    /// <summary>A(x) &gt; A(y) for defined x, y: ⟨·⟩_x ‖y‖ &gt; ⟨·⟩_y ‖x‖.</summary>
    public static Term Greater(Alignment x, Alignment y) => Term.Gt(x.Numerator * y.Norm, y.Numerator * x.Norm);

    /// <summary>A(x) ≥ A(y) for defined x, y.</summary>
    public static Term AtLeast(Alignment x, Alignment y) => Term.Ge(x.Numerator * y.Norm, y.Numerator * x.Norm);

    /// <summary>A(x) = A(y) for defined x, y.</summary>
    public static Term Same(Alignment x, Alignment y) => Term.Eq(x.Numerator * y.Norm, y.Numerator * x.Norm);

    /// <summary>A(x) compared with a value t: A(x) &gt; t ⟺ numerator &gt; t·‖x‖.</summary>
    public Term Exceeds(Term t) => Term.Gt(Numerator, t * Norm);

    /// <summary>A(x) &lt; t.</summary>
    public Term Below(Term t) => Term.Lt(Numerator, t * Norm);
}
