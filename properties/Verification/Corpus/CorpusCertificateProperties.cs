using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Generators;
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
}
