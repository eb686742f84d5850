using System.Text;
using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Properties.Lab.Data;

/// <summary>The .npy reader: format versions 1–3, float32 and float64, C and Fortran order, read in chunks of rows; anything else
/// is a one-line typed error naming the problem.</summary>
public sealed class NpyArrayTests
{
    private static readonly double[] Matrix = Enumerable.Range(0, 5 * 3).Select(k => k * 0.5 - 3).ToArray();

    [Theory]
    [InlineData(NpyElement.Float64, false)]
    [InlineData(NpyElement.Float64, true)]
    [InlineData(NpyElement.Float32, false)]
    [InlineData(NpyElement.Float32, true)]
    public void RoundTripsInChunks(NpyElement element, bool fortran)
    {
        string path = TempFiles.Path("npy");
        NpyArray.Write(path, Matrix, 5, 3, element, fortran);
        using var array = NpyArray.Open(path);
        Assert.Equal((5L, 3), (array.Rows, array.Columns));
        var read = new double[15];
        array.ReadRows(0, 2, read);
        array.ReadRows(2, 3, read.AsSpan(6));
        Assert.Equal(Matrix, read);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ReadsFormatVersionsTwoAndThree(int version)
    {
        string dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }";
        int total = (12 + dict.Length + 1 + 63) / 64 * 64;
        string padded = dict.PadRight(total - 13) + "\n";
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', (byte)version, 0 };
        bytes.AddRange(BitConverter.GetBytes((uint)padded.Length));
        bytes.AddRange(Encoding.UTF8.GetBytes(padded));
        foreach (double x in new[] { 1.0, 2, 3, 4 }) bytes.AddRange(BitConverter.GetBytes(x));
        string path = TempFiles.Path("npy");
        File.WriteAllBytes(path, bytes.ToArray());
        using var array = NpyArray.Open(path);
        var read = new double[4];
        array.ReadRows(0, 2, read);
        Assert.Equal(new[] { 1.0, 2, 3, 4 }, read);
    }

    [Theory]
    [InlineData("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 2), }", "unsupported dtype '<i4'")]
    [InlineData("{'descr': '>f8', 'fortran_order': False, 'shape': (2, 2), }", "unsupported dtype '>f8'")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2, 2), }", "3 dimensions")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (9, 9), }", "truncated")]
    [InlineData("{'descr': '<f8', 'shape': (2, 2), }", "no readable 'fortran_order'")]
    public void RejectsWhatItCannotRead(string dict, string reason)
    {
        string path = TempFiles.Path("npy");
        var header = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0 };
        string padded = dict.PadRight((10 + dict.Length + 1 + 63) / 64 * 64 - 11) + "\n";
        header.AddRange(BitConverter.GetBytes((ushort)padded.Length));
        header.AddRange(Encoding.Latin1.GetBytes(padded));
        header.AddRange(new byte[32]);
        File.WriteAllBytes(path, header.ToArray());
        var e = Assert.Throws<NpyFormatException>(() => NpyArray.Open(path));
        Assert.Contains(reason, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void NamesAFileThatIsNotNpyAndADirectory()
    {
        string path = TempFiles.Write("not numpy", "npy");
        Assert.Contains("magic", Assert.Throws<NpyFormatException>(() => NpyArray.Open(path)).Message);
        Assert.Contains("is a directory", Assert.Throws<NpyFormatException>(() => NpyArray.Open(TempFiles.Root)).Message);
        Assert.Contains("does not exist", Assert.Throws<NpyFormatException>(() => NpyArray.Open(path + ".missing")).Message);
    }
}
