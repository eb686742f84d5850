using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Properties.Lab.Geometry;

/// <summary>
/// Reading activations in chunks while the next chunk is read ahead: every row reaches the action once, in order, with its own
/// value and start; a shard (a row range) sees only its rows; a non-finite entry in a chunk read ahead is reported as that
/// chunk's one-line data error, not as a wrapped task failure.
/// </summary>
public sealed class NpyItemSourceTests
{
    [Theory]
    [InlineData(0, 50, 7)]
    [InlineData(13, 30, 4)]
    [InlineData(0, 50, 50)]
    [InlineData(49, 1, 3)]
    public void EveryRowArrivesOnceInOrderWithItsValue(int first, int count, int chunkRows)
    {
        const int n = 50, d = 3;
        var rows = Enumerable.Range(0, n * d).Select(k => (double)k).ToArray();
        var values = Enumerable.Range(0, n).Select(i => 1000.0 + i).ToArray();
        string path = TempFiles.Path("activations") + ".npy";
        NpyArray.Write(path, rows, n, d, NpyElement.Float32);
        using var array = NpyArray.Open(path);
        using var source = new NpyItemSource(array, values, "test", first, count, chunkRows);
        var seen = new List<long>();
        source.ForEachChunk((chunk, chunkValues, start, rowsInChunk) =>
        {
            Assert.True(rowsInChunk <= chunkRows);
            for (int i = 0; i < rowsInChunk; i++)
            {
                long row = first + start + i;
                seen.Add(row);
                Assert.Equal(1000.0 + row, chunkValues[i]);
                for (int j = 0; j < d; j++) Assert.Equal(row * d + j, chunk[i * d + j]);
            }
        });
        Assert.Equal(Enumerable.Range(first, count).Select(i => (long)i), seen);
    }

    [Fact]
    public void ANonFiniteEntryReadAheadIsItsChunksDataError()
    {
        const int n = 40, d = 2;
        var rows = Enumerable.Range(0, n * d).Select(k => (double)k).ToArray();
        rows[33 * d + 1] = double.PositiveInfinity;
        string path = TempFiles.Path("activations") + ".npy";
        NpyArray.Write(path, rows, n, d, NpyElement.Float64);
        using var array = NpyArray.Open(path);
        using var source = new NpyItemSource(array, new double[n], "test", 0, n, 10);
        int chunks = 0;
        var error = Assert.Throws<LabDataException>(() => source.ForEachChunk((_, _, _, _) => chunks++));
        Assert.Contains("rows 30…39", error.Message);
        Assert.Equal(3, chunks);
    }
}
