namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// Shrinks a <see cref="ModelCase"/>: smaller structure first (drop a representation and a world coordinate
/// together, then a world coordinate, then a representation coordinate, then a spanning vector), then simpler
/// numbers (<see cref="Simplify{T}"/>: zeros first, then ±1 on the scale of the largest entry, then halves).
/// Only valid cases are yielded, never the case itself.
/// </summary>
public static class ModelCaseShrinker
{
    /// <summary>Simpler valid cases, most promising first.</summary>
    public static IEnumerable<ModelCase> Shrink(ModelCase c) => Candidates(c).Where(x => x.IsValid());

    // Stryker disable Equality : a looser loop bound only proposes candidates of no valid shape (d = 0, one spanning vector
    // fewer than one), which Shrink drops.
    private static IEnumerable<ModelCase> Candidates(ModelCase c)
    {
        int dWorld = c.WorldDimension, d = c.RepresentationDimension;
        if (d > 1)
            for (int i = 0; i < d; i++)
                for (int j = 0; j < dWorld; j++)
                    yield return DropWorld(DropRepresentation(c, i), j);
        if (dWorld > d)
            for (int j = 0; j < dWorld; j++)
                yield return DropWorld(c, j);
        if (d > 1)
            for (int i = 0; i < d; i++)
                yield return DropRepresentation(c, i);
        for (int k = 0; k < c.C.Length && c.C.Length > 1; k++)
            yield return c with { C = c.C.Where((_, t) => t != k).ToArray() };

        // Stryker restore Equality
        foreach (var x in Simplify(Flatten(c.E), a => c with { E = Unflatten(a, dWorld) })) yield return x;
        foreach (var x in Simplify(c.V, a => c with { V = a })) yield return x;
        foreach (var x in Simplify(c.M, a => c with { M = a })) yield return x;
        foreach (var x in Simplify(c.G, a => c with { G = a })) yield return x;
        for (int k = 0; k < c.C.Length; k++)
        {
            int kk = k;
            foreach (var x in Simplify(c.C[k], a => c with { C = c.C.Select((row, t) => t == kk ? a : row).ToArray() })) yield return x;
        }
    }

    /// <summary>
    /// Simpler versions of one array, each wrapped back into a case by <paramref name="rebuild"/>: each non-zero entry set to 0;
    /// the array divided by its largest entry; the array rounded to halves; each entry outside {0, ±1/2, ±1} set to 0, ±1 or ±1/2.
    /// Zeros only ever increase, and between increases the non-simple entries only decrease, so shrinking terminates.
    /// </summary>
    public static IEnumerable<T> Simplify<T>(double[] x, Func<double[], T> rebuild)
    {
        for (int i = 0; i < x.Length; i++)
            if (x[i] != 0) yield return rebuild(With(x, i, 0));
        double largest = x.Length == 0 ? 0 : x.Max(Math.Abs);
        if (largest != 0 && largest != 1)
            yield return rebuild(Vectors.DivideByLargest(x));
        if (x.All(IsSimple)) yield break;
        var halves = x.Select(t => Math.Round(2 * t) / 2).ToArray();
        if (largest == 1 && halves.Any(t => t != 0)) yield return rebuild(halves);
        for (int i = 0; i < x.Length; i++)
        {
            if (IsSimple(x[i])) continue;
            double s = Math.Sign(x[i]);
            yield return rebuild(With(x, i, s));
            yield return rebuild(With(x, i, s / 2));
        }
    }

    private static double[] With(double[] x, int i, double value)
    {
        var y = (double[])x.Clone();
        y[i] = value;
        return y;
    }

    /// <summary>0, ±1/2 or ±1: the values a shrunk case should show.</summary>
    public static bool IsSimple(double t) => t == 0 || Math.Abs(t) == 1 || Math.Abs(t) == 0.5;

    private static ModelCase DropWorld(ModelCase c, int j) => c with
    {
        E = c.E.Select(row => Without(row, j)).ToArray(),
        V = Without(c.V, j),
    };

    private static ModelCase DropRepresentation(ModelCase c, int i) => c with
    {
        E = c.E.Where((_, t) => t != i).ToArray(),
        M = Without(c.M, i),
        G = Without(c.G, i),
        C = c.C.Select(row => Without(row, i)).Where(row => row.Any(t => t != 0)).ToArray(),
    };

    private static double[] Without(double[] x, int i) => x.Where((_, t) => t != i).ToArray();

    private static double[] Flatten(double[][] rows) => rows.SelectMany(r => r).ToArray();

    private static double[][] Unflatten(double[] flat, int cols) => flat.Chunk(cols).Select(r => r.ToArray()).ToArray();
}
