using RlaifTheorems.Kernels;

namespace RlaifTheorems.Properties.Kernels.Native;

/// <summary>The triangle update from rows stored row-major, C ← Σ x_r x_rᵀ + C, split over the workers: the upper triangle equals
/// the direct sums and the strict lower triangle is untouched, at widths whose equal-area split is ragged and at strides
/// longer than a row.</summary>
public sealed class SyrkUpperTests
{
    [Theory]
    [InlineData(700, 37, 700)]
    [InlineData(513, 5, 520)]
    [InlineData(64, 300, 64)]
    public void FromRowsTheUpperTriangleIsTheSumOfOuterProducts(int n, int k, int stride)
    {
        if (!OpenBlas.HasSyrk) return;
        var rows = Uniform(k * stride, n + k + stride);
        // Entry i of row r is rows[r·stride + i].
        AssertUpdate(n, k, c => OpenBlas.SyrkUpperOfRows(n, k, rows, stride, c, n), (i, r) => rows[r * stride + i]);
    }

    private static double[] Uniform(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => random.NextDouble() - 0.5).ToArray();
    }

    /// <summary>Runs <paramref name="update"/> on a random C and checks C(i, j), i ≤ j, against C(i, j) + Σ_r x(i, r)·x(j, r)
    /// and the strict lower triangle against C.</summary>
    private static void AssertUpdate(int n, int k, Action<double[]> update, Func<int, int, double> x)
    {
        var c = Uniform(n * n, n * k);
        var before = (double[])c.Clone();
        update(c);
        for (int j = 0; j < n; j++)
            for (int i = 0; i < n; i++)
            {
                if (i > j) { Assert.Equal(before[j * n + i], c[j * n + i]); continue; }
                double sum = before[j * n + i];
                for (int r = 0; r < k; r++) sum += x(i, r) * x(j, r);
                Assert.True(Math.Abs(sum - c[j * n + i]) <= 1e-12 * (1 + k), $"C({i}, {j}) = {c[j * n + i]}, direct {sum}");
            }
    }
}
