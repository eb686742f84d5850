using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Catalogue.Statistics;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Catalogue.Entries.ModelTolerance;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Beyond the linear model: the paper's stated limitation (THEORY N1–N5).</summary>
public static class BeyondLinearEntries
{
    /// <summary>Response pairs per case of the N1 LAW.</summary>
    public const int AgreementPairs = 40_000;
    /// <summary>Angles of the deterministic quadrature of the N1 THEOREM part.</summary>
    public const int AgreementQuadrature = 100_000;

    private static readonly (string Name, Func<double, double> F)[] IncreasingTransforms =
    {
        ("x", x => x), ("x + x³", x => x + x * x * x), ("exp(x/2)", x => Math.Exp(x / 2)), ("x + sin(x)/2", x => x + Math.Sin(x) / 2),
    };

    /// <summary>
    /// N1 THEOREM + LAW: for Gaussian z, Agree(u) = 1 − arccos(A(u))/π, and every strictly increasing transform of V leaves
    /// it unchanged. THEOREM: the formula agrees with an angular quadrature of the sign-agreement set in the plane of Eᵀu and v
    /// (error ≤ 4/10⁵). LAW: 40,000 pairs per case and u ∈ {g, m}, Hoeffding at α = 1e-6/20; the four transforms x, x + x³,
    /// exp(x/2), x + sin(x)/2 must give identical agreement counts on the same pairs.
    /// </summary>
    public static CatalogueEntry AgreementFollowsSheppardUnderMonotoneValues { get; } = new PropertyEntry<ModelCase>(
        "N1", EntryKind.Law, nameof(AgreementFollowsSheppardUnderMonotoneValues),
        $"For Gaussian z, Agree(u) = 1 − arccos(A(u))/π, unchanged by any strictly increasing transform of V (quadrature, and N = {AgreementPairs:N0} pairs per case with a Hoeffding bound; false-alarm ≤ 1e-6 per run).",
        CatalogueArbitraries.ModelCases(), Agreement, ProjectionEntries.Dims, fixedCases: LawBudget.Cases, falseAlarmRate: LawBudget.FalseAlarmRate);

    private static CaseOutcome Agreement(ModelCase c)
    {
        var model = c.Model();
        var directions = new[] { ("g", model.Generation), ("m", model.Latent) };
        var conclusion = new Conclusion();
        var reads = directions.Select(d => model.Encoder.Pullback(d.Item2).ToArray()).ToArray();
        foreach (var (name, u) in directions)
        {
            double beta = Math.Acos(model.Alignment(u));
            int agree = 0;
            for (int k = 0; k < AgreementQuadrature; k++)
            {
                double phi = 2 * Math.PI * (k + 0.5) / AgreementQuadrature;
                if (Math.Sign(Math.Cos(phi)) == Math.Sign(Math.Cos(phi - beta))) agree++;
            }
            conclusion.Near((double)agree / AgreementQuadrature, model.Agreement(u), 4.0 / AgreementQuadrature + Tolerance.For(), () => $"quadrature of Agree({name}) vs 1 − arccos(A)/π");
        }

        var stream = new GaussianStream(CaseSeed.Of(c));
        int dWorld = c.WorldDimension;
        double[] z1 = new double[dWorld], z2 = new double[dWorld], v = model.Value.Vector.ToArray();
        var counts = new int[directions.Length, IncreasingTransforms.Length];
        for (int s = 0; s < AgreementPairs; s++)
        {
            stream.Fill(z1);
            stream.Fill(z2);
            double v1 = Vectors.Dot(v, z1), v2 = Vectors.Dot(v, z2);
            for (int i = 0; i < directions.Length; i++)
            {
                int judge = Math.Sign(Vectors.Dot(reads[i], z1) - Vectors.Dot(reads[i], z2));
                for (int t = 0; t < IncreasingTransforms.Length; t++)
                    if (judge == Math.Sign(IncreasingTransforms[t].F(v1) - IncreasingTransforms[t].F(v2))) counts[i, t]++;
            }
        }
        double bound = ConfidenceBound.Hoeffding(AgreementPairs, LawBudget.PerCheck(directions.Length));
        for (int i = 0; i < directions.Length; i++)
        {
            for (int t = 1; t < IncreasingTransforms.Length; t++)
                conclusion.IsTrue(counts[i, t] == counts[i, 0], $"agreement of {directions[i].Item1} under {IncreasingTransforms[t].Name} ({counts[i, t]}) differs from under x ({counts[i, 0]})");
            conclusion.WithinBound($"Agree({directions[i].Item1})", AgreementPairs, (double)counts[i, 0] / AgreementPairs, model.Agreement(directions[i].Item2), bound);
        }
        return conclusion.Outcome();
    }

    /// <summary>
    /// N2 PROBE (false): with the non-monotone value V(z) = −(⟨v, z⟩ − τ)², "Δ(c) &gt; 0 ⟹ expected value rises for strong RLAIF".
    /// E[V] = −((μ − τ)² + 1) with μ linear in λ is a concave parabola: past Λ = 2(τ − μ₀)/μ' it stays below E[V] at λ = 0
    /// for ever (overshoot). Evidence: E[V](λ) − E[V](0) at λ = 2Λ + ‖a‖/‖b‖, where it is −(λμ')(Λμ' + ‖a‖μ'/‖b‖), as large as the
    /// start's distance from τ (at Λ + ‖a‖/‖b‖ it would be lost to rounding against τ² when |τ| is large), formed without
    /// overflow by <see cref="ThresholdValue.ExpectedChange"/>.
    /// </summary>
    public static CatalogueEntry GapImprovesNonMonotoneValue { get; } = new PropertyEntry<ThresholdCase>(
        "N2", EntryKind.Probe, nameof(GapImprovesNonMonotoneValue),
        "For the non-monotone value V(z) = −(⟨v, z⟩ − τ)², Δ(c) > 0 implies the expected value rises for strong RLAIF.",
        CatalogueArbitraries.ThresholdCases(), Overshoot, t => ProjectionEntries.Dims(t.Case), new Dimensions(1, 1));

    private static CaseOutcome Overshoot(ThresholdCase t)
    {
        var model = t.Case.Model();
        var s = t.Case.Constitution();
        var activated = model.Activated(s);
        double gap = model.Gap(s);
        if (gap <= Tolerance.HypothesisMargin || activated.L2Norm() == 0) return CaseOutcome.NotApplicable;
        double scale = model.Encoder.Pullback(model.Generation).L2Norm() / model.Encoder.Pullback(activated).L2Norm();
        double mu0 = model.ExpectedValue(model.Generation), slope = model.ExpectedValue(activated);
        double lastReturn = slope == 0 ? 0 : Math.Max(0, 2 * (t.Tau - mu0) / slope);
        double lambda = 2 * lastReturn + scale;
        var (change, k) = ThresholdValue.ExpectedChange(model, model.Generation, activated, lambda, t.Tau);
        string units = k == 0 ? "" : $" (in units of 2^{k})";
        return new Conclusion()
            .AtLeast(change, 0, Tolerance.For(4, model.Encoder.Condition),
                $"E[V](λ) − E[V](0){units} at λ = {lambda:G4} (past every return, Λ = {lastReturn:G4}), with Δ = {gap:G4}")
            .Outcome();
    }

    /// <summary>Samples per case of the N3 LAW.</summary>
    public const int ReadoutSamples = 100_000;

    /// <summary>
    /// N3 LAW: for Gaussian z no readout f(Ez), however nonlinear, correlates with V better than ρ. Six readouts bounded in
    /// [−1, 1] (tanh, clipped polynomials, a clipped ReLU mix, a tanh interaction, an even polynomial) of the best linear
    /// feature x* = ⟨u*, h⟩/‖Eᵀu*‖ and of ⟨g, h⟩. Per case N = 100,000; the LAW fails only if a lower confidence bound of some
    /// correlation exceeds ρ (Bernstein for E[fV] with |V| ≤ 8 outside probability 1.2e-15 per sample, Hoeffding for E[f], E[f²];
    /// α = 1e-6/(10·6·3) each), so a run false-alarms with probability ≤ 1e-6.
    /// </summary>
    public static CatalogueEntry NoReadoutBeatsCeilingInGaussianWorld { get; } = new PropertyEntry<ModelCase>(
        "N3", EntryKind.Law, nameof(NoReadoutBeatsCeilingInGaussianWorld),
        $"For Gaussian z, no readout f(Ez) (polynomial, ReLU, tanh) correlates with V better than ρ (N = {ReadoutSamples:N0} per case, Bernstein/Hoeffding lower bounds; false-alarm ≤ 1e-6 per run).",
        CatalogueArbitraries.ModelCases(), GaussianReadouts, ProjectionEntries.Dims, fixedCases: LawBudget.Cases, falseAlarmRate: LawBudget.FalseAlarmRate);

    private static readonly (string Name, Func<double, double, double> F)[] Readouts =
    {
        ("tanh(x*)", (x, y) => Math.Tanh(x)),
        ("clip((x* + x*³/3)/2)", (x, y) => Math.Clamp((x + x * x * x / 3) / 2, -1, 1)),
        ("clip(relu(x*) − relu(−x*)/2 − 0.3)", (x, y) => Math.Clamp(Math.Max(x, 0) - Math.Max(-x, 0) / 2 - 0.3, -1, 1)),
        ("tanh(x*·y + y)", (x, y) => Math.Tanh(x * y + y)),
        ("tanh(2y)", (x, y) => Math.Tanh(2 * y)),
        ("clip(x*² − 1)", (x, y) => Math.Clamp(x * x - 1, -1, 1)),
    };

    private static CaseOutcome GaussianReadouts(ModelCase c)
    {
        var model = c.Model();
        double rho = model.Quality;
        var best = model.Encoder.Pullback(model.Encoder.CeilingDirection(model.Value));
        var other = model.Encoder.Pullback(model.Generation);
        double[] bestRead = best.L2Norm() > 0 ? (best / best.L2Norm()).ToArray() : new double[c.WorldDimension];
        double[] otherRead = (other / other.L2Norm()).ToArray(), v = model.Value.Vector.ToArray();
        var stats = Readouts.Select(_ => new ReadoutCorrelation()).ToArray();
        var stream = new GaussianStream(CaseSeed.Of(c));
        var z = new double[c.WorldDimension];
        for (int s = 0; s < ReadoutSamples; s++)
        {
            stream.Fill(z);
            double x = Vectors.Dot(bestRead, z), y = Vectors.Dot(otherRead, z), value = Vectors.Dot(v, z);
            for (int r = 0; r < Readouts.Length; r++) stats[r].Add(Readouts[r].F(x, y), value);
        }
        // |V| ≤ 8 on all samples of a run except with probability ≤ 10·10⁵·1.2e-15, so |fV − E fV| ≤ 9.
        double alpha = LawBudget.PerCheck(Readouts.Length * 3);
        var conclusion = new Conclusion();
        for (int r = 0; r < Readouts.Length; r++)
        {
            double estimate = stats[r].Estimate, lower = stats[r].LowerBound(alpha, 9.0);
            conclusion.BelowBound($"corr({Readouts[r].Name}, V) vs ρ", ReadoutSamples, estimate, rho, estimate - lower);
        }
        return conclusion.Outcome();
    }

    /// <summary>Samples per evaluation of the N4 PROBE (a fixed stream, so shrinking and replay see the same numbers).</summary>
    public const int CoupledSamples = 20_000;

    /// <summary>
    /// N4 PROBE (false): "no readout f(Ez) correlates with V better than ρ" in a non-Gaussian world with dependent coordinates
    /// (<see cref="QuadraticallyCoupledWorld"/>, Cov(z) = I). Evidence: a readout tanh((h_i² − s_i²)/s_i²) whose correlation's
    /// lower confidence bound (α = 1e-9, |fV| ≤ 60 assumed) exceeds ρ.
    /// </summary>
    public static CatalogueEntry NoReadoutBeatsCeilingInAnyWorld { get; } = new PropertyEntry<CoupledWorldCase>(
        "N4", EntryKind.Probe, nameof(NoReadoutBeatsCeilingInAnyWorld),
        "In a world whose coordinates are dependent but uncorrelated, no readout f(Ez) correlates with V better than the linear ceiling ρ.",
        CatalogueArbitraries.CoupledWorldCases(), CoupledReadouts, c => new Dimensions(c.WorldDimension, c.RepresentationDimension), new Dimensions(2, 1));

    private static CaseOutcome CoupledReadouts(CoupledWorldCase c)
    {
        var (encoder, value) = c.Model();
        var world = new QuadraticallyCoupledWorld(c.WorldDimension, c.Beta);
        double rho = encoder.Quality(value);
        int d = c.RepresentationDimension;
        var e = c.E;
        var spread = e.Select(row => Vectors.Dot(row, row)).ToArray();
        double[] v = value.Vector.ToArray(), z = new double[c.WorldDimension];
        var stats = Enumerable.Range(0, d).Select(_ => new ReadoutCorrelation()).ToArray();
        var stream = new GaussianStream(1);
        for (int s = 0; s < CoupledSamples; s++)
        {
            stream.Fill(z);
            world.Transform(z);
            double target = Vectors.Dot(v, z);
            for (int i = 0; i < d; i++)
            {
                double h = Vectors.Dot(e[i], z);
                stats[i].Add(Math.Tanh((h * h - spread[i]) / spread[i]), target);
            }
        }
        int bestIndex = Enumerable.Range(0, d).MaxBy(i => stats[i].LowerBound(1e-9, 60.0));
        double lower = stats[bestIndex].LowerBound(1e-9, 60.0);
        return new Conclusion()
            .AtMost(lower, rho, 0, $"lower confidence bound of corr(tanh((h_{bestIndex}² − s²)/s²), V) = {lower:G4} (estimate {stats[bestIndex].Estimate:G4}, N = {CoupledSamples}) vs ρ = {rho:G4}")
            .Outcome();
    }

    /// <summary>
    /// N5 PROBE (false): "an attention-style constitution, d_c = Σ_j softmax_j(⟨c, a_j⟩) a_j over encoded directions a_j (the case's
    /// spanning vectors; the query is g, whose norm is the temperature), still activates a direction in the open hemisphere of m
    /// (L1) or at least no worse than the T3.2 bound". Refuted when both fail at once, for d ≥ 2 where T3.2 applies and with at least
    /// two non-zero encoded directions, so that attention chooses between them.
    /// </summary>
    public static CatalogueEntry AttentionConstitutionStaysInHemisphere { get; } = new PropertyEntry<ModelCase>(
        "N5", EntryKind.Probe, nameof(AttentionConstitutionStaysInHemisphere),
        "An attention-style constitution d_c = Σ_j softmax_j(⟨c, a_j⟩) a_j keeps d_c in the hemisphere ⟨d_c, m⟩ > 0 (L1) or above the worst-case bound of T3.2.",
        PlanarArbitraries.ModelCases(), Attention, ProjectionEntries.Dims);

    private static CaseOutcome Attention(ModelCase c)
    {
        if (c.RepresentationDimension < 2 || c.C.Length < 2 || c.C.Any(a => a.All(t => t == 0))) return CaseOutcome.NotApplicable;
        var model = c.Model();
        var directions = c.C.Select(row => Vector<double>.Build.DenseOfArray(row)).ToList();
        var d = AttentionConstitution.Activated(model.Generation, directions);
        if (d.L2Norm() <= Tolerance.HypothesisMargin * directions.Max(a => a.L2Norm())) return CaseOutcome.NotApplicable;
        double tol = AlignmentTolerance(model);
        double hemisphere = LatentValueModel.Cosine(d, model.Latent);
        double floor = new ReachableAlignment(model).Infimum, activated = model.Alignment(d);
        double slack = Math.Max(hemisphere, activated - floor);
        return new CaseOutcome(true, slack >= -tol, slack,
            $"attention activates d_c with cos∠(d_c, m) = {hemisphere:G4} (L1 needs > 0) and A(d_c) = {activated:G4} below the T3.2 floor {floor:G4}");
    }

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        AgreementFollowsSheppardUnderMonotoneValues,
        GapImprovesNonMonotoneValue,
        NoReadoutBeatsCeilingInGaussianWorld,
        NoReadoutBeatsCeilingInAnyWorld,
        AttentionConstitutionStaysInHemisphere,
    ];
}
