using RlaifTheorems.Formal.Certificates;
using static RlaifTheorems.Formal.Certificates.CounterexampleCertificates;

namespace RlaifTheorems.Properties.Formal.Certificates;

/// <summary>
/// Each exact certificate at the edges of its own argument, on models small enough to decide by hand: inputs outside the latent
/// value model (g = 0, d_c = 0, Ev = 0), exact boundaries (Δ = 0, ⟨Eᵀd_c, v⟩ = 0, β = 0, terms of mixed or zero sign), a path
/// through the zero policy, and the short decimal a certificate prints. A certificate that does not certify is never an exception
/// and always says why.
/// </summary>
public sealed class CounterexampleCertificatesTests
{
    private static readonly double[][] Identity = [[1, 0], [0, 1]];

    private static void Refused(ExactCertificate certificate)
    {
        Assert.False(certificate.Certified, certificate.Inequality);
        Assert.False(string.IsNullOrWhiteSpace(certificate.Reason), "a refused certificate says why");
        Assert.False(string.IsNullOrWhiteSpace(certificate.Inequality), "a certificate names its inequality");
    }

    /// <summary>g = 0 or d_c = 0 (m ⟂ c) is no latent value model with a path (A(0) is a convention, not an alignment).</summary>
    [Fact]
    public void AZeroGenerationOrActivatedDirectionIsRefused()
    {
        double[] v = [1, 0];
        foreach (bool degrades in new[] { true, false })
        {
            Refused(PathAgainstGap(Identity, v, [1, 1], [0, 0], [[1, 0]], 1, degrades));
            Refused(PathAgainstGap(Identity, v, [0, 1], [-1, 1], [[1, 0]], 1, degrades));
        }
        Refused(ValueRisesAgainstGap(Identity, v, [1, 1], [0, 0], [[1, 1]]));
        Refused(ValueRisesAgainstGap(Identity, v, [0, 1], [1, 0], [[1, 0]]));
        // g = 0 with d_c = (1, 0): were the zero read as A(g) = 0, the overshoot would "certify".
        Refused(Overshoot(Identity, v, [1, 0], [0, 0], [[1, 0]], 1));
        Refused(Overshoot(Identity, v, [0, 1], [-1, 1], [[1, 0]], 1));
    }

    /// <summary>Ev = 0 (v in E's null space): ρ = 0 and every A(d_c) = 0, so no floor is broken and no hemisphere escaped.</summary>
    [Fact]
    public void AValueTheEncoderCannotSeeIsRefused()
    {
        double[][] e = [[1, 0]];
        Refused(IsometricFloorBroken(e, [0, 1], [1], [-1]));
        Refused(AttentionEscapesHemisphere(e, [0, 1], [1], [[-1]]));
    }

    /// <summary>E = I, v = e₁, g = −e₁ and d_c = e₁: g + λd_c is the zero policy at λ = 1, where A is undefined; on either side A is
    /// ±1 = A(g) or −A(g) &gt; A(g), so there is no dip to certify, and the strength 1 is skipped, not evaluated.</summary>
    [Fact]
    public void APathThroughTheZeroPolicyIsSkippedNotEvaluated()
    {
        Refused(PathAgainstGap(Identity, [1, 0], [1, 0], [-1, 0], [[1, 0]], 1, degrades: true));
    }

    /// <summary>The P1.1 corpus case (Δ = 0.89, A dips at λ = ½): a floating-point strength near ½ is certified at the shortest
    /// decimal that certifies, λ = 1/2, and the exact Δ's sign decides: the mirror (P1.2's claim) is refused.</summary>
    [Fact]
    public void APathCertificatePrintsTheShortestStrengthThatCertifies()
    {
        double[][] e = [[-1, 0], [0, 1]];
        var certificate = PathAgainstGap(e, [0, -1], [1, 0], [-0.5, 1], [[1, 0]], 0.4821, degrades: true);
        Assert.True(certificate.Certified, certificate.Reason);
        Assert.Equal("Δ(c) > 0 and A(g + λd_c) < A(g) at λ = 1/2", certificate.Inequality);
        Refused(PathAgainstGap(e, [0, -1], [1, 0], [-0.5, 1], [[1, 0]], 0.4821, degrades: false));
        // Far from the dip (A(g + 1000d_c) is near the limit A(d_c) > A(g)) no nearby strength certifies.
        Refused(PathAgainstGap(e, [0, -1], [1, 0], [-0.5, 1], [[1, 0]], 1000, degrades: true));
    }

    /// <summary>P1.3 needs both strict inequalities: ⟨Eᵀd_c, v⟩ = 0 (EV flat) or Δ = 0 exactly (A(g) = A(d_c) = 1/√2) is refused.</summary>
    [Fact]
    public void AValueCertificateNeedsBothStrictInequalities()
    {
        double[] v = [1, 0];
        Assert.True(ValueRisesAgainstGap(Identity, v, [1, 1], [1, 0], [[1, 1]]).Certified);
        Refused(ValueRisesAgainstGap(Identity, v, [0, 1], [1, 0], [[0, 1]]));
        Refused(ValueRisesAgainstGap(Identity, v, [1, -1], [1, 1], [[1, -1]]));
    }

    /// <summary>N2 with μ' = ⟨Eᵀd_c, v⟩ = 0 and Δ &gt; 0 (A(g) = −1/√2 &lt; A(d_c) = 0): E[V] is flat in λ, nothing overshoots. With
    /// Δ &lt; 0 it is refused too; its own corpus case is certified at λ = 3.</summary>
    [Fact]
    public void AnOvershootNeedsARisingMean()
    {
        Refused(Overshoot(Identity, [1, 0], [0, 1], [-1, 1], [[0, 1]], 0.5));
        Refused(Overshoot(Identity, [1, 0], [1, 0], [1, 1], [[1, -1]], 0.5));
        var corpus = Overshoot([[1]], [-1], [-1], [1], [[-1]], 0);
        Assert.True(corpus.Certified, corpus.Reason);
        Assert.EndsWith("at λ = 3: sign(λμ' + 2(μ₀ − τ)) = sign(μ')", corpus.Inequality);
    }

    /// <summary>N4's sign argument needs v₂β &gt; 0 strictly (β = 0 is the independent world, where corr = 0 = ρ) and exactly the
    /// shape D = 2, d = 1.</summary>
    [Fact]
    public void TheCoupledReadoutCertificateNeedsACouplingAndItsShape()
    {
        Assert.True(CoupledReadoutBeatsCeiling([[2, 0]], [0, -1], -0.5).Certified);
        Refused(CoupledReadoutBeatsCeiling([[2, 0]], [0, -1], 0));
        Refused(CoupledReadoutBeatsCeiling([[2, 0]], [0, -1, 3], -0.5));
        Refused(CoupledReadoutBeatsCeiling([[2, 0], [0, 2]], [0, -1], -0.5));
        Refused(CoupledReadoutBeatsCeiling([[2, 1]], [0, -1], -0.5));
    }

    /// <summary>N5 with E = 2I, v = e₁ and m = e₁ (m = Ev/2, a positive multiple with ‖m‖ ≠ ‖Ev‖): directions whose terms are all
    /// ≤ 0 with one &lt; 0 are certified; mixed signs, all zero (a ⟂ m), or m a negative multiple of Ev are refused.</summary>
    [Fact]
    public void TheAttentionCertificateNeedsEveryTermOnOneSide()
    {
        double[][] e = [[2, 0], [0, 2]];
        double[] v = [1, 0], m = [1, 0];
        Assert.True(AttentionEscapesHemisphere(e, v, m, [[-1, 0], [-1, 1], [0, 1]]).Certified);
        Refused(AttentionEscapesHemisphere(e, v, m, [[-1, 0], [1, 1]]));
        Refused(AttentionEscapesHemisphere(e, v, m, [[0, 1], [0, -1]]));
        Refused(AttentionEscapesHemisphere(e, v, [-1, 0], [[-1, 0]]));
        Refused(AttentionEscapesHemisphere(e, v, [1, 1], [[-1, 0]]));
    }

    /// <summary>The P3.1 corpus case: a witness near (−1, −5·10⁻¹⁰) is certified at the shortest decimals that certify, and so is the
    /// same direction scaled by 1000, whose one-digit decimals are written with an exponent (−1E+03).</summary>
    [Fact]
    public void AFloorCertificatePrintsTheShortestWitnessThatCertifies()
    {
        var certificate = IsometricFloorBroken([[0, -1], [1, 1]], [0, -1], [0, -1], [-0.9999999999, -5.1e-10]);
        Assert.True(certificate.Certified, certificate.Reason);
        Assert.EndsWith("q = (-1, -1/2000000000)", certificate.Inequality);
        var scaled = IsometricFloorBroken([[0, -1], [1, 1]], [0, -1], [0, -1], [-999.9999999, -5.1e-7]);
        Assert.True(scaled.Certified, scaled.Reason);
        Assert.EndsWith("q = (-1000, -1/2000000)", scaled.Inequality);
        // E = diag(1, ½), v = e₁, m = (1, 1): the floor is −ρ·sin∠(m, Ev) = −1/√2, and q = (−1, 2) (⟨q, m⟩ = 1 > 0, Eᵀq = (−1, 1))
        // activates exactly A(d_c) = −1/√2: on the floor, not below it.
        Refused(IsometricFloorBroken([[1, 0], [0, 0.5]], [1, 0], [1, 1], [-1, 2]));
        // q = (1, 1): ⟨q, m⟩ = −1 and Eᵀq = (1, 0) ⟂ v, so A(d_c) = 0 lies above the floor at every decimal of q.
        Refused(IsometricFloorBroken([[0, -1], [1, 1]], [0, -1], [0, -1], [1, 1]));
    }
}
