using System.Numerics;

namespace RlaifTheorems.Formal.Exact;

/// <summary>
/// An exact rational number p/q (q &gt; 0, in lowest terms) over BigInteger. <see cref="Of(double)"/> reads a double as the
/// exact rational it is (every finite double is m·2^e), so a counterexample stored in JSON is re-established without rounding.
/// </summary>
public readonly record struct Rational : IComparable<Rational>
{
    /// <summary>The numerator.</summary>
    public BigInteger Numerator { get; }
    /// <summary>The denominator, positive.</summary>
    public BigInteger Denominator { get; }

    /// <summary>p/q.</summary>
    /// <exception cref="DivideByZeroException">q = 0.</exception>
    public Rational(BigInteger p, BigInteger q)
    {
        if (q.IsZero) throw new DivideByZeroException("a rational with denominator 0");
        if (q.Sign < 0) { p = -p; q = -q; }
        var g = BigInteger.GreatestCommonDivisor(p, q);
        if (!g.IsOne && !g.IsZero) { p /= g; q /= g; }
        Numerator = p;
        Denominator = p.IsZero ? BigInteger.One : q;
    }

    /// <summary>0.</summary>
    public static Rational Zero { get; } = new(0, 1);
    /// <summary>1.</summary>
    public static Rational One { get; } = new(1, 1);

    /// <summary>The exact value of a finite double.</summary>
    /// <exception cref="ArgumentException">x is NaN or infinite.</exception>
    public static Rational Of(double x)
    {
        if (!double.IsFinite(x)) throw new ArgumentException($"{x} is not a finite number", nameof(x));
        if (x == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger p = negative ? -mantissa : mantissa;
        return exponent >= 0 ? new Rational(p * BigInteger.Pow(2, exponent), 1) : new Rational(p, BigInteger.Pow(2, -exponent));
    }

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
    public static implicit operator Rational(long k) => new(k, 1);

    /// <inheritdoc/>
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>The nearest double (for display only).</summary>
    public double ToDouble() => (double)Numerator / (double)Denominator;

    /// <inheritdoc/>
    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
