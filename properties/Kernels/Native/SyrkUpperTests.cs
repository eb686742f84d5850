using RlaifTheorems.Kernels;

namespace RlaifTheorems.Properties.Kernels.Native;

/// <summary>The triangle update C ← AᵀA + C split over the workers, and the same from rows stored row-major
/// (C ← Σ x_r x_rᵀ + C): the upper triangle equals the direct sums and the strict lower triangle is untouched, at widths whose
/// equal-area split is ragged.</summary>
public sealed class SyrkUpperTests
{
    [Theory]
    [InlineData(700, 37)]
    [InlineData(513, 5)]
    [InlineData(64, 300)]
    public void UpperTriangleIsAtAPlusCAndTheLowerIsUntouched(int n, int k)
    {
        if (!OpenBlas.HasSyrk) return;
        var random = new Random(n + k);
        var a = new double[k * n];
        for (int i = 0; i < a.Length; i++) a[i] = random.NextDouble() - 0.5;
        var c = new double[n * n];
        for (int i = 0; i < c.Length; i++) c[i] = random.NextDouble();
        var before = (double[])c.Clone();
        OpenBlas.SyrkUpper(n, k, a, k, c, n);
        for (int j = 0; j < n; j++)
            for (int i = 0; i < n; i++)
            {
                if (i > j) { Assert.Equal(before[j * n + i], c[j * n + i]); continue; }
                double sum = before[j * n + i];
                for (int r = 0; r < k; r++) sum += a[i * k + r] * a[j * k + r];
                Assert.True(Math.Abs(sum - c[j * n + i]) <= 1e-12 * (1 + k), $"C({i}, {j}) = {c[j * n + i]}, direct {sum}");
            }
    }

    [Theory]
    [InlineData(700, 37, 700)]
    [InlineData(513, 5, 520)]
    [InlineData(64, 300, 64)]
    public void FromRowsTheUpperTriangleIsTheSumOfOuterProducts(int n, int k, int stride)
    {
        if (!OpenBlas.HasSyrk) return;
        var random = new Random(n + k + stride);
        var rows = new double[k * stride];
        for (int i = 0; i < rows.Length; i++) rows[i] = random.NextDouble() - 0.5;
        var c = new double[n * n];
        for (int i = 0; i < c.Length; i++) c[i] = random.NextDouble();
        var before = (double[])c.Clone();
        OpenBlas.SyrkUpperOfRows(n, k, rows, stride, c, n);
        for (int j = 0; j < n; j++)
            for (int i = 0; i < n; i++)
            {
                if (i > j) { Assert.Equal(before[j * n + i], c[j * n + i]); continue; }
                double sum = before[j * n + i];
                for (int r = 0; r < k; r++) sum += rows[r * stride + i] * rows[r * stride + j];
                Assert.True(Math.Abs(sum - c[j * n + i]) <= 1e-12 * (1 + k), $"C({i}, {j}) = {c[j * n + i]}, direct {sum}");
            }
    }
}
