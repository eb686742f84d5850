using RlaifTheorems.Verification.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>
/// eval's answers under exact rescaling, and the agreement of its fields with one another, on the catalogue's generated
/// models. Scaling E by 2^a, v by 2^b, m by 2^c, g by 2^e and spanning vector j by 2^{f_j} leaves every alignment, ρ, Δ, the
/// whitened cosine, the reachable bounds and every flag unchanged (to the tolerance policy), and scales the rest as the
/// definitions say: d_c by 2^c, s by 2^{c−e}, strengths (Λ*, the extremes, the witness) by 2^{e−c}, EV(g) by 2^{a+e} and
/// its slope by 2^{a+c}. The exponents range over [−1000, 1000], drawn so that every covariant result stays within 2^{±900}
/// of its unscaled value (finite by construction, not by filtering).
/// </summary>
public sealed class EvalInvarianceProperties(Xunit.Abstractions.ITestOutputHelper output)
{
    private sealed record Exponents(int A, int B, int C, int E, int[] F);

    private static Exponents Draw(int seed, int spanning)
    {
        var r = new Random(seed);
        int a = r.Next(-1000, 1001);
        int e = r.Next(Math.Max(-1000, -900 - a), Math.Min(1000, 900 - a) + 1);
        int c = r.Next(Math.Max(Math.Max(-1000, -900 - a), e - 900), Math.Min(Math.Min(1000, 900 - a), e + 900) + 1);
        return new Exponents(a, r.Next(-1000, 1001), c, e, Enumerable.Range(0, spanning).Select(_ => r.Next(-1000, 1001)).ToArray());
    }

    private static double[] Scale(double[] x, int k) => x.Select(t => Math.ScaleB(t, k)).ToArray();

    private static ModelEvaluation Evaluate(ModelCase c) => ModelEvaluation.Of(c.Model(), c.Constitution());

    [SeededProperty(Arbitrary = [typeof(CatalogueArbitraries)], MaxTest = 1000)]
    public void EveryOutputIsInvariantOrCovariantUnderPowerOfTwoScaling(ModelCase c, int seed)
    {
        var k = Draw(seed, c.C.Length);
        var scaled = new ModelCase(c.E.Select(row => Scale(row, k.A)).ToArray(), Scale(c.V, k.B), Scale(c.M, k.C), Scale(c.G, k.E),
            c.C.Select((s, j) => Scale(s, k.F[j])).ToArray());
        AgreeUnderScaling(Evaluate(c), Evaluate(scaled), k);
    }

    /// <summary>y is the evaluation of x's model with E, v, m, g and the spanning vectors scaled by 2^A, 2^B, 2^C, 2^E and 2^{F_j}:
    /// every invariant output agrees to the tolerance policy and every covariant one is x's scaled by its power of two (to that
    /// tolerance, scaled, plus 4·2⁻¹⁰⁷⁴ where a scaled output lands among the subnormals).</summary>
    private static void AgreeUnderScaling(ModelEvaluation x, ModelEvaluation y, Exponents k)
    {
        double kappa = x.EncoderCondition;
        void Same(double p, double q, string name, int exponent = 0)
        {
            double expected = Math.ScaleB(p, exponent);
            Assert.True(Math.Abs(expected - q) <= Math.ScaleB(Tolerance.For(Math.Abs(p), kappa * kappa), exponent) + 4 * double.Epsilon,
                $"{name}: {p:R} scaled by 2^{exponent} is {expected:R}, but the scaled model gives {q:R} (exponents a={k.A} b={k.B} c={k.C} e={k.E})");
        }
        void SameOptional(double? p, double? q, string name, int exponent = 0)
        {
            Assert.True(p.HasValue == q.HasValue, $"{name}: {p} against {q}");
            if (p.HasValue) Same(p.Value, q!.Value, name, exponent);
        }
        Same(x.Rho, y.Rho, "ρ");
        Same(x.EncoderCondition, y.EncoderCondition, "κ(E)");
        Assert.Equal(x.ConstitutionRank, y.ConstitutionRank);
        Same(x.AlignmentOfGeneration, y.AlignmentOfGeneration, "A(g)");
        Same(x.AlignmentOfActivated, y.AlignmentOfActivated, "A(d_c)");
        Same(x.Gap, y.Gap, "Δ");
        for (int i = 0; i < x.ActivatedDirection.Length; i++) Same(x.ActivatedDirection[i], y.ActivatedDirection[i], $"d_c[{i}]", k.C);
        SameOptional(x.InitialSlope, y.InitialSlope, "s", k.C - k.E);
        Same(x.ExpectedValueOfGeneration, y.ExpectedValueOfGeneration, "EV(g)", k.A + k.E);
        Same(x.ExpectedValueSlope, y.ExpectedValueSlope, "dEV/dλ", k.A + k.C);
        Same(x.Reachable.WhitenedCosine, y.Reachable.WhitenedCosine, "whitened cosine");
        Same(x.Reachable.Supremum, y.Reachable.Supremum, "sup");
        Same(x.Reachable.Infimum, y.Reachable.Infimum, "inf");
        Assert.Equal(x.Reachable.SupremumAttained, y.Reachable.SupremumAttained);
        Assert.Equal(x.Reachable.InfimumAttained, y.Reachable.InfimumAttained);
        Assert.Equal(x.Reachable.AdversarialExists, y.Reachable.AdversarialExists);
        Assert.Equal(x.PathUndefinedBecause is null, y.PathUndefinedBecause is null);
        if (x.Path is { } p && y.Path is { } q)
        {
            Assert.Equal(p.ImprovesMonotonically, q.ImprovesMonotonically);
            SameOptional(p.CrossingStrength, q.CrossingStrength, "Λ*", k.E - k.C);
            Same(p.Minimum.Alignment, q.Minimum.Alignment, "min A");
            Same(p.Maximum.Alignment, q.Maximum.Alignment, "max A");
            SameOptional(p.Minimum.Strength, q.Minimum.Strength, "argmin λ", k.E - k.C);
            SameOptional(p.Maximum.Strength, q.Maximum.Strength, "argmax λ", k.E - k.C);
        }
    }

    /// <summary>
    /// Models at the ends of the double range (THEORY: results do not depend on how inputs are scaled): each of E, v, m, g and the
    /// spanning vectors of a generated model is scaled by a power of two that puts its largest |entry| anywhere in [2⁻¹⁰⁷⁴, 2¹⁰²⁰],
    /// a third of the time within 2⁶⁴ of the smallest subnormal and a third within 2⁶⁴ of the largest double (the covariant
    /// outputs, EV, its slope, d_c, s and the strengths, kept within 2^{±900} by construction). Scaled into the subnormals an entry
    /// loses digits, so the reference is that model itself, rescaled exactly by the inverse powers of two into the middle of the
    /// range. Seed 20261206, 400 models: either both are refused with the same problem in one line, or eval gives every output
    /// finite and in agreement with the reference, invariant or scaled as the definitions say.
    /// </summary>
    [Fact]
    public void ModelsAtTheEndsOfTheDoubleRangeAgreeWithTheirRescaledCopies()
    {
        var random = new Random(20261206);
        int subnormal = 0, nearOverflow = 0, refused = 0, models = 0;
        int Target() => random.Next(3) switch { 0 => random.Next(-1074, -1010), 1 => random.Next(956, 1021), _ => random.Next(-1074, 1021) };
        int Toward(int target, double[] x) => target - Math.ILogB(x.Max(Math.Abs));
        int Within(int low, int high) => random.Next(3) switch { 0 => low, 1 => high, _ => random.Next(low, high + 1) };
        foreach (var c in Gen.Sample(ModelCaseGenerator.Cases(), 400, new Rnd(20261206UL, 7UL), 30))
        {
            models++;
            double[] flatE = c.E.SelectMany(row => row).ToArray();
            int a = Toward(Target(), flatE);
            int lowG = -1074 - Math.ILogB(c.G.Max(Math.Abs)), highG = 1020 - Math.ILogB(c.G.Max(Math.Abs));
            int e = Within(Math.Max(lowG, -900 - a), Math.Min(highG, 900 - a));
            int lowM = -1074 - Math.ILogB(c.M.Max(Math.Abs)), highM = 1020 - Math.ILogB(c.M.Max(Math.Abs));
            int m = Within(Math.Max(Math.Max(lowM, -900 - a), e - 900), Math.Min(Math.Min(highM, 900 - a), e + 900));
            var k = new Exponents(a, Toward(Target(), c.V), m, e, c.C.Select(s => Toward(Target(), s)).ToArray());
            var extreme = new ModelCase(c.E.Select(row => Scale(row, k.A)).ToArray(), Scale(c.V, k.B), Scale(c.M, k.C), Scale(c.G, k.E),
                c.C.Select((s, j) => Scale(s, k.F[j])).ToArray());
            var middle = new ModelCase(extreme.E.Select(row => Scale(row, -k.A)).ToArray(), Scale(extreme.V, -k.B), Scale(extreme.M, -k.C),
                Scale(extreme.G, -k.E), extreme.C.Select((s, j) => Scale(s, -k.F[j])).ToArray());
            double[] entries = [.. extreme.E.SelectMany(row => row), .. extreme.V, .. extreme.M, .. extreme.G, .. extreme.C.SelectMany(s => s)];
            if (entries.Any(t => t != 0 && double.IsSubnormal(t))) subnormal++;
            if (entries.Any(t => Math.Abs(t) >= Math.ScaleB(1, 956))) nearOverflow++;
            string where = $"a={k.A} b={k.B} c={k.C} e={k.E} f=[{string.Join(",", k.F)}] on {c}";
            var (x, xProblem) = Outcome(middle);
            var (y, yProblem) = Outcome(extreme);
            Assert.True((xProblem?.Problem, xProblem?.ParamName) == (yProblem?.Problem, yProblem?.ParamName), $"{where}: {xProblem?.Message} against {yProblem?.Message}");
            if (yProblem is not null)
            {
                refused++;
                Assert.DoesNotContain('\n', yProblem.Message);
                continue;
            }
            try { AgreeUnderScaling(x!, y!, k); }
            catch (Xunit.Sdk.XunitException failure) { throw new Xunit.Sdk.XunitException($"{where}: {failure.Message}"); }
        }
        output.WriteLine($"{models} models at the ends of the range: {subnormal} with subnormal entries, {nearOverflow} with entries above 2^956, {refused} refused alike");
        Assert.True(subnormal >= 100 && nearOverflow >= 100 && refused < models / 2, $"{subnormal} subnormal, {nearOverflow} near overflow, {refused} refused of {models}");
    }

    private static (ModelEvaluation? Evaluation, ModelInputException? Problem) Outcome(ModelCase c)
    {
        try { return (ModelEvaluation.Of(c.Model(), c.Constitution()), null); }
        catch (ModelInputException problem) { return (null, problem); }
    }

    [SeededProperty(Arbitrary = [typeof(CatalogueArbitraries)], MaxTest = 500)]
    public void EveryFieldAgreesWithEveryOther(ModelCase c)
    {
        var model = c.Model();
        var constitution = c.Constitution();
        var x = ModelEvaluation.Of(model, constitution);
        double tol = Tolerance.For(1, x.EncoderCondition * x.EncoderCondition);
        Assert.True(x.Reachable.Infimum <= x.AlignmentOfActivated + tol && x.AlignmentOfActivated <= x.Reachable.Supremum + tol, "inf ≤ A(d_c) ≤ sup");
        Assert.True(Math.Abs(x.Reachable.Supremum) <= x.Rho + tol && Math.Abs(x.Reachable.Infimum) <= x.Rho + tol, "|bounds| ≤ ρ");
        Assert.Equal(x.AlignmentOfActivated - x.AlignmentOfGeneration, x.Gap, 12);
        // Witnesses reach what they claim, and flags agree with them.
        Assert.InRange(x.Reachable.Best.Alignment, x.Reachable.Supremum - ModelEvaluation.WitnessEpsilon - tol, x.Reachable.Supremum + tol);
        Assert.InRange(x.Reachable.Worst.Alignment, x.Reachable.Infimum - tol, x.Reachable.Infimum + ModelEvaluation.WitnessEpsilon + tol);
        Assert.Equal(x.Reachable.AdversarialExists, x.Reachable.AdversarialWitness is not null);
        if (x.Reachable.AdversarialWitness is { } w) Assert.True(w.Alignment < 0, $"the adversarial witness has A = {w.Alignment}");
        if (x.Reachable.SupremumAttained) Assert.True(Math.Abs(x.Reachable.Supremum - x.Reachable.Best.Alignment) <= tol, "the supremum is attained by its witness");
        if (x.Reachable.InfimumAttained) Assert.True(Math.Abs(x.Reachable.Infimum - x.Reachable.Worst.Alignment) <= tol, "the infimum is attained by its witness");
        Assert.NotNull(x.InitialSlope);
        if (x.Path is not { } p)
        {
            Assert.NotNull(x.PathUndefinedBecause);
            return;
        }
        Assert.True(p.Minimum.Alignment <= x.AlignmentOfGeneration + tol && x.AlignmentOfGeneration <= p.Maximum.Alignment + tol, "min ≤ A(g) ≤ max");
        Assert.True(p.Minimum.Alignment <= x.AlignmentOfActivated + tol && x.AlignmentOfActivated <= p.Maximum.Alignment + tol, "min ≤ A(d_c) ≤ max");
        Assert.Equal(x.Gap == 0, p.CrossingStrength is null);
        Assert.Equal(p.ImprovesMonotonically, p.NonImprovementWitness is null);
        var path = new RlaifPath(model, constitution);
        if (p.NonImprovementWitness is double lambda)
            // On a parallel path A is constant: its witness sits at A(g) exactly, so direct evaluation may land an ulp either side.
            Assert.True(path.AlignmentAt(lambda) <= x.AlignmentOfGeneration + (x.Gap == 0 ? tol : 0), $"the non-improvement witness λ = {lambda} improves");
        foreach (var extreme in new[] { p.Minimum, p.Maximum })
            if (extreme.Strength is double at)
                Assert.True(Math.Abs(extreme.Alignment - path.AlignmentAt(at)) <= tol * p.Condition,
                    $"the extreme at λ = {at} claims A = {extreme.Alignment:R}; direct evaluation gives {path.AlignmentAt(at):R} (tolerance {tol * p.Condition:G3})");
    }
}
