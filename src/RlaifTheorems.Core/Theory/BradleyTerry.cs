using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// Maximum-likelihood fit of the judge's direction from labelled pairs (THEORY S1): with features h_i = E(z₁ − z₂) and labels
/// y_i = 1 when response 1 was preferred, the Bradley–Terry model P(y = 1) = σ(⟨d, h⟩) has log-likelihood
/// Σ y_i log σ(⟨d, h_i⟩) + (1 − y_i) log σ(−⟨d, h_i⟩), concave in d. Newton's method (iteratively reweighted least squares)
/// with step halving finds its maximiser; if the data are separable the maximum is at infinity and <see cref="Fit"/> reports
/// that it did not converge.
/// </summary>
public static class BradleyTerry
{
    /// <summary>The fitted direction, whether it is the maximum-likelihood estimate (Newton reached a stationary point and the
    /// data are certified not separated), the iterations used, and the separation decision with its witness.</summary>
    public sealed record Estimate(Vector<double> Direction, bool Converged, int Iterations)
    {
        /// <summary>Whether the pairs are separable, decided from the data (<see cref="PairSeparation"/>).</summary>
        public PairSeparation? Separation { get; init; }
    }

    /// <summary>Fits d̂ from the columns of <paramref name="features"/> (d×N) and the labels; converged only when Newton reached a
    /// stationary point and <see cref="PairSeparation"/> certifies that the maximum-likelihood estimate exists.
    /// The fit is equivariant under a scale of the features (h ↦ t·h gives d̂ ↦ d̂/t, the scores and the likelihood unchanged): it
    /// runs on the features scaled by a power of two, exactly, so that the largest |entry| lies in [1, 2), where Newton's
    /// stopping rules are set, and scales the direction back.</summary>
    /// <exception cref="ModelInputException">Sizes disagree, entries are not finite, there are no pairs, or the features are so
    /// small that the fitted direction overflows.</exception>
    public static Estimate Fit(Matrix<double> features, IReadOnlyList<bool> labels, int maxIterations = 50)
    {
        Guard.Finite(features, nameof(features));
        if (features.ColumnCount == 0 || features.ColumnCount != labels.Count)
            throw new ModelInputException(InputProblem.ShapeMismatch, nameof(labels), $"has {labels.Count} labels for {features.ColumnCount} pairs (need ≥ 1, equal)");
        double largest = features.Enumerate().Max(Math.Abs);
        // Stryker disable once Equality,Conditional : all-zero features (largest = 0) stay zero under any scale, and so does the
        // fitted direction, which is 0 there.
        int exponent = largest > 0 ? Math.ILogB(largest) : 0;
        var scaled = features.Map(x => Math.ScaleB(x, -exponent));
        var newton = Newton(scaled, labels, maxIterations);
        // Separability and its witness do not depend on the scale either: decided on the scaled pairs.
        var separation = PairSeparation.Decide(scaled, labels, newton.Direction);
        var direction = newton.Direction.Map(x => Math.ScaleB(x, -exponent));
        if (!direction.All(double.IsFinite))
            throw new ModelInputException(InputProblem.OutOfRange, nameof(features), $"are so small (largest |entry| {largest:G3}) that the fitted direction overflows");
        return newton with { Direction = direction, Converged = newton.Converged && separation.Verdict == SeparationVerdict.NotSeparated, Separation = separation };
    }

    private static Estimate Newton(Matrix<double> features, IReadOnlyList<bool> labels, int maxIterations)
    {
        int d = features.RowCount, n = features.ColumnCount;
        var beta = Vector<double>.Build.Dense(d);
        double current = LogLikelihood(features, labels, beta);
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            var scores = features.TransposeThisAndMultiply(beta);
            var residual = Vector<double>.Build.Dense(n, i => (labels[i] ? 1 : 0) - Sigmoid(scores[i]));
            var gradient = features * residual;
            // Hessian H W Hᵀ with W = diag(p(1 − p)), as one product of d×N matrices.
            var weighted = features.Clone();
            for (int i = 0; i < n; i++)
            {
                double p = Sigmoid(scores[i]);
                weighted.SetColumn(i, features.Column(i) * (p * (1 - p)));
            }
            var hessian = weighted.TransposeAndMultiply(features);
            // Stryker disable once Equality,Arithmetic : a stricter stopping rule takes more Newton steps to the same maximiser,
            // which the stall test below then ends.
            // A stationary point; whether it is the maximum (the data are not separable) is decided in Fit, from the data.
            if (gradient.L2Norm() <= 1e-10 * n) return new Estimate(beta, true, iteration);
            Vector<double> step;
            try { step = hessian.Cholesky().Solve(gradient); }
            catch (ArgumentException)
            {
                // The Hessian is not positive definite to working precision (fewer independent pairs than dimensions, or weights
                // p(1 − p) that underflowed on separable data): Newton cannot continue.
                // Stryker disable once Boolean : Fit reports convergence only with a certificate of non-separation, which needs the
                // pairs to span R^d (σ_min > 0), where the Hessian is positive definite; a Cholesky failure by rounding alone at a
                // certified point would need a condition number past 1e16 and is not reached.
                return new Estimate(beta, false, iteration);
            }
            double t = 1;
            // Initialised so that every mutant of the loop below compiles (Stryker drops a whole method whose mutant does not).
            Vector<double> next = beta;
            double value = current;
            while (true)
            {
                next = beta + t * step;
                value = LogLikelihood(features, labels, next);
                t /= 2;
                // Stryker disable once Equality : a step of exactly equal likelihood, or t exactly 1e-10, is not reached.
                if (value >= current || t <= 1e-10) break;
            }
            // No step along Newton's direction improves the likelihood (an ill-conditioned Hessian, or rounding at the optimum):
            // keep the last improving point rather than a worse one, and say it did not converge.
            if (value < current) return new Estimate(beta, false, iteration);
            // Stryker disable once Equality : a change in likelihood exactly equal to the threshold is not reached.
            if (Math.Abs(value - current) <= 1e-13 * Math.Max(1, Math.Abs(current)))
                // The likelihood stopped rising: the maximum when the data are not separable, which Fit decides from the data
                // (on separable data the supremum lies at infinity and no finite point is the maximiser).
                return new Estimate(next, true, iteration);
            beta = next;
            current = value;
        }
        return new Estimate(beta, false, maxIterations);
    }

    /// <summary>σ(x) = 1/(1 + e^{−x}), computed without overflow (and down to the subnormal e^x for x &lt; −709).</summary>
    // Stryker disable once Equality : at x = 0 both forms give exactly 1/2.
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    /// <summary>The log-likelihood Σ_i log σ(±⟨d, h_i⟩) (the sign +1 where y_i = 1), each term −log(1 + e^{−s}) computed
    /// without overflow for any score s.</summary>
    public static double LogLikelihood(Matrix<double> features, IReadOnlyList<bool> labels, Vector<double> beta)
    {
        var scores = features.TransposeThisAndMultiply(beta);
        double sum = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            double s = labels[i] ? scores[i] : -scores[i];
            // Stryker disable once Equality : at s = 0 both forms give exactly log 2.
            sum -= s >= 0 ? Math.Log(1 + Math.Exp(-s)) : -s + Math.Log(1 + Math.Exp(s));
        }
        return sum;
    }
}
