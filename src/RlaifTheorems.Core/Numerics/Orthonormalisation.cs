using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Core.Numerics;

/// <summary>
/// Orthonormal basis of the span of a set of vectors: modified Gram–Schmidt applied twice ("twice is enough",
/// Giraud–Langou–Rozložník 2005), dropping a vector whose residual is below
/// <see cref="Tolerance.RankThreshold"/> times the largest input norm (it lies in the span of the earlier ones).
/// </summary>
public static class Orthonormalisation
{
    /// <summary>Columns of the result are an orthonormal basis of span(vectors); 0 columns if they are all zero.</summary>
    public static Matrix<double> Basis(IReadOnlyList<Vector<double>> vectors, int dimension)
    {
        double scale = vectors.Count == 0 ? 0 : vectors.Max(x => x.L2Norm());
        var basis = new List<Vector<double>>();
        foreach (var x in vectors)
        {
            var r = x.Clone();
            for (int pass = 0; pass < 2; pass++)
                foreach (var q in basis)
                    r -= r.DotProduct(q) * q;
            double norm = r.L2Norm();
            if (norm > Tolerance.RankThreshold * scale && norm > 0)
                basis.Add(r / norm);
        }
        return basis.Count == 0
            ? Matrix<double>.Build.Dense(dimension, 0)
            : Matrix<double>.Build.DenseOfColumnVectors(basis);
    }
}
