using RlaifTheorems.Core.LinearAlgebra;
namespace RlaifTheorems.Catalogue.Generators;

/// <summary>Plain-array vector arithmetic for building and shrinking cases (cases are plain data, not MathNet objects).</summary>
public static class Vectors
{
    /// <summary>⟨x, y⟩.</summary>
    public static double Dot(double[] x, double[] y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * y[i];
        return s;
    }

    /// <summary>‖x‖.</summary>
    public static double Norm(double[] x) => Math.Sqrt(Dot(x, x));

    /// <summary>c·x.</summary>
    public static double[] Scale(double[] x, double c) => x.Select(t => t * c).ToArray();

    /// <summary>x + c·y.</summary>
    public static double[] AddScaled(double[] x, double c, double[] y) => x.Select((t, i) => t + c * y[i]).ToArray();

    /// <summary>x / max|x_i| (division, so the largest entry becomes exactly ±1).</summary>
    public static double[] DivideByLargest(double[] x)
    {
        double s = x.Max(Math.Abs);
        return s == 0 ? x : x.Select(t => t / s).ToArray();
    }

    /// <summary>A x for A given by rows.</summary>
    public static double[] Multiply(double[][] a, double[] x) => a.Select(row => Dot(row, x)).ToArray();

    /// <summary>Aᵀ y for A given by rows.</summary>
    public static double[] MultiplyTransposed(double[][] a, double[] y)
    {
        var r = new double[a.Length == 0 ? 0 : a[0].Length];
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < r.Length; j++)
                r[j] += a[i][j] * y[i];
        return r;
    }

    /// <summary>Orthonormal rows spanning the same space as the independent rows of <paramref name="rows"/> (the core's Gram–Schmidt twice).</summary>
    public static double[][] OrthonormalRows(double[][] rows) => Core.LinearAlgebra.Orthonormalisation.Rows(rows);

    /// <summary>One-line rendering with entries to 6 significant digits: "[1, -0.5, 0.3333]".</summary>
    public static string Show(double[] x) => "[" + string.Join(", ", x.Select(t => t.ToString("G6"))) + "]";

    /// <summary>One-line rendering of rows: "[[1, 0], [0, 1]]".</summary>
    public static string Show(double[][] rows) => "[" + string.Join(", ", rows.Select(Show)) + "]";
}
