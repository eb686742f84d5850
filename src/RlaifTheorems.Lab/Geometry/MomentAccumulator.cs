using RlaifTheorems.Lab.Data;
using System.Numerics.Tensors;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Lab.Geometry;

/// <summary>
/// Accumulates <see cref="Moments"/> in one pass over chunks of items, separately for each of k folds, so that the moments of all
/// items and of all items but one fold (for cross-validation) come from the same pass. Sums are of shifted values h − s,
/// y − t (s, t: the first chunk's means), which keeps the cancellation in Σ hhᵀ − n μμᵀ small when the data sit far from 0.
/// The d×d sums take the upper triangle of Σ (h − s)(h − s)ᵀ by OpenBLAS's dsyrk on the chunk's shifted rows as read (a chunk
/// costs count·d²/2 multiply-adds), else a managed loop over a transposed copy. Memory: k·(d² + d) doubles and one chunk's
/// block, independent of n.
/// </summary>
public sealed class MomentAccumulator
{
    private readonly int _d, _folds;
    private readonly long[] _count;
    private readonly double[][] _sumH, _sumHH, _sumHY;
    private readonly double[] _sumY, _sumYY;
    private double[]? _shift;
    private double[] _block = [], _columns = [];
    private double _valueShift;

    /// <summary>An accumulator for d-dimensional items in <paramref name="folds"/> folds (1 for plain moments).</summary>
    public MomentAccumulator(int dimension, int folds = 1)
    {
        if (dimension < 1) throw new ArgumentOutOfRangeException(nameof(dimension));
        if (folds < 1) throw new ArgumentOutOfRangeException(nameof(folds));
        _d = dimension;
        _folds = folds;
        _count = new long[folds];
        _sumH = Enumerable.Range(0, folds).Select(_ => new double[dimension]).ToArray();
        _sumHH = Enumerable.Range(0, folds).Select(_ => new double[(long)dimension * dimension]).ToArray();
        _sumHY = Enumerable.Range(0, folds).Select(_ => new double[dimension]).ToArray();
        _sumY = new double[folds];
        _sumYY = new double[folds];
    }

    /// <summary>Adds <paramref name="count"/> items: their rows (row-major, count×d), values, and folds (null: all in fold 0).</summary>
    public void Add(ReadOnlySpan<double> rows, ReadOnlySpan<double> values, int count, ReadOnlySpan<int> folds = default)
    {
        if (count == 0) return;
        if (_shift is null)
        {
            _shift = new double[_d];
            for (int i = 0; i < count; i++) for (int j = 0; j < _d; j++) _shift[j] += rows[i * _d + j] / count;
            for (int i = 0; i < count; i++) _valueShift += values[i] / count;
        }
        for (int f = 0; f < _folds; f++)
        {
            var members = new List<int>(count);
            for (int i = 0; i < count; i++) if ((folds.IsEmpty ? 0 : folds[i]) == f) members.Add(i);
            if (members.Count == 0) continue;
            int n = members.Count;
            // T: the fold's shifted rows, row-major n×d as read (the Gram update takes rows as they are); one buffer, reused.
            if (_block.LongLength < (long)n * _d) _block = new double[(long)n * _d];
            var sumH = _sumH[f];
            var sumHY = _sumHY[f];
            for (int k = 0; k < n; k++)
            {
                int i = members[k];
                double y = values[i] - _valueShift;
                _sumY[f] += y;
                _sumYY[f] += y * y;
                var x = _block.AsSpan(k * _d, _d);
                TensorPrimitives.Subtract(rows.Slice(i * _d, _d), _shift, x);
                TensorPrimitives.Add(sumH, x, sumH);
                TensorPrimitives.MultiplyAdd(x, y, sumHY, sumHY);
            }
            _count[f] += n;
            AddGram(_block, n, _sumHH[f]);
        }
    }

    private void AddGram(double[] t, int n, double[] gram)
    {
        if (OpenBlas.HasSyrk && (long)n * _d >= 4096)
        {
            // The Gram matrix is symmetric: dsyrk forms its upper triangle (column-major) with half of dgemm's multiply-adds,
            // and Combine mirrors it.
            OpenBlas.SyrkUpperOfRows(_d, n, t, _d, gram, _d);
            return;
        }
        // Managed: columns of T made contiguous once, then one dot product per entry of the triangle.
        if (_columns.LongLength < (long)n * _d) _columns = new double[(long)n * _d];
        var columns = _columns;
        for (int k = 0; k < n; k++)
            for (int j = 0; j < _d; j++) columns[(long)j * n + k] = t[(long)k * _d + j];
        Parallel.For(0, _d, a =>
        {
            var ca = columns.AsSpan(a * n, n);
            for (int b = 0; b <= a; b++)
            {
                var cb = columns.AsSpan(b * n, n);
                double s = TensorPrimitives.Dot<double>(ca, cb);
                gram[(long)a * _d + b] += s;
                if (a != b) gram[(long)b * _d + a] += s;
            }
        });
    }

    /// <summary>The moments of all items.</summary>
    public Moments Total() => Combine(f => true);

    /// <summary>The moments of the items outside fold <paramref name="fold"/> (a cross-validation training set).</summary>
    public Moments Excluding(int fold) => Combine(f => f != fold);

    /// <summary>The moments of the items in fold <paramref name="fold"/>.</summary>
    public Moments Of(int fold) => Combine(f => f == fold);

    /// <summary>The number of items in fold <paramref name="fold"/>.</summary>
    public long CountOf(int fold) => _count[fold];

    private Moments Combine(Func<int, bool> include)
    {
        long n = 0;
        var sumH = new double[_d];
        var sumHH = new double[(long)_d * _d];
        var sumHY = new double[_d];
        double sumY = 0, sumYY = 0;
        for (int f = 0; f < _folds; f++)
        {
            if (!include(f)) continue;
            n += _count[f];
            sumY += _sumY[f];
            sumYY += _sumYY[f];
            for (int j = 0; j < _d; j++) { sumH[j] += _sumH[f][j]; sumHY[j] += _sumHY[f][j]; }
            for (long k = 0; k < sumHH.LongLength; k++) sumHH[k] += _sumHH[f][k];
        }
        // Σ hhᵀ is kept on its upper triangle (column-major C(a, b), a ≤ b, at b·d + a) by dsyrk, in full by the managed loop:
        // the upper triangle is the one both keep, and it is mirrored.
        for (int b = 0; b < _d; b++)
            for (int a = 0; a < b; a++)
                sumHH[(long)a * _d + b] = sumHH[(long)b * _d + a];
        if (n == 0) throw new LabDataException("no items");
        var mean = new double[_d];
        for (int j = 0; j < _d; j++) mean[j] = sumH[j] / n;
        double meanY = sumY / n;
        var cov = new double[(long)_d * _d];
        for (int a = 0; a < _d; a++)
            for (int b = 0; b < _d; b++)
                cov[(long)a * _d + b] = sumHH[(long)a * _d + b] / n - mean[a] * mean[b];
        var cross = new double[_d];
        for (int j = 0; j < _d; j++) cross[j] = sumHY[j] / n - mean[j] * meanY;
        double varY = Math.Max(0, sumYY / n - meanY * meanY);
        var shifted = new double[_d];
        for (int j = 0; j < _d; j++) shifted[j] = mean[j] + _shift![j];
        // Entries near 1e300 square beyond the double range: the statistics are then not numbers, and nothing downstream is.
        if (!double.IsFinite(varY) || shifted.Any(x => !double.IsFinite(x)) || cov.Any(x => !double.IsFinite(x)) || cross.Any(x => !double.IsFinite(x)))
            throw new LabDataException("the items' second moments overflow the double range (entries or values beyond about 1e150): rescale them");
        return new Moments(n, shifted, cov, cross, meanY + _valueShift, varY);
    }
}
