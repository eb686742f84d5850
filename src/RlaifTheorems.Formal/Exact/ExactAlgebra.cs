namespace RlaifTheorems.Formal.Exact;

/// <summary>
/// Exact linear algebra and sign decisions over <see cref="Rational"/>: dot products, matrix–vector products, projection onto
/// the span of a spanning set (P = B(BᵀB)⁻¹Bᵀ on an independent subset, no orthonormalisation and so no roots), and the sign
/// of expressions with square roots, decided by squaring under sign conditions.
/// </summary>
public static class ExactAlgebra
{
    /// <summary>The exact rationals of an array of doubles.</summary>
    public static Rational[] Of(IEnumerable<double> x) => x.Select(Rational.Of).ToArray();

    /// <summary>⟨x, y⟩.</summary>
    public static Rational Dot(IReadOnlyList<Rational> x, IReadOnlyList<Rational> y) => x.Zip(y, (a, b) => a * b).Aggregate(Rational.Zero, (s, t) => s + t);

    /// <summary>x + s·y.</summary>
    public static Rational[] AddScaled(IReadOnlyList<Rational> x, Rational s, IReadOnlyList<Rational> y) => x.Zip(y, (a, b) => a + s * b).ToArray();

    /// <summary>Eᵀx for E given by rows.</summary>
    public static Rational[] TransposeTimes(Rational[][] rows, IReadOnlyList<Rational> x) =>
        Enumerable.Range(0, rows[0].Length).Select(j => rows.Select((r, i) => r[j] * x[i]).Aggregate(Rational.Zero, (s, t) => s + t)).ToArray();

    /// <summary>E x for E given by rows.</summary>
    public static Rational[] Times(Rational[][] rows, IReadOnlyList<Rational> x) => rows.Select(r => Dot(r, x)).ToArray();

    /// <summary>The orthogonal projection of x onto span(vectors), exactly: Gram–Schmidt without normalising (each basis vector
    /// is kept unscaled and divided by its squared norm), dropping vectors that are exactly dependent on the earlier ones.</summary>
    public static Rational[] Project(IReadOnlyList<Rational[]> vectors, IReadOnlyList<Rational> x)
    {
        var basis = new List<Rational[]>();
        foreach (var v in vectors)
        {
            var r = v.ToArray();
            foreach (var b in basis) r = AddScaled(r, -(Dot(r, b) / Dot(b, b)), b);
            if (r.Any(t => t.Sign != 0)) basis.Add(r);
        }
        var y = new Rational[x.Count];
        Array.Fill(y, Rational.Zero);
        foreach (var b in basis) y = AddScaled(y, Dot(x, b) / Dot(b, b), b);
        return y;
    }

    /// <summary>The rank of a matrix given by rows, by exact Gaussian elimination.</summary>
    public static int Rank(IReadOnlyList<Rational[]> rows)
    {
        var m = rows.Select(r => r.ToArray()).ToList();
        int rank = 0, columns = m.Count == 0 ? 0 : m[0].Length;
        // Stryker disable once Equality : at rank = m.Count no row is left to pivot on, so further columns are skipped either way.
        for (int col = 0; col < columns && rank < m.Count; col++)
        {
            int pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => m[r][col].Sign != 0, -1);
            if (pivot < 0) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = rank + 1; r < m.Count; r++)
            {
                var f = m[r][col] / m[rank][col];
                if (f.Sign != 0) m[r] = AddScaled(m[r], -f, m[rank]);
            }
            rank++;
        }
        return rank;
    }

    /// <summary>The solution of A x = y for an invertible square A (by rows), by Gaussian elimination in exact arithmetic.</summary>
    /// <exception cref="ArgumentException">A is singular.</exception>
    public static Rational[] Solve(Rational[][] a, IReadOnlyList<Rational> y) =>
        TrySolve(a, y, out var x) ? x : throw new ArgumentException("the matrix is singular", nameof(a));

    /// <summary>As <see cref="Solve"/>, or false when A is singular.</summary>
    public static bool TrySolve(Rational[][] a, IReadOnlyList<Rational> y, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Rational[]? x)
    {
        x = null;
        int n = a.Length;
        var m = a.Select((row, i) => row.Append(y[i]).ToArray()).ToArray();
        for (int col = 0; col < n; col++)
        {
            int pivot = Enumerable.Range(col, n - col).FirstOrDefault(r => m[r][col].Sign != 0, -1);
            if (pivot < 0) return false;
            (m[col], m[pivot]) = (m[pivot], m[col]);
            for (int r = 0; r < n; r++)
            {
                if (r == col || m[r][col].Sign == 0) continue;
                var f = m[r][col] / m[col][col];
                for (int k = col; k <= n; k++) m[r][k] = m[r][k] - f * m[col][k];
            }
        }
        x = Enumerable.Range(0, n).Select(i => m[i][n] / m[i][i]).ToArray();
        return true;
    }

    /// <summary>
    /// The exact comparison of p/√X with q/√Y (X, Y &gt; 0): −1, 0 or 1 as p/√X is below, equal to or above q/√Y. Decided by
    /// the signs of p and q, and where they agree by comparing p²Y with q²X (reversed when both are negative).
    /// </summary>
    public static int CompareRootRatios(Rational p, Rational x, Rational q, Rational y)
    {
        if (x.Sign <= 0 || y.Sign <= 0) throw new ArgumentException("the radicands must be positive");
        if (p.Sign != q.Sign) return p.Sign.CompareTo(q.Sign);
        if (p.Sign == 0) return 0;
        int squares = (p * p * y).CompareTo(q * q * x);
        // Stryker disable once Equality : p = 0 is decided above.
        return p.Sign > 0 ? squares : -squares;
    }

    /// <summary>The sign of (a + b√q) − c√p for q, p ≥ 0, exactly: by the signs of the two sides, then by squaring once
    /// ((a + b√q)² − c²p = a² + b²q − c²p + 2ab√q, a single surd).</summary>
    public static int SignOfSurdDifference(Rational a, Rational b, Rational q, Rational c, Rational p)
    {
        int left = SignOfSurd(a, b, q), right = p.Sign == 0 ? 0 : c.Sign;
        if (left != right || left == 0) return left.CompareTo(right);
        int squares = SignOfSurd(a * a + b * b * q - c * c * p, 2 * a * b, q);
        // Stryker disable once Equality : left = 0 is decided above.
        return left > 0 ? squares : -squares;
    }

    /// <summary>The sign of a + b√s for s ≥ 0, exactly.</summary>
    public static int SignOfSurd(Rational a, Rational b, Rational s)
    {
        if (s.Sign < 0) throw new ArgumentException("the radicand must be non-negative", nameof(s));
        int sa = a.Sign, sb = s.Sign == 0 ? 0 : b.Sign;
        if (sb == 0) return sa;
        // Stryker disable once Conditional : sb = 0 returned above, so sb is the sign here.
        if (sa == 0 || sa == sb) return sb != 0 ? sb : sa;
        // Opposite signs: compare a² with b²s.
        int c = (a * a).CompareTo(b * b * s);
        // Stryker disable once Equality : c = 0 is decided first.
        return c == 0 ? 0 : c > 0 ? sa : sb;
    }
}
