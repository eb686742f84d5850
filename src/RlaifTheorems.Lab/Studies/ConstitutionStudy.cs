using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// R2 and R4: for each constitution, the linear predictions of the empirical geometry (A(d_c), A(g), Δ, s; T1.2, T1.3, T1.4 by
/// the core's <see cref="RlaifPath"/>) against the exact policy over the items along θ = g + λ d_c. Both g and d_c are scaled
/// to unit score deviation (sd_i⟨u, h_i⟩ = 1), so λ is in units of the judge's standard deviation; strengths λ = 0, 0.05, …, 3.
/// Observed: strong RLAIF ends above the start when Â(3) &gt; Â(0); improvement at every strength when Â(λ) &gt; Â(0) at every
/// grid λ &gt; 0; EV "rises" ("falls") when it increases (decreases) at every grid step, "mixed" otherwise.
/// </summary>
public sealed class ConstitutionStudy
{
    /// <summary>The strength grid.</summary>
    public static readonly double[] Strengths = Enumerable.Range(0, 61).Select(k => k * 0.05).ToArray();

    private readonly IItemSource _items;
    private readonly double[] _values;
    private readonly EmpiricalGeometry _geometry;
    private readonly Vector<double> _generation;
    private readonly string _encoder, _lexicon;

    /// <summary>A study on <paramref name="items"/> with default generation direction <paramref name="generation"/>.</summary>
    public ConstitutionStudy(IItemSource items, EmpiricalGeometry geometry, Vector<double> generation, string encoder, string lexicon)
    {
        _items = items;
        _values = ItemPasses.Values(items);
        _geometry = geometry;
        _generation = Unit(generation);
        _encoder = encoder;
        _lexicon = lexicon;
    }

    /// <summary>u scaled to unit score deviation.</summary>
    public Vector<double> Unit(Vector<double> u) => u / _geometry.ScoreDeviation(u);

    /// <summary>The core's RLAIF path of the judge direction from g in the empirical geometry, or null when the core's hypotheses
    /// exclude it (no variance along the judge, or Eᵀd_c a negative multiple of Eᵀg).</summary>
    public RlaifPath? LinearPath(Vector<double> judge)
    {
        if (!(_geometry.ScoreDeviation(judge) > 0)) return null;
        var model = _geometry.Model(Unit(judge), _generation);
        return RlaifPath.TryCreate(model, Constitution.Span(model.Latent, "d_c"), out var path, out _) ? path : null;
    }

    /// <summary>Evaluates one constitution direction; null when the core's hypotheses exclude it (see <see cref="LinearPath"/>).</summary>
    public EvaluatedConstitution? Evaluate(string name, string family, Vector<double> judge)
    {
        if (LinearPath(judge) is not { } path) return null;
        var policy = Policy(judge);
        var observed = Strengths.Select(policy.At).ToArray();
        bool strong = observed[^1].RealisedAlignment > observed[0].RealisedAlignment;
        bool monotone = observed.Skip(1).All(o => o.RealisedAlignment > observed[0].RealisedAlignment);
        bool rises = true, falls = true;
        for (int k = 1; k < observed.Length; k++)
        {
            rises &= observed[k].ExpectedValue > observed[k - 1].ExpectedValue;
            falls &= observed[k].ExpectedValue < observed[k - 1].ExpectedValue;
        }
        var result = new ConstitutionResult(_encoder, _lexicon, name, family, path.LimitAlignment, path.StartAlignment, path.Gap,
            path.InitialSlope, path.Gap > 0, strong, path.ImprovesMonotonically, monotone, path.LimitAlignment > 0,
            rises ? "rises" : falls ? "falls" : "mixed", path.CrossingStrength, path.Minimum.Alignment);
        return new EvaluatedConstitution(result, judge, path);
    }

    /// <summary>The exact policy over the items for this judge direction (both directions at unit score deviation).</summary>
    public ItemPolicy Policy(Vector<double> judge)
    {
        var scores = ItemPasses.Scores(_items, _generation, Unit(judge));
        return new ItemPolicy(scores[0], scores[1], _values);
    }

    /// <summary>R4's path for one evaluated constitution: observed EV and Â on the grid, beside the linear-Gaussian predictions
    /// EV(θ) = ȳ + ⟨θ, c⟩ and A(g + λ d_c) (the core's path).</summary>
    public PathResult Path(EvaluatedConstitution constitution, string shape)
    {
        var policy = Policy(constitution.Judge);
        var d = Unit(constitution.Judge);
        double meanY = _geometry.Moments.MeanValue, baseValue = _geometry.ValueCovariance(_generation), slope = _geometry.ValueCovariance(d);
        var observed = Strengths.Select(policy.At).ToArray();
        return new PathResult(_encoder, _lexicon, constitution.Result.Name, shape, Strengths,
            observed.Select(o => o.ExpectedValue).ToArray(),
            Strengths.Select(l => meanY + baseValue + l * slope).ToArray(),
            observed.Select(o => o.RealisedAlignment).ToArray(),
            Strengths.Select(constitution.LinearPath.AlignmentAt).ToArray());
    }

    /// <summary>Seeded random directions, Gaussian in R^d.</summary>
    public static IEnumerable<Vector<double>> RandomDirections(int dimension, int count, int seed)
    {
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
            yield return Vector<double>.Build.Dense(dimension, _ =>
                Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
    }
}
