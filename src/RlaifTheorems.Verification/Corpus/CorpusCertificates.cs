using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Formal.Certificates;

namespace RlaifTheorems.Verification.Corpus;

/// <summary>
/// Which exact certificate each PROBE's counterexample carries, with the floating-point witness it starts from (the path's
/// extreme strength, the library's worst constitution); the certificate itself is exact (<see cref="CounterexampleCertificates"/>).
/// </summary>
public static class CorpusCertificates
{
    /// <summary>The exact certificate of entry <paramref name="id"/>'s counterexample <paramref name="case"/>.</summary>
    public static ExactCertificate For(string id, object @case) => (id, @case) switch
    {
        ("P1.1", ModelCase c) => Path(c, degrades: true),
        ("P1.2", ModelCase c) => Path(c, degrades: false),
        ("P1.3", ModelCase c) => CounterexampleCertificates.ValueRisesAgainstGap(c.E, c.V, c.M, c.G, c.C),
        ("P3.1", ModelCase c) => CounterexampleCertificates.IsometricFloorBroken(c.E, c.V, c.M,
            new ReachableAlignment(c.Model()).WorstConstitution(1e-9).Basis.Column(0).ToArray()),
        ("N2", ThresholdCase t) => CounterexampleCertificates.Overshoot(t.Case.E, t.Case.V, t.Case.M, t.Case.G, t.Case.C, t.Tau),
        ("N4", CoupledWorldCase w) => CounterexampleCertificates.CoupledReadoutBeatsCeiling(w.E, w.V, w.Beta),
        ("N5", ModelCase c) => CounterexampleCertificates.AttentionEscapesHemisphere(c.E, c.V, c.M, c.C),
        _ => ExactCertificate.Fails($"{id}: no exact certificate", $"no exact certificate is defined for {id} with a {@case.GetType().Name}"),
    };

    private static ExactCertificate Path(ModelCase c, bool degrades)
    {
        var path = new RlaifPath(c.Model(), c.Constitution());
        var extreme = degrades ? path.Minimum : path.Maximum;
        double strength = extreme.AtLimit ? 10 * path.NaturalScale : extreme.Strength;
        return CounterexampleCertificates.PathAgainstGap(c.E, c.V, c.M, c.G, c.C, strength, degrades);
    }
}
