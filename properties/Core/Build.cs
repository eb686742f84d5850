using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;

namespace RlaifTheorems.Properties.Core;

/// <summary>Terse constructors for hand-worked cases.</summary>
internal static class Build
{
    public static Vector<double> Vec(params double[] x) => Vector<double>.Build.DenseOfArray(x);

    public static Encoder Enc(params double[][] rows) => Encoder.FromRows(rows);

    public static double[] Row(params double[] x) => x;

    public static LatentValueModel ModelOf(Encoder e, double[] v, double[] m, double[] g) =>
        new(e, new ValueDirection(Vec(v)), Vec(m), Vec(g));

    public static Encoder Identity(int n) => Encoder.FromRows(Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => i == j ? 1.0 : 0.0).ToArray()).ToArray());
}
