namespace RlaifTheorems.Catalogue.Generators;

/// <summary>A seeded stream of standard normals (Box–Muller over System.Random) for Monte Carlo LAWs, reproducible from its seed.</summary>
public sealed class GaussianStream
{
    private readonly Random _random;

    /// <summary>A stream from <paramref name="seed"/>.</summary>
    public GaussianStream(int seed) => _random = new Random(seed);

    /// <summary>One standard normal draw.</summary>
    public double Next()
    {
        double u1 = 1.0 - _random.NextDouble(), u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Fills <paramref name="x"/> with standard normals.</summary>
    public void Fill(Span<double> x)
    {
        for (int i = 0; i < x.Length; i++) x[i] = Next();
    }

    /// <summary>A uniform draw on [0, 1).</summary>
    public double Uniform() => _random.NextDouble();
}
