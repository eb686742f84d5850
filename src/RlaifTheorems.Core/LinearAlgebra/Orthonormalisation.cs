using RlaifTheorems.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Core.LinearAlgebra;

/// <summary>
/// Orthonormal basis of the span of a set of vectors: modified Gram–Schmidt applied twice (<see cref="IBatchedLinearAlgebra.Orthonormalise"/>
/// with one basis) on the vectors each rescaled by its own power of two, dropping a vector whose residual is below
/// <see cref="Tolerance.RankThreshold"/> times the largest (rescaled) input norm: it lies in the span of the earlier ones.
/// </summary>
public static class Orthonormalisation
{
    /// <summary>Columns of the result are an orthonormal basis of span(vectors); 0 columns if they are all zero.</summary>
    public static Matrix<double> Basis(IReadOnlyList<Vector<double>> vectors, int dimension)
    {
        var block = new double[dimension * vectors.Count];
        // Each vector rescaled by its own power of two (exact, the span unchanged): a vector is then dropped when its residual
        // is small against its own size, not against the largest input's, and 1e160 or 1e-170 entries neither over- nor underflow.
        for (int c = 0; c < vectors.Count; c++)
        {
            var (scaled, _) = PowerOfTwo.Normalised(vectors[c]);
            for (int i = 0; i < dimension; i++) block[c * dimension + i] = scaled[i];
        }
        var q = new double[block.Length];
        BatchedLinearAlgebra.Current.Orthonormalise(block, dimension, vectors.Count, 1, q);
        var columns = Enumerable.Range(0, vectors.Count)
            .Select(c => q.AsSpan(c * dimension, dimension).ToArray())
            .Where(col => col.Any(t => t != 0))
            .Select(col => Vector<double>.Build.DenseOfArray(col))
            .ToList();
        return columns.Count == 0 ? Matrix<double>.Build.Dense(dimension, 0) : Matrix<double>.Build.DenseOfColumnVectors(columns);
    }

    /// <summary>The orthonormalised non-zero rows of <paramref name="rows"/> (all of one length), as plain arrays.</summary>
    public static double[][] Rows(IReadOnlyList<double[]> rows)
    {
        if (rows.Count == 0) return [];
        int n = rows[0].Length;
        var basis = Basis(rows.Select(r => Vector<double>.Build.DenseOfArray(r)).ToList(), n);
        return basis.EnumerateColumns().Select(c => c.ToArray()).ToArray();
    }
}
