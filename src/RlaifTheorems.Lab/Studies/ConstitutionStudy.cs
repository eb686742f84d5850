using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// R2 and R4 for constitutions on one item set (THEORY R4, the census): each constitution is judged on the items without its
/// own words, through the triples (s_i, t_i, y_i) of <see cref="PlaneItems"/>: the core's linear predictions (T1.2, T1.3, T1.4)
/// against the exact policy on the KL-bounded <see cref="StrengthGrid"/>, bootstrap intervals of A(d_c), Δ and s(c), and the
/// same judgment with its words kept, on matched Gaussian triples and with the values permuted.
/// </summary>
public sealed class ConstitutionStudy
{
    private const int Batch = 32;

    private readonly IItemSource _items;
    private readonly double[] _values;
    private readonly double[] _generation;
    private readonly string _encoder, _lexicon;
    private readonly int _seed, _resamples;
    private string[]? _names;

    /// <summary>A study on <paramref name="items"/> with generation direction <paramref name="generation"/>; <paramref name="seed"/>
    /// seeds the controls and the bootstrap's stream, <paramref name="resamples"/> is B.</summary>
    public ConstitutionStudy(IItemSource items, Vector<double> generation, string encoder, string lexicon, int seed, int resamples)
    {
        _items = items;
        _values = ItemPasses.Values(items);
        _generation = ItemPasses.Scores(items, generation)[0];
        _encoder = encoder;
        _lexicon = lexicon;
        _seed = seed;
        _resamples = Math.Max(2, resamples);
    }

    /// <summary>Evaluates every candidate (judge scores in one pass per batch of directions); excluded ones are dropped.</summary>
    public List<EvaluatedConstitution> EvaluateAll(IReadOnlyList<ConstitutionCandidate> candidates, IProgress<int>? progress = null)
    {
        var results = new EvaluatedConstitution?[candidates.Count];
        if (candidates.Any(c => c.OwnWords.Count > 0)) Names();
        int done = 0;
        for (int start = 0; start < candidates.Count; start += Batch)
        {
            int count = Math.Min(Batch, candidates.Count - start);
            var scores = ItemPasses.Scores(_items, candidates.Skip(start).Take(count).Select(c => c.Judge).ToArray());
            Parallel.For(0, count, k =>
            {
                results[start + k] = Evaluate(candidates[start + k], scores[k]);
                progress?.Report(Interlocked.Increment(ref done));
            });
        }
        return results.OfType<EvaluatedConstitution>().ToList();
    }

    /// <summary>Evaluates one candidate from its judge scores t_i = ⟨d_c, h_i⟩; null when the judge has no variance on the items or
    /// the core's hypotheses exclude the path (d_c a negative multiple of g on the items).</summary>
    public EvaluatedConstitution? Evaluate(ConstitutionCandidate candidate, double[] judgeScores)
    {
        var own = candidate.OwnWords.Select(w => w.ToLowerInvariant()).ToHashSet();
        List<int>? keep = null;
        var heldOut = new List<string>();
        if (own.Count > 0)
        {
            var names = Names();
            keep = [];
            for (int i = 0; i < names.Length; i++)
                if (own.Contains(names[i])) heldOut.Add(_items.NameOf(i)); else keep.Add(i);
        }
        if (PlaneItems.TryCreate(_generation, judgeScores, _values, heldOut.Count > 0 ? keep : null) is not { } plane) return null;
        if (plane.LinearPath() is not { } path) return null;
        var judgment = CensusJudgment.Of(plane, path, StrengthGrid.For(plane.Judge), out _);
        var withWords = heldOut.Count > 0 && PlaneItems.TryCreate(_generation, judgeScores, _values) is { } all ? CensusJudgment.Of(all) : null;
        int seed = ConstitutionSeed(candidate.Name);
        var gaussian = plane.MatchedGaussian(seed) is { } matched ? CensusJudgment.Of(matched) : null;
        var permuted = CensusJudgment.Of(plane.Permuted(seed + 1));
        var estimates = PlaneBootstrap.Estimate(plane, _resamples, _seed);
        var result = new ConstitutionResult(_encoder, _lexicon, candidate.Name, candidate.Family, candidate.Provenance, heldOut, judgment,
            estimates, withWords, gaussian, permuted);
        return new EvaluatedConstitution(result, plane, path);
    }

    private string[] Names() => _names ??= Enumerable.Range(0, (int)_items.Count).Select(i => _items.NameOf(i).ToLowerInvariant()).ToArray();

    /// <summary>R4's path for one evaluated constitution on its grid: observed EV and Â beside the linear-Gaussian predictions
    /// EV(θ) = ȳ + ⟨θ, c⟩ = ȳ + σ_y (A(g) + λ A(d_c)) and A(g + λ d_c) (the core's path).</summary>
    public PathResult Path(EvaluatedConstitution constitution, string shape)
    {
        var items = constitution.Items;
        var grid = StrengthGrid.For(items.Judge);
        CensusJudgment.Of(items, constitution.LinearPath, grid, out var observed);
        return new PathResult(_encoder, _lexicon, constitution.Result.Name, shape, grid,
            observed.Select(o => o.ExpectedValue).ToArray(),
            grid.Select(l => items.ValueMean + items.ValueDeviation * (items.GenerationAlignment + l * items.JudgeAlignment)).ToArray(),
            observed.Select(o => o.RealisedAlignment).ToArray(),
            grid.Select(constitution.LinearPath.AlignmentAt).ToArray());
    }

    /// <summary>Seeded random directions, Gaussian in R^d.</summary>
    public static IEnumerable<Vector<double>> RandomDirections(int dimension, int count, int seed)
    {
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
            yield return Vector<double>.Build.Dense(dimension, _ => PlaneItems.Normal(random));
    }

    /// <summary>The controls' seed of a constitution: FNV-1a of run seed, encoder, lexicon and name (stable across processes).</summary>
    private int ConstitutionSeed(string name)
    {
        uint hash = 2166136261;
        foreach (char ch in $"{_seed}|{_encoder}|{_lexicon}|{name}") { hash ^= ch; hash *= 16777619; }
        return (int)(hash & 0x3FFFFFFF);
    }
}
