namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// A seed derived from a case's numbers (FNV-1a over their bit patterns), so a Monte Carlo inside a property is a
/// deterministic function of the case: FsCheck's replay and shrinking see the same outcome every time.
/// </summary>
public static class CaseSeed
{
    /// <summary>The seed of the given arrays.</summary>
    public static int Of(params IEnumerable<double>[] parts)
    {
        ulong h = 14695981039346656037UL;
        foreach (var part in parts)
            foreach (double x in part)
            {
                h ^= (ulong)BitConverter.DoubleToInt64Bits(x);
                h *= 1099511628211UL;
            }
        return (int)(h ^ (h >> 32)) & int.MaxValue;
    }

    /// <summary>The seed of a model case.</summary>
    public static int Of(ModelCase c) => Of(c.E.SelectMany(r => r), c.V, c.M, c.G, c.C.SelectMany(r => r));
}
