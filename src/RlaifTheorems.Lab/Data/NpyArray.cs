using System.IO.MemoryMappedFiles;

namespace RlaifTheorems.Lab.Data;

/// <summary>
/// A one- or two-dimensional float32/float64 NumPy array read through a memory map, so a file larger than memory is
/// read in chunks of rows: only the pages a chunk touches are resident. C order stores row i contiguously; Fortran order
/// stores column j contiguously, and a chunk of rows is then gathered column by column.
/// </summary>
public sealed unsafe class NpyArray : IDisposable
{
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly byte* _data;

    /// <summary>The parsed header.</summary>
    public NpyHeader Header { get; }
    /// <summary>Rows n (items).</summary>
    public long Rows => Header.Rows;
    /// <summary>Columns d (1 for a vector).</summary>
    public int Columns => (int)Header.Columns;
    /// <summary>The file.</summary>
    public string Path { get; }

    private NpyArray(string path)
    {
        Path = path;
        if (Directory.Exists(path)) throw new NpyFormatException(path, "is a directory, not a .npy file");
        if (!File.Exists(path)) throw new NpyFormatException(path, "does not exist");
        long length = new FileInfo(path).Length;
        var head = new byte[(int)Math.Min(length, 1 << 20)];
        using (var stream = File.OpenRead(path)) stream.ReadExactly(head);
        Header = NpyHeader.Parse(head, path);
        if (Header.Columns > int.MaxValue)
            throw new NpyFormatException(path, $"has {Header.Columns} columns; at most {int.MaxValue} are supported");
        if (length < Header.DataOffset + Header.DataBytes)
            throw new NpyFormatException(path, $"is truncated: shape ({Header.Rows}, {Header.Columns}) needs {Header.DataOffset + Header.DataBytes} bytes, the file has {length}");
        if (Header.DataBytes == 0) return;
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* p = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        _data = p + _view.PointerOffset + Header.DataOffset;
    }

    /// <summary>Opens a <c>.npy</c> file.</summary>
    /// <exception cref="NpyFormatException">Missing, a directory, truncated, or a format this reader does not support.</exception>
    public static NpyArray Open(string path) => new(path);

    /// <summary>Copies rows [<paramref name="start"/>, start + count) into <paramref name="destination"/>, row-major, as doubles.</summary>
    public void ReadRows(long start, int count, Span<double> destination)
    {
        if (start < 0 || count < 0 || start + count > Rows) throw new ArgumentOutOfRangeException(nameof(count));
        int d = Columns;
        if (destination.Length < (long)count * d) throw new ArgumentException("destination is too short", nameof(destination));
        if (count == 0 || d == 0) return;
        bool single = Header.Element == NpyElement.Float32;
        if (!Header.FortranOrder)
        {
            long first = start * d;
            if (single) System.Numerics.Tensors.TensorPrimitives.ConvertChecked<float, double>(new ReadOnlySpan<float>((float*)_data + first, count * d), destination);
            else new ReadOnlySpan<double>((double*)_data + first, count * d).CopyTo(destination);
            return;
        }
        for (int j = 0; j < d; j++)
        {
            long first = j * Rows + start;
            for (int i = 0; i < count; i++)
                destination[i * d + j] = single ? ((float*)_data)[first + i] : ((double*)_data)[first + i];
        }
    }

    /// <summary>
    /// Tells the kernel that rows [<paramref name="start"/>, start + count) will not be read again soon (madvise MADV_DONTNEED on
    /// the whole pages they cover), so a pass over a file larger than memory keeps only its current chunk resident. A hint:
    /// the pages are the file's and are read again from it if needed. C order only; elsewhere a no-op.
    /// </summary>
    public void Release(long start, int count)
    {
        if (Header.FortranOrder || _data == null || !OperatingSystem.IsLinux()) return;
        const long page = 4096;
        long first = (long)(_data + start * Columns * (int)Header.Element), last = first + (long)count * Columns * (int)Header.Element;
        long from = (first + page - 1) / page * page, to = last / page * page;
        if (to > from) _ = Madvise((nint)from, (nuint)(to - from), 4);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);

    /// <summary>The whole array as a vector: shape (n,), (n, 1) or (1, n).</summary>
    /// <exception cref="NpyFormatException">A matrix with more than one row and more than one column.</exception>
    public double[] ReadVector()
    {
        if (Rows > 1 && Columns > 1)
            throw new NpyFormatException(Path, $"has shape ({Rows}, {Columns}); one value per item needs shape (n,) or (n, 1)");
        var values = new double[Rows * Columns];
        ReadRows(0, (int)Rows, values);
        return values;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_view is not null) { _view.SafeMemoryMappedViewHandle.ReleasePointer(); _view.Dispose(); }
        _file?.Dispose();
    }

    private bool _disposed;

    /// <summary>Writes a row-major matrix (rows × columns) as a <c>.npy</c> file in the given element type and order.</summary>
    public static void Write(string path, ReadOnlySpan<double> rowMajor, long rows, int columns, NpyElement element = NpyElement.Float64,
        bool fortranOrder = false, int dimensions = 2)
    {
        using var stream = File.Create(path);
        stream.Write(NpyHeader.Format(element, fortranOrder, rows, columns, dimensions));
        var buffer = new byte[(int)element];
        for (long k = 0; k < rows * columns; k++)
        {
            long index = fortranOrder ? (k % rows) * columns + k / rows : k;
            if (element == NpyElement.Float32) BitConverter.TryWriteBytes(buffer, (float)rowMajor[(int)index]);
            else BitConverter.TryWriteBytes(buffer, rowMajor[(int)index]);
            stream.Write(buffer);
        }
    }
}
