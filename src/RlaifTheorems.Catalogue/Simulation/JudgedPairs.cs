using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Catalogue.Simulation;

/// <summary>S1's Monte Carlo: responses judged in pairs by a Bradley–Terry judge (THEORY S1).</summary>
public static class JudgedPairs
{
    /// <summary>
    /// <paramref name="count"/> response pairs z₁, z₂ ~ N(0, I_D) from <paramref name="seed"/>, as features h = E(z₁ − z₂)
    /// (columns), each labelled "1 preferred" with the Bradley–Terry probability σ(⟨<paramref name="judge"/>, h⟩).
    /// </summary>
    public static (Matrix<double> Features, bool[] Labels) LabelledPairs(LatentValueModel model, Vector<double> judge, int count, int seed)
    {
        int d = model.RepresentationDimension, dWorld = model.Encoder.WorldDimension;
        var stream = new GaussianStream(seed);
        var z1 = new double[dWorld];
        var z2 = new double[dWorld];
        var features = Matrix<double>.Build.Dense(d, count);
        var labels = new bool[count];
        var e = model.Encoder.Matrix;
        for (int i = 0; i < count; i++)
        {
            stream.Fill(z1);
            stream.Fill(z2);
            var h = e * Vector<double>.Build.DenseOfEnumerable(z1.Zip(z2, (a, b) => a - b));
            features.SetColumn(i, h);
            labels[i] = stream.Uniform() < BradleyTerry.Sigmoid(judge.DotProduct(h));
        }
        return (features, labels);
    }
}
