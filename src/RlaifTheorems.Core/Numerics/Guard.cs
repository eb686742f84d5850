using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Core.Numerics;

/// <summary>
/// Input validation shared by the core's public functions. Each check comes twice: <c>XProblem</c> returns what is wrong (or
/// null) for the <c>TryCreate</c> functions, and <c>X</c> throws it as a <see cref="ModelInputException"/>.
/// </summary>
public static class Guard
{
    /// <summary>Throws <paramref name="problem"/> when there is one.</summary>
    /// <exception cref="ModelInputException"><paramref name="problem"/> is not null.</exception>
    public static void Throw(ModelInputException? problem)
    {
        if (problem is not null) throw problem;
    }

    /// <summary>Every entry of <paramref name="x"/> is finite.</summary>
    public static void Finite(Vector<double> x, string name) => Throw(FiniteProblem(x, name));

    /// <summary>The first non-finite entry of <paramref name="x"/>, if any.</summary>
    public static ModelInputException? FiniteProblem(Vector<double> x, string name)
    {
        for (int i = 0; i < x.Count; i++)
            if (!double.IsFinite(x[i]))
                return new ModelInputException(InputProblem.NonFiniteEntry, name, $"entry {i} is {x[i]}; every entry must be finite");
        return null;
    }

    /// <summary>Every entry of <paramref name="a"/> is finite.</summary>
    public static void Finite(Matrix<double> a, string name) => Throw(FiniteProblem(a, name));

    /// <summary>The first non-finite entry of <paramref name="a"/>, if any.</summary>
    public static ModelInputException? FiniteProblem(Matrix<double> a, string name)
    {
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < a.ColumnCount; j++)
                if (!double.IsFinite(a[i, j]))
                    return new ModelInputException(InputProblem.NonFiniteEntry, name, $"entry ({i},{j}) is {a[i, j]}; every entry must be finite");
        return null;
    }

    /// <summary><paramref name="x"/> has length <paramref name="length"/>.</summary>
    public static void Length(Vector<double> x, int length, string name, string what) => Throw(LengthProblem(x, length, name, what));

    /// <summary>Whether <paramref name="x"/> has another length than <paramref name="length"/>.</summary>
    public static ModelInputException? LengthProblem(Vector<double> x, int length, string name, string what) =>
        x.Count != length
            ? new ModelInputException(InputProblem.ShapeMismatch, name, $"has length {x.Count} but must have length {length} ({what})")
            : null;

    /// <summary><paramref name="x"/> is finite and not zero: it names a direction.</summary>
    public static void Direction(Vector<double> x, string name) => Throw(DirectionProblem(x, name));

    /// <summary>Whether <paramref name="x"/> fails to name a direction: a non-finite entry, no entries, or zero.</summary>
    public static ModelInputException? DirectionProblem(Vector<double> x, string name)
    {
        if (FiniteProblem(x, name) is { } notFinite) return notFinite;
        if (x.Count == 0)
            return new ModelInputException(InputProblem.ShapeMismatch, name, "is empty; a direction needs at least one entry");
        if (x.L2Norm() == 0.0)
            return new ModelInputException(InputProblem.ZeroDirection, name, "is the zero vector, but a direction is required");
        return null;
    }

    /// <summary>A scalar is finite and strictly positive.</summary>
    public static void Positive(double x, string name)
    {
        if (!double.IsFinite(x) || x <= 0)
            throw new ModelInputException(InputProblem.OutOfRange, name, $"is {x}; it must be finite and > 0");
    }

    /// <summary>A scalar is finite and non-negative.</summary>
    public static void NonNegative(double x, string name)
    {
        if (!double.IsFinite(x) || x < 0)
            throw new ModelInputException(InputProblem.OutOfRange, name, $"is {x}; it must be finite and ≥ 0");
    }

    /// <summary>A column-major span holds at least rows·cols entries, and both sizes are non-negative.</summary>
    public static void Columns(ReadOnlySpan<double> a, int rows, int cols, string name)
    {
        if (rows < 0 || cols < 0)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"has negative size {rows}×{cols}");
        if (a.Length < (long)rows * cols)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"holds {a.Length} entries but {rows}×{cols} = {(long)rows * cols} are needed");
    }

    /// <summary>An output span holds at least <paramref name="length"/> entries.</summary>
    public static void Output(Span<double> a, long length, string name)
    {
        if (a.Length < length)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"holds {a.Length} entries but {length} are written");
    }
}
