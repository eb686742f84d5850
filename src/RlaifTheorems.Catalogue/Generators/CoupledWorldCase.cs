using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Core.Model;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// An encoder E (rows, d×D, D ≥ 2), a value direction v and the coupling β of a <see cref="QuadraticallyCoupledWorld"/>
/// (THEORY N4): z_D depends on z_1² while Cov(z) = I.
/// </summary>
public sealed record CoupledWorldCase(double[][] E, double[] V, double Beta)
{
    /// <summary>D.</summary>
    public int WorldDimension => V.Length;
    /// <summary>d.</summary>
    public int RepresentationDimension => E.Length;

    /// <summary>The model's encoder and value direction.</summary>
    public (Encoder Encoder, ValueDirection Value) Model() =>
        (Encoder.FromRows(E), new ValueDirection(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(V)));

    /// <summary>True when E has full row rank, v ≠ 0 and D ≥ 2.</summary>
    public bool IsValid()
    {
        try
        {
            // Stryker disable once Linq : "some row" and "every row" of a length other than v's differ only on ragged rows, which
            // Encoder.FromRows refuses.
            if (WorldDimension < 2 || E.Any(r => r.Length != WorldDimension)) return false;
            Model();
            return true;
        }
        catch (Core.Numerics.ModelInputException)
        {
            return false;
        }
    }

    /// <summary>D from 2 to 2 + size/16, β uniform on (−3, 3), v generic or reading the coupled coordinate z_D.</summary>
    public static Arbitrary<CoupledWorldCase> Arbitrary { get; } = Arb.From(
        Gen.Sized(size =>
            from dWorld in Gen.Choose(2, 2 + Math.Min(5, size / 16))
            from d in Gen.Choose(1, dWorld)
            from e in ModelCaseGenerator.Encoder(d, dWorld)
            from v in Gen.Frequency((3, Reals.NormalVector(dWorld)), (1, Gen.Constant(Enumerable.Range(0, dWorld).Select(j => j == dWorld - 1 ? 1.0 : 0.0).ToArray())))
            from beta in Reals.Uniform(-3, 3)
            select new CoupledWorldCase(e, v, beta))
        .Where(c => c.IsValid()),
        Shrink);

    /// <summary>Drops representation rows and middle world coordinates (the coupling links the first and the last), then simplifies numbers.</summary>
    public static IEnumerable<CoupledWorldCase> Shrink(CoupledWorldCase c)
    {
        int d = c.RepresentationDimension, dWorld = c.WorldDimension;
        var candidates = new List<CoupledWorldCase>();
        // Stryker disable Equality : a looser loop bound only proposes candidates of no valid shape (d = 0, D < 2), which the
        // final filter drops.
        for (int i = 0; i < d && d > 1; i++)
            for (int j = 1; j < dWorld - 1; j++)
                candidates.Add(DropWorld(DropRow(c, i), j));
        for (int j = 1; j < dWorld - 1 && dWorld > d; j++) candidates.Add(DropWorld(c, j));
        for (int i = 0; i < d && d > 1; i++) candidates.Add(DropRow(c, i));
        // Stryker restore Equality
        int cols = dWorld;
        candidates.AddRange(ModelCaseShrinker.Simplify(c.E.SelectMany(r => r).ToArray(), a => c with { E = a.Chunk(cols).Select(r => r.ToArray()).ToArray() }));
        candidates.AddRange(ModelCaseShrinker.Simplify(c.V, a => c with { V = a }));
        candidates.AddRange(ModelCaseShrinker.Simplify(new[] { c.Beta }, a => c with { Beta = a[0] }));
        return candidates.Where(x => x.IsValid());
    }

    private static CoupledWorldCase DropRow(CoupledWorldCase c, int i) => c with { E = c.E.Where((_, t) => t != i).ToArray() };

    private static CoupledWorldCase DropWorld(CoupledWorldCase c, int j) => c with
    {
        E = c.E.Select(r => r.Where((_, t) => t != j).ToArray()).ToArray(),
        V = c.V.Where((_, t) => t != j).ToArray(),
    };

    /// <inheritdoc/>
    public override string ToString() => $"D={WorldDimension} d={RepresentationDimension} E={Vectors.Show(E)} v={Vectors.Show(V)} β={Beta:G6}";
}
