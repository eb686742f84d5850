using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Catalogue.Simulation;

/// <summary>T2.4's Monte Carlo: ρ² of Gaussian encoders, whose row spaces are Haar-random (THEORY T2.4).</summary>
public static class HaarCeilings
{
    /// <summary><paramref name="count"/> Gaussian d×D encoders from <paramref name="seed"/>, each stored by rows (d·D numbers).</summary>
    public static double[] GaussianEncoders(int d, int dWorld, int count, int seed)
    {
        var encoders = new double[count * d * dWorld];
        new GaussianStream(seed).Fill(encoders);
        return encoders;
    }

    /// <summary>
    /// ρ² = ‖P_row(E) e₁‖² of each encoder (v = e₁; the law is rotation invariant). Each encoder's rows are the columns of a
    /// column-major D×d basis; orthonormalising all of them at once (BatchedOrthonormalisation) gives ρ² = Σ_rows q[0]².
    /// </summary>
    public static double[] SquaredCeilings(double[] encoders, int d, int dWorld, int count)
    {
        var rows = new double[encoders.Length];
        BatchedOrthonormalisation.Orthonormalise(encoders, dWorld, d, count, rows);
        var samples = new double[count];
        for (int s = 0; s < count; s++)
            for (int r = 0; r < d; r++)
                samples[s] += Math.Pow(rows[(s * d + r) * dWorld], 2);
        return samples;
    }
}
