using System.Text;
using System.Text.RegularExpressions;

namespace RlaifTheorems.Lab.Data;

/// <summary>The element type of a <c>.npy</c> array: little-endian IEEE float32 (<c>&lt;f4</c>) or float64 (<c>&lt;f8</c>).</summary>
public enum NpyElement { Float32 = 4, Float64 = 8 }

/// <summary>
/// The header of a NumPy <c>.npy</c> file, format versions 1.0, 2.0 and 3.0: the magic <c>\x93NUMPY</c>, the version, the
/// header's length (2 bytes in 1.0, 4 in 2.0 and 3.0), and a Python dict literal with <c>descr</c>, <c>fortran_order</c> and
/// <c>shape</c>; the data begins at a multiple of 64 bytes. Only one- and two-dimensional float arrays are supported.
/// </summary>
public sealed partial record NpyHeader(NpyElement Element, bool FortranOrder, long Rows, long Columns, int Dimensions, long DataOffset)
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Bytes of the data: rows × columns × element size.</summary>
    public long DataBytes => Rows * Columns * (int)Element;

    /// <summary>Parses the header at the start of <paramref name="bytes"/> (at least its first 10 bytes, and the whole header).</summary>
    /// <exception cref="NpyFormatException">Anything this reader does not support, named.</exception>
    public static NpyHeader Parse(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length < 10 || !bytes[..6].SequenceEqual(Magic))
            throw new NpyFormatException(path, "not a NumPy .npy file (the magic string \\x93NUMPY is missing)");
        int major = bytes[6], minor = bytes[7];
        if (major is < 1 or > 3 || minor != 0)
            throw new NpyFormatException(path, $"unsupported .npy format version {major}.{minor} (supported: 1.0, 2.0, 3.0)");
        int lengthBytes = major == 1 ? 2 : 4, start = 8 + lengthBytes;
        if (bytes.Length < start)
            throw new NpyFormatException(path, "the file ends inside its header");
        long headerLength = major == 1 ? BitConverter.ToUInt16(bytes.Slice(8, 2)) : BitConverter.ToUInt32(bytes.Slice(8, 4));
        if (bytes.Length < start + headerLength)
            throw new NpyFormatException(path, $"the file ends inside its header ({headerLength} bytes announced)");
        var encoding = major == 3 ? Encoding.UTF8 : Encoding.Latin1;
        string dict = encoding.GetString(bytes.Slice(start, (int)headerLength)).Trim();

        string descr = Field(DescrPattern(), dict, "descr", path);
        var element = descr switch
        {
            "<f4" => NpyElement.Float32,
            "<f8" => NpyElement.Float64,
            "=f4" or "|f4" when BitConverter.IsLittleEndian => NpyElement.Float32,
            "=f8" or "|f8" when BitConverter.IsLittleEndian => NpyElement.Float64,
            _ => throw new NpyFormatException(path, $"unsupported dtype '{descr}' (supported: little-endian float32 '<f4' and float64 '<f8')"),
        };
        bool fortran = Field(FortranPattern(), dict, "fortran_order", path) == "True";
        string shapeText = Field(ShapePattern(), dict, "shape", path);
        var parts = shapeText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2)
            throw new NpyFormatException(path, $"shape ({shapeText}) has {parts.Length} dimensions; the lab reads a vector (n,) or a matrix (n, d)");
        var shape = parts.Select(p => long.TryParse(p, out long v) && v >= 0 ? v
            : throw new NpyFormatException(path, $"shape ({shapeText}) is not a tuple of non-negative integers")).ToArray();
        long rows = shape[0], columns = parts.Length == 2 ? shape[1] : 1;
        return new NpyHeader(element, fortran, rows, columns, parts.Length, start + headerLength);
    }

    /// <summary>The header bytes (format 1.0, or 2.0 when the dict does not fit 65,535 bytes), padded so the data is 64-aligned.</summary>
    public static byte[] Format(NpyElement element, bool fortranOrder, long rows, long columns, int dimensions = 2)
    {
        string shape = dimensions == 1 ? $"({rows},)" : $"({rows}, {columns})";
        string dict = $"{{'descr': '{(element == NpyElement.Float32 ? "<f4" : "<f8")}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shape}, }}";
        int version = dict.Length + 12 > ushort.MaxValue ? 2 : 1, prefix = version == 1 ? 10 : 12;
        int total = (prefix + dict.Length + 1 + 63) / 64 * 64;
        var padded = dict.PadRight(total - prefix - 1) + "\n";
        var header = new byte[total];
        Magic.CopyTo(header, 0);
        header[6] = (byte)version;
        if (version == 1) BitConverter.TryWriteBytes(header.AsSpan(8, 2), (ushort)padded.Length);
        else BitConverter.TryWriteBytes(header.AsSpan(8, 4), (uint)padded.Length);
        Encoding.Latin1.GetBytes(padded, header.AsSpan(prefix));
        return header;
    }

    private static string Field(Regex pattern, string dict, string name, string path)
    {
        var match = pattern.Match(dict);
        if (!match.Success) throw new NpyFormatException(path, $"the header has no readable '{name}' field: {dict}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"['""]descr['""]\s*:\s*['""]([^'""]*)['""]")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"['""]fortran_order['""]\s*:\s*(True|False)")]
    private static partial Regex FortranPattern();

    [GeneratedRegex(@"['""]shape['""]\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
