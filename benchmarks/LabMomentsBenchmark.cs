using System.Diagnostics;
using System.IO.MemoryMappedFiles;
using RlaifTheorems.Kernels;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Benchmarks;

/// <summary>
/// <c>lab-moments ROWS COLUMNS FILE</c>: the lab's one-pass statistics over activations larger than memory. Generates (once) a
/// seeded float32 C-order .npy of ROWS × COLUMNS at FILE — h ~ uniform(−½, ½)^d with values y = h₀ + h₁ + noise — then times one
/// pass of <see cref="MomentAccumulator"/> through the memory map (means, covariance, cross-covariance) and prints the
/// process's peak resident and private memory, the in-sample ρ from the moments against its known value, and the throughput.
/// </summary>
public static class LabMomentsBenchmark
{
    public static void Run(long rows, int columns, string path)
    {
        if (!File.Exists(path)) Generate(rows, columns, path);
        var values = new double[rows];
        var y = new Random(7);
        using (var array = NpyArray.Open(path))
        {
            var row = new double[columns];
            // Values from the first two coordinates (read back from the file, so the benchmark's data are the file's).
            var buffer = new double[(long)Math.Min(rows, 1024) * columns];
            for (long start = 0; start < rows; start += 1024)
            {
                int count = (int)Math.Min(1024, rows - start);
                array.ReadRows(start, count, buffer);
                for (int i = 0; i < count; i++) values[start + i] = buffer[(long)i * columns] + buffer[(long)i * columns + 1] + 0.2 * (y.NextDouble() - 0.5);
                array.Release(start, count);
            }
        }
        Console.WriteLine($"lab-moments: {rows} × {columns} float32 ({new FileInfo(path).Length / 1e9:F2} GB), OpenBLAS {(OpenBlas.IsAvailable ? OpenBlas.CoreName : "absent (managed path)")}");
        var watch = Stopwatch.StartNew();
        using var npy = NpyArray.Open(path);
        using var items = new NpyItemSource(npy, values, Path.GetFileName(path));
        var moments = ItemPasses.Moments(items).Total();
        watch.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        // Known ρ: y = h₀ + h₁ + ε, Var h_j = 1/12, Var ε = 0.04/12, so ρ² = (2/12) / (2/12 + 0.04/12).
        double varY = moments.ValueVariance, c0 = moments.CrossCovariance[0], c1 = moments.CrossCovariance[1];
        double s00 = moments.Covariance[0], s11 = moments.Covariance[columns + 1], s01 = moments.Covariance[1];
        double det = s00 * s11 - s01 * s01, rho2 = (c0 * c0 * s11 - 2 * c0 * c1 * s01 + c1 * c1 * s00) / det / varY;
        Console.WriteLine($"lab-moments: one pass {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1e9 / watch.Elapsed.TotalSeconds:F2} GB/s, " +
            $"{2.0 * rows * columns * columns / watch.Elapsed.TotalSeconds / 1e9:F0} GFlop/s); peak resident {self.PeakWorkingSet64 / 1e9:F2} GB, " +
            $"private {self.PrivateMemorySize64 / 1e9:F2} GB, managed heap {GC.GetTotalMemory(false) / 1e9:F2} GB");
        Console.WriteLine($"lab-moments: ρ from the moments (first two coordinates) {Math.Sqrt(rho2):F5}, known {Math.Sqrt(2.0 / 2.04):F5}");
    }

    private static void Generate(long rows, int columns, string path)
    {
        var header = NpyHeader.Format(NpyElement.Float32, false, rows, columns);
        long bytes = header.Length + rows * columns * 4L;
        using (var stream = File.Create(path)) { stream.Write(header); stream.SetLength(bytes); }
        using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite);
        const long block = 4096;
        Parallel.For(0, (rows + block - 1) / block, b =>
        {
            long start = b * block, count = Math.Min(block, rows - start);
            using var view = file.CreateViewAccessor(header.Length + start * columns * 4L, count * columns * 4L);
            var state = new Xoshiro256((ulong)b + 1);
            var line = new float[columns];
            for (long i = 0; i < count; i++)
            {
                for (int j = 0; j < columns; j++) line[j] = (float)(state.NextDouble() - 0.5);
                view.WriteArray(i * columns * 4L, line, 0, columns);
            }
        });
        Console.WriteLine($"lab-moments: generated {path}");
    }
}
