using System.Diagnostics.CodeAnalysis;
using RlaifTheorems.Core.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Model;

/// <summary>
/// A constitution c: a subspace S_c ⊆ R^d of dimension 1 ≤ r ≤ d with orthonormal basis Q_c ∈ R^{d×r};
/// its projector is P_c = Q_c Q_cᵀ (THEORY "Objects"). Built from an orthonormal basis (validated) or from any
/// spanning set (orthonormalised first).
/// </summary>
public sealed class Constitution
{
    private Matrix<double>? _projector;

    /// <summary>Q_c, d×r, orthonormal columns.</summary>
    public Matrix<double> Basis { get; }

    /// <summary>d.</summary>
    public int Dimension => Basis.RowCount;

    /// <summary>r = dim S_c.</summary>
    public int Rank => Basis.ColumnCount;

    private Constitution(Matrix<double> basis) => Basis = basis;

    /// <summary>S_c = span of the given vectors of R^d, orthonormalised.</summary>
    /// <exception cref="ModelInputException">No vectors, unequal lengths, a non-finite entry, or a zero span.</exception>
    public static Constitution FromSpanningSet(IReadOnlyList<Vector<double>> vectors, string name = "constitution")
    {
        var c = Spanned(vectors, name, out var problem);
        Guard.Throw(problem);
        return c!;
    }

    /// <summary>S_c = span of the given vectors, or false and the <paramref name="problem"/> that
    /// <see cref="FromSpanningSet(IReadOnlyList{Vector{double}}, string)"/> would throw.</summary>
    public static bool TryFromSpanningSet(IReadOnlyList<Vector<double>> vectors, [NotNullWhen(true)] out Constitution? constitution,
        [NotNullWhen(false)] out ModelInputException? problem, string name = "constitution")
    {
        constitution = Spanned(vectors, name, out problem);
        return problem is null;
    }

    private static Constitution? Spanned(IReadOnlyList<Vector<double>> vectors, string name, out ModelInputException? problem)
    {
        problem = null;
        if (vectors.Count == 0)
            problem = new ModelInputException(InputProblem.ShapeMismatch, name, "has no spanning vectors; a constitution needs at least one");
        int d = vectors.Count == 0 ? 0 : vectors[0].Count;
        for (int i = 0; i < vectors.Count && problem is null; i++)
            problem = Guard.FiniteProblem(vectors[i], $"{name}[{i}]") ?? (vectors[i].Count != d
                ? new ModelInputException(InputProblem.ShapeMismatch, $"{name}[{i}]", $"has length {vectors[i].Count} but {name}[0] has length {d}")
                : null);
        if (problem is null && d == 0)
            problem = new ModelInputException(InputProblem.ShapeMismatch, name, "spanning vectors are empty");
        if (problem is not null) return null;
        var q = Orthonormalisation.Basis(vectors, d);
        if (q.ColumnCount == 0)
        {
            problem = new ModelInputException(InputProblem.ZeroDirection, name, "spans only the zero vector; a constitution needs rank ≥ 1");
            return null;
        }
        return new Constitution(q);
    }

    /// <summary>S_c = span of the given arrays.</summary>
    public static Constitution FromSpanningSet(IReadOnlyList<double[]> vectors, string name = "constitution") =>
        FromSpanningSet(vectors.Select(x => Vector<double>.Build.DenseOfArray(x)).ToList(), name);

    /// <summary>The rank-1 constitution span(x).</summary>
    /// <exception cref="ModelInputException">x is zero or not finite.</exception>
    public static Constitution Span(Vector<double> x, string name = "x")
    {
        Guard.Direction(x, name);
        return new Constitution(Matrix<double>.Build.DenseOfColumnVectors(x / x.L2Norm()));
    }

    /// <summary>S_c with the given orthonormal basis Q (columns).</summary>
    /// <exception cref="ModelInputException">Q is empty, not finite, or QᵀQ ≠ I within the tolerance.</exception>
    public static Constitution FromOrthonormalBasis(Matrix<double> q, string name = "Q")
    {
        Guard.Finite(q, name);
        if (q.ColumnCount == 0 || q.RowCount == 0 || q.ColumnCount > q.RowCount)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, $"is {q.RowCount}×{q.ColumnCount}; a basis needs 1 ≤ r ≤ d columns");
        var gram = q.TransposeThisAndMultiply(q);
        double err = (gram - Matrix<double>.Build.DenseIdentity(q.ColumnCount)).InfinityNorm();
        // Stryker disable once Equality : an error exactly equal to the tolerance is not reached by any rounded Gram matrix here.
        if (err > Tolerance.For(q.RowCount))
            throw new ModelInputException(InputProblem.NotOrthonormal, name, $"columns are not orthonormal (‖QᵀQ − I‖∞ = {err:G3})");
        return new Constitution(q.Clone());
    }

    /// <summary>P_c = Q Qᵀ (d×d), formed on first use.</summary>
    public Matrix<double> Projector => _projector ??= Basis.TransposeAndMultiply(Basis);

    /// <summary>P_c x = Q (Qᵀ x).</summary>
    public Vector<double> Project(Vector<double> x)
    {
        Guard.Length(x, Dimension, nameof(x), "representation vector x ∈ R^d");
        return Basis * Basis.TransposeThisAndMultiply(x);
    }

    /// <summary>(I − P_c) x: directional ablation of S_c (THEORY T4.3).</summary>
    public Vector<double> Ablate(Vector<double> x) => x - Project(x);

    /// <summary>P_c A for a matrix A with d rows (all columns at once, by <see cref="BatchedLinearAlgebra"/>).</summary>
    public Matrix<double> Project(Matrix<double> a) => Batched(a, ablate: false);

    /// <summary>(I − P_c) A for a matrix A with d rows (THEORY T4.3), by <see cref="BatchedLinearAlgebra"/>.</summary>
    public Matrix<double> Ablate(Matrix<double> a) => Batched(a, ablate: true);

    private Matrix<double> Batched(Matrix<double> a, bool ablate)
    {
        if (a.RowCount != Dimension)
            throw new ModelInputException(InputProblem.ShapeMismatch, nameof(a), $"has {a.RowCount} rows but the constitution lives in R^{Dimension}");
        var result = new double[a.RowCount * a.ColumnCount];
        // Stryker disable NullCoalescing : the storage itself or a copy of it hold the same numbers; the copy costs time only.
        var q = Basis.AsColumnMajorArray() ?? Basis.ToColumnMajorArray();
        var x = a.AsColumnMajorArray() ?? a.ToColumnMajorArray();
        // Stryker restore NullCoalescing
        if (ablate) BatchedLinearAlgebra.Current.Ablate(q, Dimension, Rank, x, a.ColumnCount, result);
        else BatchedLinearAlgebra.Current.Project(q, Dimension, Rank, x, a.ColumnCount, result);
        return Matrix<double>.Build.Dense(a.RowCount, a.ColumnCount, result);
    }

    /// <summary>The span of several constitutions, S_{c₁} + … + S_{c_k}.</summary>
    public static Constitution Sum(IReadOnlyList<Constitution> parts) =>
        FromSpanningSet(parts.SelectMany(c => c.Basis.EnumerateColumns()).ToList(), "constitutions");
}
