namespace RlaifTheorems.Core.LinearAlgebra;

/// <summary>
/// The batched linear algebra the model needs, on column-major spans (column j of a d×n matrix at [j·d, (j+1)·d)). Every
/// implementation computes the same mathematical result; they differ in speed and in rounding. <see cref="ManagedLinearAlgebra"/>
/// is the plain reference; vectorised and native implementations live outside the core and are chosen with
/// <see cref="BatchedLinearAlgebra.Use"/>. Every method throws <see cref="Numerics.ModelInputException"/> when a span is
/// shorter than its stated shape.
/// </summary>
public interface IBatchedLinearAlgebra
{
    /// <summary>Y = Q(QᵀX) for an orthonormal basis Q (d×k) and X (d×n) (THEORY L2); Y may be X itself.</summary>
    void Project(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y);

    /// <summary>Y = X − Q(QᵀX) (THEORY T4.3); Y may be X itself.</summary>
    void Ablate(ReadOnlySpan<double> q, int d, int k, ReadOnlySpan<double> x, int n, Span<double> y);

    /// <summary>C = A·B for A (m×k), B (k×n), C (m×n).</summary>
    void Multiply(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> b, int n, Span<double> c);

    /// <summary>result[j] = cos∠(x_j, w) for the columns x_j of X (d×n), clamped to [−1, 1]; 0 when x_j = 0 or w = 0.</summary>
    void Cosines(ReadOnlySpan<double> x, int d, int n, ReadOnlySpan<double> w, Span<double> result);

    /// <summary>
    /// Orthonormalises <paramref name="count"/> bases of r columns of length m (basis b at [b·m·r, (b+1)·m·r)) into
    /// <paramref name="q"/> by modified Gram–Schmidt applied twice; a column whose residual is at most
    /// <see cref="Numerics.Tolerance.RankThreshold"/> times its basis's largest column norm lies in the span of the earlier
    /// ones and is set to zero. Returns how many bases kept all r columns.
    /// </summary>
    int Orthonormalise(ReadOnlySpan<double> bases, int m, int r, int count, Span<double> q);

    /// <summary>
    /// The thin SVD A = U diag(s) Vᵀ of the column-major m×n matrix <paramref name="a"/> (m ≥ n; overwritten): U m×n, Vᵀ n×n,
    /// both column-major, s descending. False when this implementation has no SVD of its own (callers use MathNet's).
    /// </summary>
    bool TryThinSvd(double[] a, int m, int n, out double[] u, out double[] s, out double[] vt);
}
