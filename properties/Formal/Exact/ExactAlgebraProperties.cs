using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Formal.Exact;

namespace RlaifTheorems.Properties.Formal.Exact;

/// <summary>
/// The exact layer's own laws, each against an independent formulation: Rational is a field in lowest terms, ordered as its cross
/// products say; projections are idempotent with residuals orthogonal to every spanning vector; rank is the count of a built
/// basis; Solve inverts the product; ⌊√n⌋ brackets n between consecutive squares; a Surd's sign is that of its value to 60 digits
/// (decimal arithmetic), it is 0 exactly when every coefficient vanishes, and √(s²f) reduces to s√f.
/// </summary>
public sealed class ExactAlgebraProperties
{
    private static readonly Random Random = new(20261205);

    private static Rational Small(Random random) => new(random.Next(-12, 13), random.Next(1, 9));

    private static Rational[] Vector(Random random, int n) => Enumerable.Range(0, n).Select(_ => Small(random)).ToArray();

    [Fact]
    public void RationalsAreAFieldInLowestTermsOrderedByCrossProducts()
    {
        var random = new Random(1);
        for (int trial = 0; trial < 2000; trial++)
        {
            var (a, b, c) = (Small(random), Small(random), Small(random));
            Assert.True(a.Denominator.Sign > 0 && BigInteger.GreatestCommonDivisor(a.Numerator, a.Denominator).IsOne);
            Assert.Equal(a * (b + c), a * b + a * c);
            Assert.Equal(a, a + b - b);
            Assert.Equal(Rational.Zero, a + -a);
            Assert.Equal(-a, Rational.Zero - a);
            if (b.Sign != 0) Assert.Equal(a, a / b * b);
            Assert.Equal((a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator), a.CompareTo(b));
            Assert.Equal(a.CompareTo(b) < 0, a < b);
            Assert.Equal(a.CompareTo(b) > 0, a > b);
            Assert.Equal(a.CompareTo(b) <= 0, a <= b);
            Assert.Equal(a.CompareTo(b) >= 0, a >= b);
            Assert.Equal(Math.Sign((double)a.Numerator / (double)a.Denominator), a.Sign);
            Assert.Equal((double)a.Numerator / (double)a.Denominator, a.ToDouble());
        }
        Assert.Equal(new Rational(-1, 2), new Rational(3, -6));
        Assert.Equal((BigInteger.Zero, BigInteger.One), (new Rational(0, -7).Numerator, new Rational(0, -7).Denominator));
        Assert.Equal("-1/2", new Rational(2, -4).ToString());
        Assert.Equal("3", new Rational(6, 2).ToString());
        Assert.Equal("a rational with denominator 0", Assert.Throws<DivideByZeroException>(() => new Rational(1, 0)).Message);
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
        Assert.Equal(new Rational(7, 1), (Rational)7L);
    }

    /// <summary>Every finite double, subnormals and the largest included, is read as m·2^e exactly: it converts back to itself,
    /// halving it is exact, and the sign and order of doubles are kept.</summary>
    [Fact]
    public void DoublesAreReadExactly()
    {
        double[] edges = [double.Epsilon, -double.Epsilon, 2.2250738585072014e-308, 2.2250738585072009e-308, double.MaxValue, -double.MaxValue, 1, -0.1, 3e-320];
        foreach (double x in edges.Concat(Enumerable.Range(0, 500).Select(_ => Math.ScaleB(Random.NextDouble() - 0.5, Random.Next(-1074, 1024)))))
        {
            var r = Rational.Of(x);
            Assert.Equal(x, r.ToDouble());
            Assert.Equal(Math.Sign(x), r.Sign);
            Assert.Equal(r.Denominator & (r.Denominator - 1), BigInteger.Zero);
        }
        Assert.Equal(new Rational(1, BigInteger.Pow(2, 1074)), Rational.Of(double.Epsilon));
        Assert.Equal(new Rational((BigInteger.One << 53) - 1, 1) * new Rational(BigInteger.Pow(2, 971), 1), Rational.Of(double.MaxValue));
        Assert.True(Rational.Of(0.1) > Rational.Of(0.09999999999999999));
        Assert.Equal(Rational.Zero, Rational.Of(-0.0));
        Assert.StartsWith("NaN is not a finite number", Assert.Throws<ArgumentException>(() => Rational.Of(double.NaN)).Message);
        Assert.Throws<ArgumentException>(() => Rational.Of(double.NegativeInfinity));
    }

    /// <summary>ToDouble is the nearest double, ties to even, across the whole range: no neighbour of the result is closer to the
    /// exact value (compared exactly), ratios of huge and tiny integers included, subnormal results included; exact halves round
    /// to the even neighbour; a value beyond the largest double is refused, not returned as ∞.</summary>
    [Fact]
    public void ToDoubleIsTheNearestDouble()
    {
        var random = new Random(7);
        int subnormal = 0;
        for (int trial = 0; trial < 3000; trial++)
        {
            var p = new BigInteger(random.NextInt64(1, long.MaxValue)) * (random.Next(2) * 2 - 1);
            var q = new BigInteger(random.NextInt64(1, long.MaxValue));
            int shift = random.Next(-1150, 1100);
            var x = shift >= 0 ? new Rational(p << shift, q) : new Rational(p, q << -shift);
            if (!x.TryToDouble(out double v))
            {
                Assert.True(double.IsInfinity(v) && Math.Sign(v) == x.Sign);
                Assert.True(BigInteger.Abs(x.Numerator) > x.Denominator * (BigInteger.Pow(2, 1023) * ((BigInteger.One << 53) - 1) >> 52));
                Assert.Throws<OverflowException>(() => x.ToDouble());
                continue;
            }
            Assert.Equal(v, x.ToDouble());
            if (v != 0 && Math.Abs(v) < 2.2250738585072014e-308) subnormal++;
            var error = Distance(x, v);
            foreach (double neighbour in new[] { Math.BitIncrement(v), Math.BitDecrement(v) })
            {
                if (!double.IsFinite(neighbour)) continue;
                int c = error.CompareTo(Distance(x, neighbour));
                Assert.True(c < 0 || (c == 0 && (BitConverter.DoubleToInt64Bits(v) & 1) == 0), $"{x}: {v:R} is not the nearest double");
            }
        }
        Assert.True(subnormal > 20, $"{subnormal} subnormal results");
        // Halfway between 1 and its successor rounds to 1 (even); between the successor and the next, up to the even one.
        var ulp = new Rational(1, BigInteger.Pow(2, 52));
        Assert.Equal(1.0, (Rational.One + ulp / 2).ToDouble());
        Assert.Equal(Math.BitIncrement(Math.BitIncrement(1.0)), (Rational.One + ulp * new Rational(3, 2)).ToDouble());
        Assert.Equal(double.Epsilon, new Rational(3, BigInteger.Pow(2, 1076)).ToDouble());
        Assert.Equal(0.0, new Rational(1, BigInteger.Pow(2, 1075)).ToDouble());
        Assert.Equal(2 * double.Epsilon, new Rational(3, BigInteger.Pow(2, 1075)).ToDouble());
        Assert.Equal(double.MaxValue, Rational.Of(double.MaxValue).ToDouble());
        Assert.Contains("beyond the double range", Assert.Throws<OverflowException>(() => (Rational.Of(double.MaxValue) * 2).ToDouble()).Message);
        // 2¹⁵³ + 2¹⁰⁰ + 1 lies just above the midpoint 2¹⁵³ + 2¹⁰⁰ between its neighbours 2¹⁵³ and 2¹⁵³ + 2¹⁰¹: the last 1, far below
        // the kept bits, decides that it rounds up.
        var justAboveHalf = new Rational(BigInteger.Pow(2, 153) + BigInteger.Pow(2, 100) + 1, 1);
        Assert.Equal(Math.ScaleB(1, 153) + Math.ScaleB(1, 101), justAboveHalf.ToDouble());
        Assert.Equal(Math.ScaleB(1, 153), new Rational(BigInteger.Pow(2, 153) + BigInteger.Pow(2, 100), 1).ToDouble());
    }

    private static Rational Distance(Rational x, double v)
    {
        var d = x - Rational.Of(v);
        return d.Sign < 0 ? -d : d;
    }

    /// <summary>P x is in the span, P(P x) = P x, and x − P x is orthogonal to every spanning vector, dependent ones included.</summary>
    [Fact]
    public void ProjectionsAreIdempotentWithOrthogonalResiduals()
    {
        var random = new Random(2);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = 1 + random.Next(4), k = 1 + random.Next(3);
            var vectors = Enumerable.Range(0, k).Select(_ => Vector(random, n)).ToList();
            if (random.Next(3) == 0) vectors.Add(ExactAlgebra.AddScaled(vectors[0], Small(random), vectors[^1]));
            var x = Vector(random, n);
            var p = ExactAlgebra.Project(vectors, x);
            var residual = ExactAlgebra.AddScaled(x, -Rational.One, p);
            Assert.All(vectors, v => Assert.Equal(Rational.Zero, ExactAlgebra.Dot(residual, v)));
            Assert.Equal(p, ExactAlgebra.Project(vectors, p));
            Assert.Equal(ExactAlgebra.Rank(vectors), ExactAlgebra.Rank([.. vectors, p]));
        }
        Assert.Equal([Rational.Zero, Rational.Zero], ExactAlgebra.Project([[Rational.Zero, Rational.Zero]], [Rational.One, Rational.One]));
    }

    /// <summary>A product of an n×r and an r×m matrix of full rank r has rank r, and Gaussian elimination finds it, whatever order the
    /// rows come in; adding a row that combines two others keeps it.</summary>
    [Fact]
    public void RankIsTheSizeOfABuiltBasis()
    {
        var random = new Random(3);
        int checkedCount = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            int r = 1 + random.Next(3), rows = r + random.Next(3), columns = r + random.Next(3);
            var left = Enumerable.Range(0, rows).Select(_ => Vector(random, r)).ToArray();
            var right = Enumerable.Range(0, r).Select(_ => Vector(random, columns)).ToArray();
            // Full rank by construction: identity blocks on top.
            for (int i = 0; i < r; i++) for (int j = 0; j < r; j++) { left[i][j] = i == j ? Rational.One : Rational.Zero; right[i][j] = i == j ? Rational.One : Rational.Zero; }
            var product = left.Select(row => Enumerable.Range(0, columns).Select(j => ExactAlgebra.Dot(row, right.Select(q => q[j]).ToArray())).ToArray()).ToList();
            Assert.Equal(r, ExactAlgebra.Rank(product));
            Assert.Equal(r, ExactAlgebra.Rank(product.AsEnumerable().Reverse().ToList()));
            checkedCount++;
        }
        Assert.Equal(0, ExactAlgebra.Rank([]));
        Assert.Equal(0, ExactAlgebra.Rank([[Rational.Zero, Rational.Zero]]));
        Assert.Equal(300, checkedCount);
    }

    [Fact]
    public void SolveInvertsTheProduct()
    {
        var random = new Random(4);
        int solved = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            int n = 1 + random.Next(4);
            var a = Enumerable.Range(0, n).Select(_ => Vector(random, n)).ToArray();
            if (ExactAlgebra.Rank(a) < n)
            {
                Assert.Throws<ArgumentException>(() => ExactAlgebra.Solve(a, Vector(random, n)));
                continue;
            }
            var x = Vector(random, n);
            Assert.Equal(x, ExactAlgebra.Solve(a, ExactAlgebra.Times(a, x)));
            solved++;
        }
        Assert.True(solved > 200, $"{solved} invertible systems");
        // Singular systems are named, whichever column runs out of pivots.
        Rational[][] dependent = [[1, 2], [2, 4]], zeroColumn = [[0, 1], [0, 2]];
        foreach (var a in new[] { dependent, zeroColumn })
            Assert.StartsWith("the matrix is singular", Assert.Throws<ArgumentException>(() => ExactAlgebra.Solve(a, [1, 1])).Message);
        // A zero leading entry needs a pivot from below.
        Assert.Equal([new Rational(3, 1), new Rational(2, 1)], ExactAlgebra.Solve([[Rational.Zero, Rational.One], [Rational.One, Rational.Zero]], [new Rational(2, 1), new Rational(3, 1)]));
    }

    /// <summary>Radicands must be positive (root ratios) or non-negative (surds), and a zero radicand makes its term 0 whatever
    /// its coefficient.</summary>
    [Fact]
    public void RadicandsAreCheckedAndAZeroRadicandIsZero()
    {
        foreach (var (x, y) in new (Rational, Rational)[] { (0, 1), (1, 0), (-1, 1), (1, -1) })
            Assert.Equal("the radicands must be positive", Assert.Throws<ArgumentException>(() => ExactAlgebra.CompareRootRatios(1, x, 1, y)).Message);
        Assert.StartsWith("the radicand must be non-negative", Assert.Throws<ArgumentException>(() => ExactAlgebra.SignOfSurd(1, 1, -1)).Message);
        Assert.Equal(0, ExactAlgebra.SignOfSurd(0, 5, 0));
        Assert.Equal(-1, ExactAlgebra.SignOfSurd(-3, 5, 0));
        Assert.Equal(ExactAlgebra.SignOfSurd(-3, 2, 2), ExactAlgebra.SignOfSurdDifference(-3, 2, 2, 5, 0));
        Assert.Equal(1, ExactAlgebra.SignOfSurdDifference(0, 1, 2, -7, 0));
        Assert.Equal(0, ExactAlgebra.SignOfSurdDifference(0, 0, 0, 5, 0));
        Assert.Equal(0, ExactAlgebra.SignOfSurdDifference(-3, 3, 1, -8, 0));
    }

    [Fact]
    public void IntegerSquareRootsBracketBetweenConsecutiveSquares()
    {
        var random = new Random(5);
        var numbers = Enumerable.Range(0, 200).Select(i => (BigInteger)i)
            .Concat(Enumerable.Range(0, 300).Select(_ => new BigInteger(random.NextInt64()) * random.NextInt64() + random.Next()))
            .Select(BigInteger.Abs)
            .Concat([BigInteger.Pow(10, 40), BigInteger.Pow(10, 40) - 1, BigInteger.Pow(2, 127) * BigInteger.Pow(2, 127)]);
        foreach (var n in numbers)
        {
            var r = Surd.IntegerSquareRoot(n);
            Assert.True(r * r <= n && n < (r + 1) * (r + 1), $"⌊√{n}⌋ = {r}");
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => Surd.IntegerSquareRoot(-1));
    }

    /// <summary>Σ c_f √f against its value to 60 digits: random sums over square-free and square-laden radicands (√12 = 2√3, √(9/4) =
    /// 3/2) have the sign the decimal value gives, sums built to cancel are exactly 0, and products distribute.</summary>
    [Fact]
    public void SurdSignsAreTheSignsOfTheirValues()
    {
        var random = new Random(6);
        int positive = 0, negative = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            var surd = Surd.Of(Rational.Zero);
            decimal value = 0;
            for (int t = 0; t < 1 + random.Next(4); t++)
            {
                var (c, q) = (Small(random), new Rational(random.Next(0, 50), random.Next(1, 5)));
                surd += Surd.Of(c) * Surd.SquareRoot(q);
                value += (decimal)c.Numerator / (decimal)c.Denominator * SquareRoot((decimal)q.Numerator / (decimal)q.Denominator);
            }
            if (Math.Abs(value) < 1e-20m) continue;
            Assert.Equal(Math.Sign(value), surd.Sign());
            Assert.Equal(Math.Sign(value), (-surd).Sign() * -1);
            Assert.True((surd - surd).IsZero);
            if (value > 0) positive++; else negative++;
        }
        Assert.True(positive > 100 && negative > 100);
        Assert.True((Surd.SquareRoot(12) - Surd.Of(2) * Surd.SquareRoot(3)).IsZero);
        Assert.Equal(new Rational(3, 2), Surd.SquareRoot(new Rational(9, 4)).AsRational);
        Assert.Null(Surd.SquareRoot(2).AsRational);
        Assert.Equal(Rational.Zero, Surd.SquareRoot(0).AsRational);
        Assert.Equal(new Rational(6, 1), (Surd.SquareRoot(2) * Surd.SquareRoot(18)).AsRational);
        Assert.Equal(0, (Surd.SquareRoot(8) - Surd.Of(2) * Surd.SquareRoot(2)).Sign());
        Assert.Equal("1/2 + 3·√2", (Surd.Of(new Rational(1, 2)) + Surd.Of(3) * Surd.SquareRoot(2)).ToString());
        Assert.Equal("0", Surd.Of(0).ToString());
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => Surd.SquareRoot(-1));
        Assert.Equal("q", refusal.ParamName);
        Assert.StartsWith("the square root of a negative number is not real", refusal.Message);
        // Square factors of odd primes, 3 among them, are taken out: √315 = 3√35, √(3²·5²·7) = 15√7.
        Assert.True((Surd.SquareRoot(315) - Surd.Of(3) * Surd.SquareRoot(35)).IsZero);
        Assert.True((Surd.SquareRoot(1575) - Surd.Of(15) * Surd.SquareRoot(7)).IsZero);
        // √2 − ⌊√2·2³⁰⁰⁰⌋/2³⁰⁰⁰ is positive and below 2⁻³⁰⁰⁰: only the 4,096-bit enclosure decides it.
        var scale = BigInteger.Pow(2, 3000);
        var deep = Surd.SquareRoot(2) - Surd.Of(new Rational(Surd.IntegerSquareRoot(2 * scale * scale), scale));
        Assert.Equal(1, deep.Sign());
        Assert.Null(deep.Sign(maxBits: 2048));
        Assert.Equal(-1, (-deep).Sign());
        // √2 − 1.41421356237309504880168872420969807857 is positive but below 2⁻⁶⁴: decided at a finer precision.
        var close = Surd.SquareRoot(2) - Surd.Of(new Rational(BigInteger.Parse("141421356237309504880168872420969807856"), BigInteger.Pow(10, 38)));
        Assert.Equal(1, close.Sign());
        Assert.Null(close.Sign(maxBits: 64));
    }

    /// <summary>A true 0 whose representation is not reduced is never given a sign ±1. With primes P = 100,003 and Q = 100,019 past
    /// trial division's reach, √(P²Q) keeps the radicand P²Q, and √(P²Q)·√Q = Q·√(P²) keeps the radicand P², a perfect square.
    /// Then Q·√(P²) − PQ is 0 while its terms are not: its enclosure is [0, Q·2⁻ᵇ] at every precision, which touches 0 and so
    /// decides nothing; the sign stays undecided rather than +1 (or −1 for the negation).</summary>
    [Fact]
    public void AnUnreducedZeroIsNeverGivenASign()
    {
        BigInteger p = 100_003, q = 100_019;
        var unreduced = Surd.SquareRoot(new Rational(p * p * q, 1)) * Surd.SquareRoot(new Rational(q, 1)) - Surd.Of(new Rational(p * q, 1));
        Assert.False(unreduced.IsZero);
        Assert.Null(unreduced.Sign(maxBits: 256));
        Assert.Null((-unreduced).Sign(maxBits: 256));
    }

    /// <summary>√x to 28 digits by Newton's iteration in decimal.</summary>
    private static decimal SquareRoot(decimal x)
    {
        if (x == 0) return 0;
        decimal y = (decimal)Math.Sqrt((double)x);
        for (int i = 0; i < 6; i++) y = (y + x / y) / 2;
        return y;
    }
}
