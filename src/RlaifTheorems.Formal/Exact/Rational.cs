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
        // Stryker disable once Equality : q = 0 is refused above.
        if (q.Sign < 0) { p = -p; q = -q; }
        var g = BigInteger.GreatestCommonDivisor(p, q);
        // Stryker disable once Logical : dividing by g = 1 changes nothing, and g = 0 needs q = 0.
        if (!g.IsOne && !g.IsZero) { p /= g; q /= g; }
        Numerator = p;
        // Stryker disable once Conditional : for p = 0, g = q and q/g is already 1.
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
        // Stryker disable once Equality : bits = 0 is +0, returned above.
        bool negative = bits < 0;
        // Stryker disable once Bitwise : the mask keeps the eleven exponent bits, which both shifts bring down alike.
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        // Stryker disable once Assignment : bit 52 of the stored mantissa is 0, so setting and flipping it agree.
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger p = negative ? -mantissa : mantissa;
        // Stryker disable once Equality : at exponent 0 both branches give p/1.
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

    /// <summary>The nearest double (ties to even), subnormals included.</summary>
    /// <exception cref="OverflowException">|x| rounds to 2^1024 or more, beyond the double range (<see cref="TryToDouble"/> says so
    /// without throwing).</exception>
    public double ToDouble() => TryToDouble(out double value) ? value : throw new OverflowException($"{this} lies beyond the double range");

    /// <summary>The nearest double (ties to even); false, with <paramref name="value"/> = ±∞ giving the sign, when |x| rounds beyond
    /// the double range. With 2^(e−1) &lt; |x| &lt; 2^(e+1), the integer quotient of |x|·2^k has at least 55 bits (or its unit is
    /// 2^−1076, below the subnormal spacing 2^−1074); it is rounded to 53 significant bits, and to whole units of 2^−1074, with the
    /// division's remainder breaking ties, then scaled by 2^−k exactly.</summary>
    public bool TryToDouble(out double value)
    {
        value = 0;
        if (Numerator.IsZero) return true;
        var magnitude = BigInteger.Abs(Numerator);
        long e = (long)magnitude.GetBitLength() - (long)Denominator.GetBitLength();
        // Stryker disable once Linq : a larger k only adds bits that the rounding below drops again (slower, the same double).
        long k = Math.Min(55 - e, 1074) + 2;
        // Stryker disable once Equality : at k = 0 both branches divide the magnitude itself.
        var quotient = k >= 0
            ? BigInteger.DivRem(magnitude << (int)k, Denominator, out var remainder)
            : BigInteger.DivRem(magnitude, Denominator << (int)-k, out remainder);
        int drop = (int)Math.Max((long)quotient.GetBitLength() - 53, k - 1074);
        // Stryker disable once Bitwise : the quotient is non-negative, so arithmetic and logical shifts agree.
        var kept = quotient >> drop;
        var low = quotient - (kept << drop);
        var half = BigInteger.One << (drop - 1);
        if (low > half || (low == half && (!remainder.IsZero || !kept.IsEven))) kept += 1;
        // Stryker disable once Arithmetic : multiplying and dividing by the sign ±1 agree.
        value = Math.ScaleB((double)kept, (int)(drop - k)) * Numerator.Sign;
        return double.IsFinite(value);
    }

    /// <inheritdoc/>
    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
