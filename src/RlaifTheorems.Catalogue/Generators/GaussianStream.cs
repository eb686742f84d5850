using RlaifTheorems.Kernels;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>A seeded stream of standard normals for Monte Carlo LAWs (the kernels' xoshiro256** and Marsaglia's polar method),
/// reproducible from its seed.</summary>
public sealed class GaussianStream
{
    private Xoshiro256 _random;
    private double _spare;
    private bool _hasSpare;

    /// <summary>A stream from <paramref name="seed"/>.</summary>
    public GaussianStream(int seed) => _random = new Xoshiro256((ulong)seed);

    /// <summary>One standard normal draw.</summary>
    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }
        _random.NormalPair(out double z, out _spare);
        _hasSpare = true;
        return z;
    }

    /// <summary>A uniform draw on [0, 1).</summary>
    public double Uniform() => _random.NextDouble();

    /// <summary>Fills <paramref name="x"/> with standard normals.</summary>
    public void Fill(Span<double> x)
    {
        for (int i = 0; i < x.Length; i++) x[i] = Next();
    }
}
