using static RlaifTheorems.Formal.Exact.ExactAlgebra;

namespace RlaifTheorems.Formal.Exact;

/// <summary>
/// THEORY T4.2 and T4.3 decided exactly for a contextual case with exact entries: G, L (d×p, by rows), constitutions
/// (spanning sets) and strengths. The update G' − G = Σ λ_i P_i L is formed exactly, column by column.
/// </summary>
public sealed class ExactContextualDecisions
{
    private readonly Rational[][] _gColumns, _lColumns;
    private readonly List<List<Rational[]>> _constitutions;
    private readonly Rational[] _strengths;

    /// <summary>The case, read exactly.</summary>
    public ExactContextualDecisions(double[][] g, double[][] l, double[][][] constitutions, double[] strengths)
    {
        _gColumns = Columns(g);
        _lColumns = Columns(l);
        _constitutions = constitutions.Select(c => c.Select(Of).ToList()).ToList();
        _strengths = Of(strengths);
    }

    /// <summary>The update G' − G = Σ λ_i P_i L, column by column (the columns of L projected and weighted).</summary>
    public IReadOnlyList<Rational[]> Update() =>
        _lColumns.Select(column => _constitutions.Select((c, i) => Project(c, column).Select(t => _strengths[i] * t).ToArray())
            .Aggregate((x, y) => x.Zip(y, (a, b) => a + b).ToArray())).ToList();

    /// <summary>T4.2's bound min(Σ rank P_i, rank L).</summary>
    public int RankBound() => Math.Min(_constitutions.Sum(c => Rank(c)), Rank(_lColumns));

    /// <summary>T4.2: rank(G' − G) ≤ min(Σ rank P_i, rank L), and every column of G' − G lies in span(S₁ ∪ … ∪ S_k).</summary>
    public bool UpdateRankAndSpanBounded()
    {
        var update = Update();
        var union = _constitutions.SelectMany(c => c).ToList();
        // Stryker disable once Logical,Linq : T4.2 holds for every case, so a weakened check is true on every input, as the check
        // is; the quantities it compares are tested by hand (Update, RankBound).
        return Rank(update) <= RankBound() && update.All(u => Project(union, u).Zip(u, (a, b) => a == b).All(same => same));
    }

    /// <summary>T4.3: (I − P)(G + λPL) = (I − P)G for the first constitution, column by column.</summary>
    public bool AblationErasesUpdate()
    {
        var c = _constitutions[0];
        Rational[] Ablate(Rational[] x) => AddScaled(x, -1, Project(c, x));
        // Stryker disable once Linq : T4.3 holds for every case, so a check weakened to "some column" or "some entry" is true on every
        // input as the check itself is.
        return _gColumns.Zip(_lColumns, (g, l) => Ablate(AddScaled(g, _strengths[0], Project(c, l))).Zip(Ablate(g), (a, b) => a == b).All(same => same)).All(ok => ok);
    }

    private static Rational[][] Columns(double[][] rows) =>
        Enumerable.Range(0, rows[0].Length).Select(j => rows.Select(r => Rational.Of(r[j])).ToArray()).ToArray();
}
