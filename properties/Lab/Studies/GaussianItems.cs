using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>Synthetic items from the linear-Gaussian model itself: z ~ N(0, I_D), h = E z, y = ⟨v, z⟩, with a seeded random
/// E ∈ R^{d×D} and unit v, so the population ρ = ‖P_row(E) v‖ and the population path are the core's closed forms.</summary>
internal sealed record GaussianItems(ItemSet Items, Encoder Encoder, ValueDirection Value)
{
    public static GaussianItems Draw(int n, int d, int world, int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var e = Matrix<double>.Build.Dense(d, world, (_, _) => Normal());
        var v = Vector<double>.Build.Dense(world, _ => Normal()).Normalize(2);
        var h = new double[n * d];
        var y = new double[n];
        var z = new double[world];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < world; k++) z[k] = Normal();
            for (int j = 0; j < d; j++)
            {
                double s = 0;
                for (int k = 0; k < world; k++) s += e[j, k] * z[k];
                h[i * d + j] = s;
            }
            double value = 0;
            for (int k = 0; k < world; k++) value += v[k] * z[k];
            y[i] = value;
        }
        var items = new ItemSet(Enumerable.Range(0, n).Select(i => $"item {i}").ToArray(), h, y, d, $"gaussian seed {seed}");
        return new GaussianItems(items, new Encoder(e), new ValueDirection(v));
    }

    public Vector<double> RandomDirection(Random random) =>
        Vector<double>.Build.Dense(Items.Dimension, _ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
