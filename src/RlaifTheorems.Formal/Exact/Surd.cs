using System.Numerics;

namespace RlaifTheorems.Formal.Exact;

/// <summary>
/// An exact real number in a multi-quadratic field: Σ_f c_f √f over distinct square-free integers f ≥ 1 (f = 1 the rational
/// part) with rational c_f. The square roots of distinct square-free integers are linearly independent over Q, so the
/// representation is unique and a number is zero exactly when every coefficient is; its sign is then decided by enclosing
/// each √f between rationals, refined until the enclosure excludes 0. Every real root of a polynomial of degree ≤ 2 with
/// rational coefficients is such a number, which covers the algebraic values z3 prints for norms (n ≥ 0, n² = q).
/// Soundness does not rest on that uniqueness: a sign of ±1 is only ever read off a rational enclosure that excludes 0, and
/// 0 only from an empty sum; a radicand left with a square factor (see <see cref="SquareFree"/>) can only leave a sign undecided.
/// </summary>
public sealed class Surd
{
    private readonly SortedDictionary<BigInteger, Rational> _terms;

    private Surd(SortedDictionary<BigInteger, Rational> terms) => _terms = terms;

    /// <summary>The rational <paramref name="q"/>.</summary>
    public static Surd Of(Rational q) => Combine([(BigInteger.One, q)]);

    /// <summary>√q for q ≥ 0: √(a/b) = √(ab)/b, with ab = s²f, f square-free, is (s/b)√f.</summary>
    /// <exception cref="ArgumentOutOfRangeException">q &lt; 0.</exception>
    public static Surd SquareRoot(Rational q)
    {
        if (q.Sign < 0) throw new ArgumentOutOfRangeException(nameof(q), "the square root of a negative number is not real");
        if (q.Sign == 0) return Of(Rational.Zero);
        var (square, free) = SquareFree(q.Numerator * q.Denominator);
        return Combine([(free, new Rational(square, q.Denominator))]);
    }

    /// <summary>Whether the number is exactly 0.</summary>
    public bool IsZero => _terms.Count == 0;

    /// <summary>The number when it is rational, else null.</summary>
    public Rational? AsRational => _terms.Count == 0 ? Rational.Zero : _terms.Count == 1 && _terms.ContainsKey(BigInteger.One) ? _terms[BigInteger.One] : null;

    public static Surd operator +(Surd a, Surd b) => Combine(a._terms.Select(t => (t.Key, t.Value)).Concat(b._terms.Select(t => (t.Key, t.Value))));
    public static Surd operator -(Surd a) => Combine(a._terms.Select(t => (t.Key, -t.Value)));
    public static Surd operator -(Surd a, Surd b) => a + -b;

    /// <summary>(c√f)(e√g) = c·e·k·√(fg/k²) with k = gcd(f, g), and fg/k² square-free again.</summary>
    public static Surd operator *(Surd a, Surd b)
    {
        var products = new List<(BigInteger, Rational)>();
        foreach (var (f, c) in a._terms)
            foreach (var (g, e) in b._terms)
            {
                var k = BigInteger.GreatestCommonDivisor(f, g);
                products.Add((f / k * (g / k), c * e * new Rational(k, 1)));
            }
        return Combine(products);
    }

    /// <summary>−1, 0 or 1, exactly; null when 2^<paramref name="maxBits"/> bits of precision on each √f did not separate the
    /// number from 0 (it is then nonzero but closer to 0 than that precision; never reached by the solver's small models).</summary>
    public int? Sign(int maxBits = 4096)
    {
        if (IsZero) return 0;
        for (int bits = 64; bits <= maxBits; bits *= 2)
        {
            var (low, high) = Enclose(bits);
            if (low.Sign > 0) return 1;
            if (high.Sign < 0) return -1;
        }
        return null;
    }

    /// <summary>Rational bounds low ≤ x ≤ high from ⌊√f·2^bits⌋/2^bits ≤ √f ≤ (⌊√f·2^bits⌋ + 1)/2^bits.</summary>
    private (Rational Low, Rational High) Enclose(int bits)
    {
        Rational low = Rational.Zero, high = Rational.Zero;
        var scale = BigInteger.Pow(2, bits);
        foreach (var (f, c) in _terms)
        {
            if (f.IsOne) { low += c; high += c; continue; }
            var root = IntegerSquareRoot(f * scale * scale);
            Rational below = new(root, scale), above = new(root + 1, scale);
            // Stryker disable once Equality : a stored coefficient is never 0 (Combine drops zero sums).
            if (c.Sign > 0) { low += c * below; high += c * above; }
            else { low += c * above; high += c * below; }
        }
        return (low, high);
    }

    /// <inheritdoc/>
    public override string ToString() => IsZero ? "0" : string.Join(" + ", _terms.Select(t => t.Key.IsOne ? t.Value.ToString() : $"{t.Value}·√{t.Key}"));

    private static Surd Combine(IEnumerable<(BigInteger Radicand, Rational Coefficient)> terms)
    {
        var sum = new SortedDictionary<BigInteger, Rational>();
        foreach (var (f, c) in terms)
        {
            var total = (sum.TryGetValue(f, out var existing) ? existing : Rational.Zero) + c;
            if (total.Sign == 0) sum.Remove(f); else sum[f] = total;
        }
        return new Surd(sum);
    }

    /// <summary>n = s²·f (n &gt; 0) with f square-free when n's trial division up to min(∛n, 10⁵) leaves a remainder r ≤ 10¹⁵:
    /// r then has no factor ≤ ∛r, so it is 1, a prime, a prime squared (found by the perfect-square test) or a product of two
    /// primes. A larger remainder stays in f, perhaps with a square factor.</summary>
    private static (BigInteger Square, BigInteger Free) SquareFree(BigInteger n)
    {
        BigInteger square = 1, free = 1;
        // Stryker disable once Logical,Arithmetic,Equality,Conditional : trying more candidates (past ∛n, past 10⁵, 100,000 itself, or
        // every integer rather than the odd ones) finds the same factors, only later: a composite divides nothing once its primes are out.
        for (BigInteger p = 2; p * p * p <= n && p <= 100_000; p += p == 2 ? 1 : 2)
        {
            int k = 0;
            while ((n % p).IsZero) { n /= p; k++; }
            square *= BigInteger.Pow(p, k / 2);
            if (k % 2 == 1) free *= p;
        }
        var r = IntegerSquareRoot(n);
        if (r * r == n) square *= r; else free *= n;
        return (square, free);
    }

    /// <summary>⌊√n⌋ for n ≥ 0, by Newton's iteration on integers.</summary>
    public static BigInteger IntegerSquareRoot(BigInteger n)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n < 2) return n;
        // Stryker disable once Arithmetic : any start at or above √n converges to ⌊√n⌋ from above; a larger one takes more steps.
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            // Stryker disable once Bitwise : x + n/x is positive, so arithmetic and logical shifts agree.
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
