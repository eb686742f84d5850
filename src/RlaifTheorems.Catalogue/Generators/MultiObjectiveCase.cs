using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// Several objectives on one model (THEORY T5.1–T5.3): encoder E (rows), value directions v_1…v_k (rows, normalised on
/// use), latent value vector m and generation direction g.
/// </summary>
public sealed record MultiObjectiveCase(double[][] E, double[][] Values, double[] M, double[] G)
{
    /// <summary>D.</summary>
    public int WorldDimension => E[0].Length;
    /// <summary>d.</summary>
    public int RepresentationDimension => E.Length;

    /// <summary>The encoder.</summary>
    public Encoder Encoder() => Core.Model.Encoder.FromRows(E);
    /// <summary>The value directions.</summary>
    public IReadOnlyList<ValueDirection> ValueDirections() => Values.Select(v => new ValueDirection(Vector<double>.Build.DenseOfArray(v))).ToList();
    /// <summary>The gradients n_i = ∇A_i(g).</summary>
    public IReadOnlyList<Vector<double>> Gradients()
    {
        var e = Encoder();
        var g = Vector<double>.Build.DenseOfArray(G);
        return ValueDirections().Select(v => MultiObjective.Gradient(e, v, g)).ToList();
    }

    /// <summary>
    /// Cases with d ≥ <paramref name="minRepresentation"/> and <paramref name="minObjectives"/> to <paramref name="maxObjectives"/>
    /// objectives; edges on purpose: two objectives in direct conflict (v₂ = −v₁, α = π), a set whose positive combination is 0
    /// (0 ∈ conv{n_i} by construction, as n is linear in v), duplicated objectives, and m opposing the sum of the gradients.
    /// </summary>
    public static Arbitrary<MultiObjectiveCase> Arbitrary(int minObjectives = 2, int maxObjectives = 5, int minRepresentation = 1) => Arb.From(
        Gen.Sized(size =>
            from extraD in Gen.Choose(0, Math.Min(7, size / 12))
            let dWorld = Math.Max(2, minRepresentation) + extraD
            from d in Gen.Choose(minRepresentation, dWorld)
            from e in ModelCaseGenerator.Encoder(d, dWorld)
            from k in Gen.Choose(minObjectives, maxObjectives)
            from values in ObjectiveRows(k, dWorld)
            from g in Reals.NormalVector(d)
            from m in Latent(e, values, g, d)
            select new MultiObjectiveCase(e, values, m, g))
        .Where(c => c.IsValid()));

    private static Gen<double[][]> ObjectiveRows(int k, int dWorld) => Gen.Frequency(
        (4, Reals.NormalMatrix(k, dWorld)),
        (1, Reals.NormalMatrix(k, dWorld).Select(v => v.Select((row, i) => i == 1 ? Vectors.Scale(v[0], -1) : row).ToArray())),
        (1, Reals.NormalMatrix(k, dWorld).Select(v => v.Select((row, i) => i == 1 ? v[0] : row).ToArray())),
        // Stryker disable once Arithmetic,Linq : more weights than rows leaves the extra ones unread; the combination placed first
        // rather than last plants 0 in the hull alike, and the objectives' order does not matter to T5.1–T5.3.
        (1, from v in Reals.NormalMatrix(k - 1, dWorld)
            from c in Gen.ArrayOf(Reals.Uniform(0.2, 2), k - 1)
            select v.Append(Vectors.Scale(v.Select((row, i) => Vectors.Scale(row, c[i])).Aggregate((x, y) => x.Select((t, j) => t + y[j]).ToArray()), -1)).ToArray()));

    private static Gen<double[]> Latent(double[][] e, double[][] values, double[] g, int d)
    {
        var generic = Reals.NormalVector(d);
        var partial = new MultiObjectiveCase(e, values, new double[d], g);
        if (!partial.IsValid(requireLatent: false)) return generic;
        var sum = partial.Gradients().Aggregate((x, y) => x + y);
        // Stryker disable once Equality : a sum of norm exactly 1e-9 is not reached.
        return sum.L2Norm() < 1e-9 ? generic : Gen.Frequency((4, generic), (1, Reals.Uniform(0.2, 2).Select(c => (-c * sum).ToArray())));
    }

    /// <summary>True when E has full row rank, every v_i and g are non-zero and (unless not required) m is non-zero.</summary>
    public bool IsValid(bool requireLatent = true)
    {
        try
        {
            Encoder();
            ValueDirections();
            if (Vectors.Norm(G) == 0 || (requireLatent && Vectors.Norm(M) == 0)) return false;
            return Values.All(v => v.Length == WorldDimension) && G.Length == RepresentationDimension && M.Length == RepresentationDimension;
        }
        catch (Core.Numerics.ModelInputException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"D={WorldDimension} d={RepresentationDimension} E={Vectors.Show(E)} v={Vectors.Show(Values)} m={Vectors.Show(M)} g={Vectors.Show(G)}";
}
