using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Entries;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Statistics;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Formal.Certificates;
using RlaifTheorems.Verification.Corpus;
using Xunit.Abstractions;

namespace RlaifTheorems.Properties.Verification.Corpus;

/// <summary>
/// An exact certificate decides, it does not rubber-stamp: over cases drawn by the PROBE's own generator (fixed seed), a case on
/// which the floating-point check finds the claim holding (hypothesis met, positive slack) is never certified as a
/// counterexample. Left out, and counted: spanning sets the float library finds numerically dependent (it merges them, while the
/// certificate reads the stored vectors literally, so the two speak of different constitutions), and cases within the
/// property's own tolerance of the boundary. Where the certificate is meant to be complete (P1.1–P1.3, N2), every case that breaks
/// the claim is certified too; N5's covers one structure of counterexample, so there the converse is only counted.
/// </summary>
public sealed class CorpusCertificateProperties(ITestOutputHelper output)
{
    private const int Cases = 400;

    /// <summary>Each probe with the fewest cases on which its claim must hold (N2's claim fails whenever its hypothesis holds: a
    /// concave parabola always falls back below its start) and whether its certificate must also certify every case that breaks
    /// the claim by more than its tolerance (N5's certificate covers one structure only).</summary>
    public static TheoryData<string, int, bool> Probes() => new()
    {
        { "P1.1", 20, true }, { "P1.2", 20, true }, { "P1.3", 20, true }, { "N2", 0, true }, { "N5", 20, false },
    };

    private static IEnumerable<object> Draw(string id) => id == "N2"
        ? Gen.Sample(ThresholdCase.Arbitrary.Generator, Cases, new Rnd(20261205UL, 7UL), 30).Cast<object>()
        : Gen.Sample(ModelCaseGenerator.Cases(2, 2), Cases, new Rnd(20261205UL, 7UL), 30).Cast<object>();

    private static bool NumericallyDependent(ModelCase c) => c.Constitution().Rank < Math.Min(c.C.Length, c.C[0].Length);

    [Theory]
    [MemberData(nameof(Probes))]
    public void ACertificateNeverCertifiesACaseOnWhichTheClaimHolds(string id, int leastHolding, bool complete)
    {
        var entry = TheoremCatalogue.Find(id)!;
        int holding = 0, broken = 0, certified = 0, dependent = 0;
        foreach (var @case in Draw(id))
        {
            var model = @case is ThresholdCase t ? t.Case : (ModelCase)@case;
            var outcome = entry.Evaluate(@case);
            if (!outcome.HypothesisMet) continue;
            if (NumericallyDependent(model)) { dependent++; continue; }
            var certificate = CorpusCertificates.For(id, @case);
            double margin = Math.Max(outcome.SlackTolerance, 1e-12);
            if (outcome.Holds && outcome.Slack > margin)
            {
                holding++;
                Assert.False(certificate.Certified, $"{id}: certified \"{certificate.Inequality}\" on a case where the claim holds by {outcome.Slack:G4}: {@case}");
            }
            else if (!outcome.Holds && outcome.Slack < -margin)
            {
                broken++;
                if (certificate.Certified) certified++;
                else Assert.False(complete, $"{id}: no certificate ({certificate.Reason}) for a case that breaks the claim by {-outcome.Slack:G4}: {@case}");
            }
        }
        output.WriteLine($"{id}: {holding} cases where the claim holds, none certified; {broken} that break it, {certified} of them certified; " +
                         $"{dependent} numerically dependent spanning sets left out; of {Cases}");
        Assert.True(holding >= leastHolding && broken >= 20, $"{id}: {holding} cases where the claim holds, {broken} that break it");
    }

    /// <summary>
    /// P3.1's certificate breaks the isometric floor −ρ·sin∠(m, Ev) (⟨m, Ev⟩ ≥ 0) and never more: on planar models drawn by P3.1's
    /// generator, where the library's worst reachable alignment (T3.2's infimum, attained within 1e-9) lies above the floor by more
    /// than the alignment tolerance, no constitution breaks it, so neither the library's witness nor any other direction (four
    /// random ones per case) is certified; where it lies below by more than the tolerance, the library's witness is certified. With
    /// ⟨m, Ev⟩ &lt; 0 the floor is −ρ, which T2.1 makes unbreakable, and nothing is certified.
    /// </summary>
    [Fact]
    public void TheIsometricFloorCertificateCertifiesExactlyTheCasesBelowTheFloor()
    {
        int above = 0, below = 0, obtuse = 0;
        var random = new Random(20261205);
        foreach (var c in Gen.Sample(PlanarArbitraries.ModelCases().Generator, Cases, new Rnd(20261205UL, 7UL), 30))
        {
            var model = c.Model();
            double rho = model.Quality, tolerance = Math.Max(ModelTolerance.AlignmentTolerance(model), 1e-12);
            double cos = LatentValueModel.Cosine(model.Latent, model.EncodedValue);
            var worst = new ReachableAlignment(model).WorstConstitution(1e-9);
            double worstAlignment = model.Alignment(model.Activated(worst));
            var witness = worst.Basis.Column(0).ToArray();
            var certificate = CounterexampleCertificates.IsometricFloorBroken(c.E, c.V, c.M, witness);
            if (cos < 0)
            {
                // The floor is −ρ here, which no constitution breaks (T2.1: |A(d_c)| ≤ ρ).
                obtuse++;
                Assert.False(certificate.Certified, $"certified \"{certificate.Inequality}\" with ⟨m, Ev⟩ < 0: {c}");
                continue;
            }
            double sine = Math.Sqrt(Math.Max(0, 1 - cos * cos)), floor = -rho * sine;
            if (worstAlignment > floor + tolerance)
            {
                above++;
                Assert.False(certificate.Certified, $"certified \"{certificate.Inequality}\" though the infimum {worstAlignment:G6} lies above the floor {floor:G6}: {c}");
                for (int k = 0; k < 4; k++)
                {
                    var q = Enumerable.Range(0, witness.Length).Select(_ => random.NextDouble() * 2 - 1).ToArray();
                    var other = CounterexampleCertificates.IsometricFloorBroken(c.E, c.V, c.M, q);
                    Assert.False(other.Certified, $"certified \"{other.Inequality}\" though the infimum {worstAlignment:G6} lies above the floor {floor:G6}: {c}");
                }
            }
            else if (worstAlignment < floor - tolerance)
            {
                below++;
                Assert.True(certificate.Certified, $"no certificate ({certificate.Reason}) though the witness's A(d_c) = {worstAlignment:G6} lies below the floor {floor:G6}: {c}");
            }
        }
        output.WriteLine($"P3.1: {above} cases above the isometric floor, none certified (with 4 random witnesses each); {below} below it, all certified; " +
                         $"{obtuse} with ⟨m, Ev⟩ < 0 (floor −ρ, unbreakable by T2.1), none certified; of {Cases}");
        Assert.True(above >= 20 && below >= 20 && obtuse >= 20, $"P3.1: {above} above the floor, {below} below it, {obtuse} obtuse");
    }

    /// <summary>
    /// N4's certificate holds exactly on its structure, E = (e₁, 0) with e₁ ≠ 0 and v = (0, v₂), when v₂β &gt; 0, and there the readout
    /// tanh(h²/s² − 1) does correlate positively with V (Monte Carlo over 20,000 draws of the coupled world: |β| ≥ ½ keeps the true
    /// correlation above 0.1, some 15 standard errors); with v₂β &lt; 0 it correlates negatively and is not certified. Off the structure (e₂ ≠ 0, v₁ ≠ 0, or D = 3) nothing
    /// is certified: the sign argument needs ρ = 0 exactly.
    /// </summary>
    [Fact]
    public void TheCoupledReadoutCertificateHoldsExactlyOnItsStructure()
    {
        var random = new Random(20261205);
        double Nonzero(double scale) => (random.Next(2) * 2 - 1) * scale * (0.25 + random.NextDouble());
        int positive = 0, negative = 0;
        double weakest = double.PositiveInfinity;
        for (int trial = 0; trial < 40; trial++)
        {
            double e1 = Nonzero(Math.Pow(10, random.Next(-3, 4))), v2 = Nonzero(1), beta = Nonzero(2);
            var certificate = CounterexampleCertificates.CoupledReadoutBeatsCeiling([[e1, 0]], [0, v2], beta);
            Assert.Equal(v2 * beta > 0, certificate.Certified);
            var correlation = ReadoutAgainstValue(e1, v2, beta, 20_000);
            weakest = Math.Min(weakest, Math.Abs(correlation.Estimate));
            if (v2 * beta > 0)
            {
                positive++;
                Assert.True(correlation.Estimate > 0, $"certified, yet corr = {correlation.Estimate:G4} (e₁ = {e1}, v₂ = {v2}, β = {beta})");
            }
            else
            {
                negative++;
                Assert.True(correlation.Estimate < 0, $"v₂β < 0, yet corr = {correlation.Estimate:G4}");
            }
            Assert.False(CounterexampleCertificates.CoupledReadoutBeatsCeiling([[e1, 1e-300]], [0, v2], beta).Certified);
            Assert.False(CounterexampleCertificates.CoupledReadoutBeatsCeiling([[e1, 0]], [1e-300, v2], beta).Certified);
            Assert.False(CounterexampleCertificates.CoupledReadoutBeatsCeiling([[0, 0]], [0, v2], beta).Certified);
            Assert.False(CounterexampleCertificates.CoupledReadoutBeatsCeiling([[e1, 0, 0]], [0, 0, v2], beta).Certified);
            Assert.False(CounterexampleCertificates.CoupledReadoutBeatsCeiling([[e1, 0], [0, e1]], [0, v2], beta).Certified);
        }
        output.WriteLine($"N4: {positive} cases with v₂β > 0, all certified and positively correlated; {negative} with v₂β < 0, none certified; smallest |corr| {weakest:G3}");
        Assert.True(positive >= 10 && negative >= 10);
    }

    /// <summary>corr(tanh(h²/s² − 1), V) over <paramref name="samples"/> draws of the coupled world, h = e₁z₁, s² = e₁², V = v₂z₂.</summary>
    private static ReadoutCorrelation ReadoutAgainstValue(double e1, double v2, double beta, int samples)
    {
        var world = new QuadraticallyCoupledWorld(2, beta);
        var stream = new GaussianStream(7);
        var correlation = new ReadoutCorrelation();
        var z = new double[2];
        for (int s = 0; s < samples; s++)
        {
            stream.Fill(z);
            world.Transform(z);
            double h = e1 * z[0];
            correlation.Add(Math.Tanh((h * h - e1 * e1) / (e1 * e1)), v2 * z[1]);
        }
        return correlation;
    }
}
