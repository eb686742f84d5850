using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>Vector and matrix algebra over SMT terms, all polynomial: dot products, products, determinants and adjugates
/// (M⁻¹ = adj(M)/det(M), so inverses never divide).</summary>
public static class Polynomials
{
    /// <summary>⟨x, y⟩.</summary>
    public static Term Dot(IReadOnlyList<Term> x, IReadOnlyList<Term> y) => Term.Sum(x.Zip(y, (a, b) => a * b));

    /// <summary>‖x‖².</summary>
    public static Term SquaredNorm(IReadOnlyList<Term> x) => Dot(x, x);

    /// <summary>x + y.</summary>
    public static Term[] Add(IReadOnlyList<Term> x, IReadOnlyList<Term> y) => x.Zip(y, (a, b) => a + b).ToArray();

    /// <summary>x − y.</summary>
    public static Term[] Subtract(IReadOnlyList<Term> x, IReadOnlyList<Term> y) => x.Zip(y, (a, b) => a - b).ToArray();

    /// <summary>s·x.</summary>
    public static Term[] Scale(Term s, IReadOnlyList<Term> x) => x.Select(a => s * a).ToArray();

    /// <summary>QQᵀx for Q given by its (orthonormal) columns.</summary>
    public static Term[] Project(Term[][] q, IReadOnlyList<Term> x) =>
        q.Aggregate(Enumerable.Repeat(Term.Zero, x.Count).ToArray(), (y, column) => Add(y, Scale(Dot(column, x), column)));

    /// <summary>A x, for A given by rows.</summary>
    public static Term[] Times(Term[][] rows, IReadOnlyList<Term> x) => rows.Select(r => Dot(r, x)).ToArray();

    /// <summary>Aᵀ x, for A given by rows.</summary>
    public static Term[] TransposeTimes(Term[][] rows, IReadOnlyList<Term> x) =>
        Enumerable.Range(0, rows[0].Length).Select(j => Term.Sum(rows.Select((r, i) => r[j] * x[i]))).ToArray();

    /// <summary>A Aᵀ for A given by rows (the Gram matrix of the rows).</summary>
    public static Term[][] RowGram(Term[][] rows) => rows.Select(r => rows.Select(s => Dot(r, s)).ToArray()).ToArray();

    /// <summary>det(A) by Laplace expansion along the first row (A is small: d ≤ 4).</summary>
    public static Term Determinant(Term[][] a)
    {
        int n = a.Length;
        if (n == 1) return a[0][0];
        if (n == 2) return a[0][0] * a[1][1] - a[0][1] * a[1][0];
        return Term.Sum(Enumerable.Range(0, n).Select(j => (j % 2 == 0 ? 1 : -1) * (a[0][j] * Determinant(Minor(a, 0, j)))));
    }

    /// <summary>Every k×k minor of A (rows and columns chosen in increasing order): rank A &lt; k exactly when all of them vanish.</summary>
    public static IEnumerable<Term> Minors(Term[][] a, int k)
    {
        var rowSets = Subsets(a.Length, k).ToArray();
        foreach (var columns in Subsets(a[0].Length, k))
            foreach (var rows in rowSets)
                yield return Determinant(rows.Select(i => columns.Select(j => a[i][j]).ToArray()).ToArray());
    }

    // Stryker disable once Linq : listing every subset in reverse order reverses a minor's rows and columns alike, which leaves
    // its determinant unchanged.
    private static IEnumerable<int[]> Subsets(int n, int k) =>
        k == 0 ? new[] { Array.Empty<int>() } : Enumerable.Range(k - 1, n - k + 1).SelectMany(last => Subsets(last, k - 1).Select(s => s.Append(last).ToArray()));

    /// <summary>adj(A), the transpose of the cofactor matrix: A·adj(A) = det(A)·I.</summary>
    public static Term[][] Adjugate(Term[][] a)
    {
        int n = a.Length;
        if (n == 1) return new[] { new[] { Term.One } };
        // Stryker disable once Arithmetic : i − j and i + j have the same parity.
        return Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j =>
            ((i + j) % 2 == 0 ? 1 : -1) * Determinant(Minor(a, j, i))).ToArray()).ToArray();
    }

    /// <summary>xᵀ A y.</summary>
    public static Term Bilinear(IReadOnlyList<Term> x, Term[][] a, IReadOnlyList<Term> y) => Dot(x, Times(a, y));

    /// <summary>Some entry of x differs from the same entry of y.</summary>
    public static Term Differ(IReadOnlyList<Term> x, IReadOnlyList<Term> y) => Term.Or(x.Zip(y, (a, b) => Term.Not(Term.Eq(a, b))).ToArray());

    private static Term[][] Minor(Term[][] a, int row, int column) =>
        a.Where((_, i) => i != row).Select(r => r.Where((_, j) => j != column).ToArray()).ToArray();
}
