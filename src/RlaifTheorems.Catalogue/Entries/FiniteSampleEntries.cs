using RlaifTheorems.Catalogue.Simulation;
using RlaifTheorems.Core.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Catalogue.Statistics;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Catalogue.Entries;

/// <summary>Finite samples (THEORY S1): the judge's direction learned from labelled pairs.</summary>
public static class FiniteSampleEntries
{
    /// <summary>The sample sizes of the error curve; the LAW's check is at the largest.</summary>
    public static readonly int[] PairCounts = { 250, 1000, 4000, 16000 };

    /// <summary>ε of "pairs needed to come within ε of A(d_c)".</summary>
    public const double Epsilon = 0.01;

    /// <summary>
    /// S1 LAW: the judge prefers response 1 with probability σ(⟨βd_c, E(z₁ − z₂)⟩), β scaling the score to unit standard deviation;
    /// the Bradley–Terry MLE d̂_N from N pairs has A(d̂_N) → A(d_c). Checked at N = 16,000: |A(d̂_N) − A(d_c)| ≤ z·s with s the
    /// delta-method standard error sqrt(∇Aᵀ I⁻¹ ∇A / N) (I the Fisher information at the truth, ∇A the gradient of A at d_c) and
    /// z = 5.33, the two-sided normal quantile at α = 1e-6/10 per case. The bound is asymptotic (Wald): the false-alarm rate
    /// 1e-6 per run holds in the large-N limit, not exactly. Each case also reports the error at N = 250, 1000, 4000, 16000 and
    /// the smallest of those N within ε = 0.01. Cases have d ≥ 2 (for d = 1, A(d̂) = A(d_c) exactly once the sign is right).
    /// </summary>
    public static CatalogueEntry LearnedJudgeConvergesToActivatedAlignment { get; } = new PropertyEntry<ModelCase>(
        "S1", EntryKind.Law, nameof(LearnedJudgeConvergesToActivatedAlignment),
        "The Bradley–Terry MLE d̂_N of the judge's direction from N labelled pairs has A(d̂_N) → A(d_c) (N up to 16,000 per case, asymptotic χ² confidence ball of the MLE; false-alarm ≤ 1e-6 per run in the large-N limit); the report gives the error against N and the pairs needed to come within ε = 0.01.",
        PlanarArbitraries.ModelCases(), LearnedJudge, ProjectionEntries.Dims, fixedCases: LawBudget.Cases, falseAlarmRate: LawBudget.FalseAlarmRate);

    private static CaseOutcome LearnedJudge(ModelCase c)
    {
        var model = c.Model();
        var s = c.Constitution();
        var dc = model.Activated(s);
        var reads = model.Encoder.Pullback(dc);
        if (reads.L2Norm() <= Tolerance.HypothesisMargin * model.Latent.L2Norm() || model.Quality <= Tolerance.HypothesisMargin)
            return CaseOutcome.NotApplicable;
        var truth = dc / (Math.Sqrt(2) * reads.L2Norm());
        double exact = model.Alignment(dc);
        int d = c.RepresentationDimension, total = PairCounts[^1];

        var (features, labels) = JudgedPairs.LabelledPairs(model, truth, total, CaseSeed.Of(c));

        var errors = new List<string>();
        int? within = null;
        double fitted = exact;
        foreach (int n in PairCounts)
        {
            var fit = BradleyTerry.Fit(features.SubMatrix(0, d, 0, n), labels.Take(n).ToList());
            fitted = model.Alignment(fit.Direction);
            double error = Math.Abs(fitted - exact);
            errors.Add($"N={n}: {error:G3}{(fit.Separation?.Verdict == SeparationVerdict.Separated ? " (separated)" : fit.Converged ? "" : " (not converged)")}");
            if (error <= Epsilon) within ??= n;
        }

        // Asymptotically ‖I^{1/2}(d̂ − βd_c)‖² ~ χ²_d / N (I the Fisher information at the truth, estimated on the sample). With
        // probability 1 − α the whitened error ‖M^{1/2}(d̂ − βd_c)‖ is then at most r = sqrt(λ_max(L⁻¹ M L⁻ᵀ)·χ²_{d,1−α}/N), I = LLᵀ,
        // so d̂' lies in a ball of radius r around βd_c' (‖βd_c'‖ = ‖Eᵀβd_c‖ = 1/√2), within angle arcsin(r√2) of it, and
        // |A(d̂) − A(d_c)| = ρ|cos∠(d̂', w') − cos∠(d_c', w')| ≤ ρ·arcsin(r√2). Unlike the delta method this holds where ∇A = 0.
        var fisher = Matrix<double>.Build.Dense(d, d);
        for (int i = 0; i < total; i++)
        {
            var h = features.Column(i);
            double p = BradleyTerry.Sigmoid(truth.DotProduct(h));
            fisher += p * (1 - p) / total * h.OuterProduct(h);
        }
        var lowerInverse = fisher.Cholesky().Factor.Inverse();
        var metric = model.Encoder.Matrix * model.Encoder.Matrix.Transpose();
        double stretch = (lowerInverse * metric * lowerInverse.Transpose()).Evd().EigenValues.Real().Maximum();
        double radius = Math.Sqrt(stretch * ChiSquared.InvCDF(d, 1 - LawBudget.PerCheck(1)) / total);
        double bound = model.Quality * Math.Asin(Math.Min(1, radius * Math.Sqrt(2))) + Tolerance.For(1, model.Encoder.Condition);
        var detail = $"error against N: {string.Join(", ", errors)}; within ε = {Epsilon} from N = {(within is { } w ? w.ToString() : $"> {total}")}";
        return new Conclusion()
            .WithinBound($"A(d̂_N) vs A(d_c) at N = {total} ({detail})", total, fitted, exact, bound)
            .Outcome();
    }

    /// <summary>This section's entries, in THEORY order.</summary>
    public static IReadOnlyList<CatalogueEntry> All =>
    [
        LearnedJudgeConvergesToActivatedAlignment,
    ];
}
