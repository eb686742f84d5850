using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Model;

/// <summary>
/// An encoder E ∈ R^{d×D} of full row rank (d ≤ D): the representation of world features z is h = E z.
/// Held with its thin singular value decomposition E = U Σ Vᵀ (U ∈ R^{d×d}, Σ = diag(σ), V ∈ R^{D×d}), so the
/// metric M = E Eᵀ = U Σ² Uᵀ and the whitening M^{-1/2} = U Σ^{-1} Uᵀ are applied without forming M
/// (forming M would square the condition number).
/// </summary>
public sealed class Encoder
{
    private readonly Matrix<double> _u;
    private readonly Vector<double> _sigma;
    // Σ̂ of Ê = 2^{−k}E: the condition and the direction-only uses, at any scale of E.
    private readonly Vector<double> _normalisedSigma;
    private readonly Matrix<double> _v;
    private Matrix<double>? _root;
    private Matrix<double>? _normalisedRoot;

    /// <summary>From this many rows on, the SVD is the linear algebra's own (LAPACK's dgesdd under the kernels) when it has one; below, MathNet's managed SVD, whose
    /// results the small generated cases and their pinned counterexamples were computed with.</summary>
    public const int LapackFrom = 32;

    /// <summary>From this many world dimensions on, when D &gt; 2d too, the managed path factors Eᵀ by thin QR before its SVD
    /// (memory O(Dd) instead of the full SVD's D×D); below, the full SVD the generated cases were computed with.</summary>
    public const int ThinFrom = 256;

    /// <summary>E itself, d×D.</summary>
    public Matrix<double> Matrix { get; }

    /// <summary>d, the dimension of the representation.</summary>
    public int RepresentationDimension => Matrix.RowCount;

    /// <summary>D, the dimension of the world features.</summary>
    public int WorldDimension => Matrix.ColumnCount;

    /// <summary>Singular values σ_1 ≥ … ≥ σ_d &gt; 0.</summary>
    public Vector<double> SingularValues => _sigma;

    /// <summary>The singular values of Ê = 2^{−k}E (k = <see cref="Exponent"/>), σ̂₁ in [1, 2√(dD)): Σ's digits at any scale of E.</summary>
    public Vector<double> NormalisedSingularValues => _normalisedSigma;

    /// <summary>Condition number κ(E) = σ_max/σ_min ≥ 1.</summary>
    public double Condition => _normalisedSigma[0] / _normalisedSigma[_normalisedSigma.Count - 1];

    /// <summary>True when E Eᵀ = I_d within the tolerance (orthonormal rows).</summary>
    public bool IsIsometric { get; }

    /// <summary>Orthonormal basis of row(E), D×d (the columns of V).</summary>
    public Matrix<double> RowSpaceBasis => _v;

    /// <summary>Builds an encoder from E.</summary>
    /// <exception cref="ModelInputException">E has a non-finite entry, no rows, more rows than columns, or is not of full row rank.</exception>
    public Encoder(Matrix<double> e, string name = "E") : this(e, Decompose(e, name, out var problem) ?? throw problem!)
    {
    }

    /// <summary>The encoder of E, or false and the <paramref name="problem"/> that the constructor would throw.</summary>
    public static bool TryCreate(Matrix<double> e, [NotNullWhen(true)] out Encoder? encoder, [NotNullWhen(false)] out ModelInputException? problem, string name = "E")
    {
        var svd = Decompose(e, name, out problem);
        encoder = svd is null ? null : new Encoder(e, svd);
        return svd is not null;
    }

    private Encoder(Matrix<double> e, Decomposition svd)
    {
        Matrix = e.Clone();
        Exponent = PowerOfTwo.ExponentOf(e.Enumerate());
        NormalisedMatrix = Exponent == 0 ? Matrix : e.Map(t => Math.ScaleB(t, -Exponent));
        (_u, _sigma, _v, _normalisedSigma) = svd;
        // Stryker disable once Equality : |σ − 1| equal to the tolerance (1.1e-11) exactly is not a difference of doubles near 1.
        IsIsometric = _sigma.All(s => Math.Abs(s - 1.0) <= Tolerance.For(1.0));
    }

    /// <summary>Eᵀ = V Σ Uᵀ with U d×d, Σ the d singular values, V D×d; Normalised = Σ̂ = 2^{−k}Σ, from the SVD of Ê = 2^{−k}E, which
    /// keeps its digits where Σ itself lies among the subnormals.</summary>
    private sealed record Decomposition(Matrix<double> U, Vector<double> Sigma, Matrix<double> V, Vector<double> Normalised);

    /// <summary>The thin SVD of Eᵀ, or null and why E is no encoder.</summary>
    private static Decomposition? Decompose(Matrix<double> e, string name, out ModelInputException? problem)
    {
        problem = Guard.FiniteProblem(e, name)
            ?? (e.RowCount == 0 || e.ColumnCount == 0
                ? new ModelInputException(InputProblem.ShapeMismatch, name, "is empty; an encoder needs d ≥ 1 rows and D ≥ 1 columns")
                : e.RowCount > e.ColumnCount
                ? new ModelInputException(InputProblem.RankDeficient, name,
                    $"has d = {e.RowCount} rows but D = {e.ColumnCount} columns; an encoder needs d ≤ D for full row rank")
                : null);
        if (problem is not null) return null;
        // SVD of Eᵀ (D×d, tall): Eᵀ = V Σ Uᵀ, computed on 2^{−k}E (exact) so that tiny entries keep their relative
        // precision and huge ones do not overflow; σ is scaled back by 2^k.
        int k = PowerOfTwo.ExponentOf(e.Enumerate());
        // Stryker disable once Conditional : scaling by 2⁰ is the identity; skipping it only saves the copy.
        var scaled = k == 0 ? e : e.Map(t => Math.ScaleB(t, -k));
        int d = e.RowCount, world = e.ColumnCount;
        Matrix<double> u, v;
        Vector<double> normalised;
        // Eᵀ (D×d, column-major) is E's row-major storage: a native thin SVD (LAPACK's dgesdd) gives Eᵀ = V Σ Uᵀ directly.
        if (d >= LapackFrom && BatchedLinearAlgebra.Current.TryThinSvd(scaled.Transpose().ToColumnMajorArray(), world, d, out var vc, out var s, out var ut))
        {
            normalised = Vector<double>.Build.DenseOfArray(s);
            v = Matrix<double>.Build.DenseOfColumnMajor(world, d, vc);
            u = Matrix<double>.Build.DenseOfColumnMajor(d, d, ut).Transpose();
        }
        else if (world > ThinFrom && world > 2 * d)
        {
            // A wide E (D ≫ d): the full SVD of Eᵀ would form a D×D factor. Thin QR first, Eᵀ = QR (Q: D×d), then the SVD of
            // the d×d factor R = U_R Σ V_Rᵀ: Eᵀ = (QU_R) Σ V_Rᵀ, so V = QU_R and U = V_R, in O(Dd) memory.
            var qr = scaled.Transpose().QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
            var svd = qr.R.Svd(computeVectors: true);
            normalised = svd.S;
            v = qr.Q * svd.U;
            u = svd.VT.Transpose();
        }
        else
        {
            var svd = scaled.Transpose().Svd(computeVectors: true);
            normalised = svd.S.SubVector(0, d);
            v = svd.U.SubMatrix(0, world, 0, d);
            u = svd.VT.Transpose();
        }
        var sigma = normalised.Map(t => Math.ScaleB(t, k));
        if (normalised[d - 1] <= Tolerance.RankThreshold * normalised[0] || !(normalised[0] > 0))
        {
            problem = new ModelInputException(InputProblem.RankDeficient, name, !(normalised[0] > 0)
                ? "is zero; an encoder needs full row rank"
                : normalised[d - 1] == 0
                ? $"is not of full row rank (smallest singular value 0, largest {sigma[0]:G3})"
                : $"has condition number {normalised[0] / normalised[d - 1]:G3} (singular values {sigma[0]:G3} to {sigma[d - 1]:G3}), beyond the supported {1 / Tolerance.RankThreshold:G3}: not of full row rank as far as its numbers tell");
            return null;
        }
        return new Decomposition(u, sigma, v, normalised);
    }

    /// <summary>Builds an encoder from its rows.</summary>
    /// <exception cref="ModelInputException">Rows of unequal length, or as in the main constructor.</exception>
    public static Encoder FromRows(IReadOnlyList<double[]> rows, string name = "E")
    {
        if (rows.Count == 0)
            throw new ModelInputException(InputProblem.ShapeMismatch, name, "has no rows");
        int cols = rows[0].Length;
        for (int i = 0; i < rows.Count; i++)
            if (rows[i].Length != cols)
                throw new ModelInputException(InputProblem.ShapeMismatch, name, $"row {i} has length {rows[i].Length} but row 0 has length {cols}");
        return new Encoder(Matrix<double>.Build.DenseOfRowArrays(rows), name);
    }

    /// <summary>An isometric encoder: E must satisfy E Eᵀ = I_d.</summary>
    /// <exception cref="ModelInputException">The rows of E are not orthonormal.</exception>
    public static Encoder Isometric(Matrix<double> e, string name = "E")
    {
        var enc = new Encoder(e, name);
        if (!enc.IsIsometric)
            throw new ModelInputException(InputProblem.NotOrthonormal, name, "rows are not orthonormal (E Eᵀ ≠ I)");
        return enc;
    }

    /// <summary>h = E z.</summary>
    public Vector<double> Encode(Vector<double> z)
    {
        Guard.Length(z, WorldDimension, nameof(z), "world features z ∈ R^D");
        return Matrix * z;
    }

    /// <summary>k with E = 2^k·Ê and Ê's largest entry in [1, 2) (<see cref="PowerOfTwo.ExponentOf"/>).</summary>
    public int Exponent { get; }

    /// <summary>Ê = 2^{−k}E, exact: products with it neither over- nor underflow where E's own would, and every scale-free
    /// quantity (alignments, angles, the path's strengths) is the same computed from Ê.</summary>
    public Matrix<double> NormalisedMatrix { get; }

    /// <summary>Êᵀu = 2^{−k}Eᵀu, a positive multiple of the world-space direction u reads, computed without E's scale.</summary>
    public Vector<double> NormalisedPullback(Vector<double> u)
    {
        Guard.Length(u, RepresentationDimension, nameof(u), "representation direction u ∈ R^d");
        return NormalisedMatrix.TransposeThisAndMultiply(u);
    }

    /// <summary>Eᵀ u: the world-space direction a representation direction u reads.</summary>
    public Vector<double> Pullback(Vector<double> u)
    {
        Guard.Length(u, RepresentationDimension, nameof(u), "representation direction u ∈ R^d");
        return Matrix.TransposeThisAndMultiply(u);
    }

    /// <summary>P_row(E) x = V Vᵀ x, the orthogonal projection of x ∈ R^D onto row(E).</summary>
    public Vector<double> ProjectOntoRowSpace(Vector<double> x)
    {
        Guard.Length(x, WorldDimension, nameof(x), "world vector x ∈ R^D");
        return _v * _v.TransposeThisAndMultiply(x);
    }

    /// <summary>Representation quality ρ(E, v) = ‖P_row(E) v‖ = ‖Vᵀ v‖ ∈ [0, 1] (THEORY "Objects").</summary>
    public double Quality(ValueDirection v)
    {
        Guard.Length(v.Vector, WorldDimension, "v", "value direction v ∈ R^D");
        return Math.Min(1.0, _v.TransposeThisAndMultiply(v.Vector).L2Norm());
    }

    /// <summary>Whitening x' = M^{-1/2} x = U Σ^{-1} Uᵀ x (THEORY "Objects").</summary>
    public Vector<double> Whiten(Vector<double> x)
    {
        Guard.Length(x, RepresentationDimension, nameof(x), "representation vector x ∈ R^d");
        return _u * Uᵀ(x).PointwiseDivide(_sigma);
    }

    /// <summary>σ₁ M^{-1/2} x = U (σ₁/Σ) Uᵀ x: whitening scaled by the largest singular value, so that its size is x's whatever
    /// E's scale (M^{-1/2} x itself under- or overflows when E's entries are near 2^{±1000}); for direction-only uses.</summary>
    public Vector<double> ScaledWhiten(Vector<double> x)
    {
        Guard.Length(x, RepresentationDimension, nameof(x), "representation vector x ∈ R^d");
        return _u * Uᵀ(x).PointwiseDivide(_normalisedSigma / _normalisedSigma[0]);
    }

    /// <summary>M^{1/2} x = U Σ Uᵀ x, the inverse of <see cref="Whiten"/>.</summary>
    public Vector<double> Unwhiten(Vector<double> x)
    {
        Guard.Length(x, RepresentationDimension, nameof(x), "representation vector x ∈ R^d");
        return _u * Uᵀ(x).PointwiseMultiply(_sigma);
    }

    /// <summary>M^{1/2} = U Σ Uᵀ (d×d), formed on first use.</summary>
    public Matrix<double> MetricSquareRoot() => _root ??= _u * Matrix<double>.Build.DiagonalOfDiagonalVector(_sigma) * _u.Transpose();

    /// <summary>U Σ̂ Uᵀ = 2^{−k}M^{1/2} with Σ̂ the singular values of Ê = 2^{−k}E, formed on first use: M^{1/2}'s digits at any
    /// scale of E (M^{1/2} itself loses them when E lies among the subnormals); for direction-only uses.</summary>
    public Matrix<double> NormalisedMetricSquareRoot() =>
        _normalisedRoot ??= _u * Matrix<double>.Build.DiagonalOfDiagonalVector(_normalisedSigma) * _u.Transpose();

    /// <summary>The whitened encoded value w' = M^{-1/2} E v = U Vᵀ v, with ‖w'‖ = ρ.</summary>
    public Vector<double> WhitenedValue(ValueDirection v)
    {
        Guard.Length(v.Vector, WorldDimension, "v", "value direction v ∈ R^D");
        return _u * _v.TransposeThisAndMultiply(v.Vector);
    }

    /// <summary>The ceiling direction u* = M^{-1} E v = U Σ^{-1} Vᵀ v (THEORY T2.2).</summary>
    public Vector<double> CeilingDirection(ValueDirection v)
    {
        Guard.Length(v.Vector, WorldDimension, "v", "value direction v ∈ R^D");
        return _u * _v.TransposeThisAndMultiply(v.Vector).PointwiseDivide(_sigma);
    }

    /// <summary>σ₁ u* = U (σ₁/Σ) Vᵀ v, a positive multiple of the ceiling direction u* whose size does not
    /// depend on E's scale; for direction-only uses (its span, the sign of ⟨u*, m⟩).</summary>
    public Vector<double> ScaledCeilingDirection(ValueDirection v)
    {
        Guard.Length(v.Vector, WorldDimension, "v", "value direction v ∈ R^D");
        return _u * _v.TransposeThisAndMultiply(v.Vector).PointwiseDivide(_normalisedSigma / _normalisedSigma[0]);
    }

    private Vector<double> Uᵀ(Vector<double> x) => _u.TransposeThisAndMultiply(x);
}
