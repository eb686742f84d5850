using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// A constitution's items as the census sees them (THEORY R4, the census): the triples (s_i, t_i, y_i) of generation score
/// s_i = ⟨g, h_i⟩, judge score t_i = ⟨d_c, h_i⟩ and value, with s and t standardised to mean 0 and unit deviation (population
/// moments). With r = corr(s, t): A(g) = corr(s, y), A(d_c) = corr(t, y), Δ = A(d_c) − A(g), s(c) = A(d_c) − r·A(g), and
/// the core's RLAIF path of the 2-dimensional geometry of the rows (s_i, t_i), which is the items' geometry restricted to
/// span(g, d_c).
/// </summary>
public sealed class PlaneItems
{
    /// <summary>s, standardised.</summary>
    public double[] Generation { get; }
    /// <summary>t, standardised.</summary>
    public double[] Judge { get; }
    /// <summary>y.</summary>
    public double[] Values { get; }
    /// <summary>n.</summary>
    public int Count => Values.Length;
    /// <summary>ȳ.</summary>
    public double ValueMean { get; }
    /// <summary>σ_y (population).</summary>
    public double ValueDeviation { get; }
    /// <summary>A(g) = corr(s, y).</summary>
    public double GenerationAlignment { get; }
    /// <summary>A(d_c) = corr(t, y).</summary>
    public double JudgeAlignment { get; }
    /// <summary>r = corr(s, t).</summary>
    public double ScoreCorrelation { get; }
    /// <summary>Δ(c) = A(d_c) − A(g).</summary>
    public double Gap => JudgeAlignment - GenerationAlignment;
    /// <summary>s(c) = d/dλ A(g + λ d_c) at λ = 0 = A(d_c) − r·A(g).</summary>
    public double Slope => JudgeAlignment - ScoreCorrelation * GenerationAlignment;

    private PlaneItems(double[] s, double[] t, double[] y, double meanY, double sdY)
    {
        Generation = s; Judge = t; Values = y; ValueMean = meanY; ValueDeviation = sdY;
        double sy = 0, ty = 0, st = 0;
        for (int i = 0; i < y.Length; i++) { sy += s[i] * (y[i] - meanY); ty += t[i] * (y[i] - meanY); st += s[i] * t[i]; }
        int n = y.Length;
        GenerationAlignment = Math.Clamp(sy / (n * sdY), -1, 1);
        JudgeAlignment = Math.Clamp(ty / (n * sdY), -1, 1);
        ScoreCorrelation = Math.Clamp(st / n, -1, 1);
    }

    /// <summary>The triples of the items <paramref name="keep"/> (all when null); null when s, t or y has no variance over them,
    /// or fewer than 3 items remain.</summary>
    public static PlaneItems? TryCreate(double[] generation, double[] judge, double[] values, IReadOnlyList<int>? keep = null)
    {
        int n = keep?.Count ?? values.Length;
        if (n < 3) return null;
        var s = new double[n];
        var t = new double[n];
        var y = new double[n];
        for (int k = 0; k < n; k++)
        {
            int i = keep is null ? k : keep[k];
            s[k] = generation[i]; t[k] = judge[i]; y[k] = values[i];
        }
        if (!Standardise(s) || !Standardise(t)) return null;
        double meanY = y.Average(), variance = y.Sum(v => (v - meanY) * (v - meanY)) / n;
        return variance > 0 ? new PlaneItems(s, t, y, meanY, Math.Sqrt(variance)) : null;
    }

    /// <summary>The same items with the values permuted among them (seeded): the permutation null.</summary>
    public PlaneItems Permuted(int seed)
    {
        var y = (double[])Values.Clone();
        new Random(seed).Shuffle(y);
        return new PlaneItems(Generation, Judge, y, ValueMean, ValueDeviation);
    }

    /// <summary>n draws (seeded) from the normal distribution of (s, t, y) with these items' mean and covariance, standardised
    /// again over the draws; null in the (probability-0) case that a drawn column has no variance.</summary>
    public PlaneItems? MatchedGaussian(int seed)
    {
        double cs = GenerationAlignment * ValueDeviation, ct = JudgeAlignment * ValueDeviation, r = ScoreCorrelation;
        double[,] c = { { 1, r, cs }, { r, 1, ct }, { cs, ct, ValueDeviation * ValueDeviation } };
        var l = CholeskyFactor(c);
        var random = new Random(seed);
        int n = Count;
        var s = new double[n];
        var t = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double z0 = Normal(random), z1 = Normal(random), z2 = Normal(random);
            s[i] = l[0, 0] * z0;
            t[i] = l[1, 0] * z0 + l[1, 1] * z1;
            y[i] = ValueMean + l[2, 0] * z0 + l[2, 1] * z1 + l[2, 2] * z2;
        }
        return TryCreate(s, t, y);
    }

    /// <summary>The core's RLAIF path of g = (1, 0) and d_c = (0, 1) in the geometry of the rows (s_i, t_i); null when the core's
    /// hypotheses exclude it (d_c a negative multiple of g on the items).</summary>
    public RlaifPath? LinearPath()
    {
        double r = ScoreCorrelation;
        var moments = new Moments(Count, [0, 0], [1, r, r, 1], [GenerationAlignment * ValueDeviation, JudgeAlignment * ValueDeviation],
            ValueMean, ValueDeviation * ValueDeviation);
        var geometry = new EmpiricalGeometry(moments);
        var model = geometry.Model(Vector<double>.Build.DenseOfArray([0.0, 1.0]), Vector<double>.Build.DenseOfArray([1.0, 0.0]));
        return RlaifPath.TryCreate(model, Constitution.Span(model.Latent, "d_c"), out var path, out _) ? path : null;
    }

    /// <summary>The policy over these items along g + λ d_c.</summary>
    public ItemPolicy Policy() => new(Generation, Judge, Values);

    private static bool Standardise(double[] x)
    {
        double mean = x.Average(), variance = x.Sum(v => (v - mean) * (v - mean)) / x.Length;
        if (!(variance > 0)) return false;
        double sd = Math.Sqrt(variance);
        for (int i = 0; i < x.Length; i++) x[i] = (x[i] - mean) / sd;
        return true;
    }

    /// <summary>The lower Cholesky factor of a positive semi-definite 3×3 matrix; a pivot that rounding makes negative is 0.</summary>
    private static double[,] CholeskyFactor(double[,] a)
    {
        var l = new double[3, 3];
        for (int j = 0; j < 3; j++)
        {
            double d = a[j, j];
            for (int k = 0; k < j; k++) d -= l[j, k] * l[j, k];
            l[j, j] = Math.Sqrt(Math.Max(0, d));
            for (int i = j + 1; i < 3; i++)
            {
                double x = a[i, j];
                for (int k = 0; k < j; k++) x -= l[i, k] * l[j, k];
                l[i, j] = l[j, j] > 0 ? x / l[j, j] : 0;
            }
        }
        return l;
    }

    /// <summary>A standard normal draw by Box–Muller, √(−2 log(1 − u₁))·cos(2πu₂), u₁ drawn first (the lab's one normal sampler).</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
