namespace RlaifTheorems.Lab.Data;

/// <summary>A NumPy <c>.npy</c> file this lab cannot read, with the one-line reason (a bad magic string, an unsupported
/// dtype, a shape that is not one or two dimensions, a file shorter than its header says).</summary>
public sealed class NpyFormatException(string path, string reason) : Exception($"{path}: {reason}")
{
    /// <summary>The file.</summary>
    public string FilePath { get; } = path;
}
