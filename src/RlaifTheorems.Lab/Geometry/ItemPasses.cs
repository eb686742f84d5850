using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Lab.Geometry;

/// <summary>The passes the studies make over an <see cref="IItemSource"/>: moments (by fold) and scores ⟨u, h_i⟩.</summary>
public static class ItemPasses
{
    /// <summary>Moments of all items, item i in fold <paramref name="fold"/>[i] (null: one fold).</summary>
    public static MomentAccumulator Moments(IItemSource items, int folds = 1, int[]? fold = null)
    {
        var acc = new MomentAccumulator(items.Dimension, folds);
        items.ForEachChunk((rows, values, start, count) =>
            acc.Add(rows, values, count, fold is null ? default : fold.AsSpan((int)start, count)));
        return acc;
    }

    /// <summary>⟨u_k, h_i⟩ for each direction u_k and item i (one pass): result[k][i].</summary>
    public static double[][] Scores(IItemSource items, params Vector<double>[] directions)
    {
        var result = directions.Select(_ => new double[items.Count]).ToArray();
        var ws = directions.Select(u => u.ToArray()).ToArray();
        int d = items.Dimension;
        items.ForEachChunk((rows, values, start, count) =>
        {
            for (int i = 0; i < count; i++)
            {
                var row = rows.Slice(i * d, d);
                for (int k = 0; k < ws.Length; k++)
                    result[k][start + i] = System.Numerics.Tensors.TensorPrimitives.Dot<double>(row, ws[k]);
            }
        });
        return result;
    }

    /// <summary>All values y_i (one pass).</summary>
    public static double[] Values(IItemSource items)
    {
        var y = new double[items.Count];
        items.ForEachChunk((rows, values, start, count) => values.CopyTo(y.AsSpan((int)start, count)));
        return y;
    }

    /// <summary>The mean representation E h (uncentred; one pass).</summary>
    public static Vector<double> Mean(IItemSource items)
    {
        var sum = new double[items.Dimension];
        int d = items.Dimension;
        items.ForEachChunk((rows, values, start, count) =>
        {
            for (int i = 0; i < count; i++) for (int j = 0; j < d; j++) sum[j] += rows[i * d + j];
        });
        return Vector<double>.Build.DenseOfArray(sum) / items.Count;
    }
}
