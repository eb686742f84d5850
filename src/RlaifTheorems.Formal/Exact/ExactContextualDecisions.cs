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

    /// <summary>T4.2: rank(G' − G) ≤ min(Σ rank P_i, rank L), and every column of G' − G lies in span(S₁ ∪ … ∪ S_k).</summary>
    public bool UpdateRankAndSpanBounded()
    {
        var update = _lColumns.Select(column => _constitutions.Select((c, i) => Project(c, column).Select(t => _strengths[i] * t).ToArray())
            .Aggregate((x, y) => x.Zip(y, (a, b) => a + b).ToArray())).ToList();
        int bound = Math.Min(_constitutions.Sum(c => Rank(c)), Rank(_lColumns));
        var union = _constitutions.SelectMany(c => c).ToList();
        return Rank(update) <= bound && update.All(u => Project(union, u).Zip(u, (a, b) => a == b).All(same => same));
    }

    /// <summary>T4.3: (I − P)(G + λPL) = (I − P)G for the first constitution, column by column.</summary>
    public bool AblationErasesUpdate()
    {
        var c = _constitutions[0];
        Rational[] Ablate(Rational[] x) => AddScaled(x, -1, Project(c, x));
        return _gColumns.Zip(_lColumns, (g, l) => Ablate(AddScaled(g, _strengths[0], Project(c, l))).Zip(Ablate(g), (a, b) => a == b).All(same => same)).All(ok => ok);
    }

    private static Rational[][] Columns(double[][] rows) =>
        Enumerable.Range(0, rows[0].Length).Select(j => rows.Select(r => Rational.Of(r[j])).ToArray()).ToArray();
}
