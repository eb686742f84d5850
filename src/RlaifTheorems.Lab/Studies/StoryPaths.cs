using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// THEORY R5's exact policy over the sampled stories (R4 on stories): π_λ(i) ∝ exp(s_i + λ t_i) with s and t standardised, on the
/// grid λ = 0, 0.05, … while the tilted sample's effective size stays at least max(50, n/20), with the linear-Gaussian
/// predictions from the sample's own A(g), A(c) and corr(s, t), and the comparisons with T1.2 and T1.4.
/// </summary>
public static class StoryPaths
{
    /// <summary>The grid step of λ (in standard deviations of the standardised judge score).</summary>
    public const double Step = 0.05;

    /// <summary>R4's exact policy over the stories with s = standardised ℓ̄ and t = standardised score, on the grid λ = 0, 0.05, …
    /// while the tilted sample's effective size stays at least max(50, n/20), and the comparisons with T1.2 and T1.4.</summary>
    public static StoryPathResult Exact(double[] generation, double[] score, double[] values, BootstrapEstimate alignment, BootstrapEstimate gap)
    {
        var s = Standardise(generation);
        var t = Standardise(score);
        int n = values.Length;
        var policy = new ItemPolicy(s, t, values);
        double aG = Correlation.Pearson(generation, values), aC = alignment.Value, r = Correlation.Pearson(generation, score);
        double mean = values.Average(), sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / n);
        double floor = Math.Max(50, n / 20.0);
        var strengths = new List<double>();
        var ev = new List<double>();
        var kl = new List<double>();
        var realised = new List<double>();
        double effective = n;
        for (int k = 0; k <= 200; k++)
        {
            double lambda = k * Step;
            double size = EffectiveSize(s, t, lambda);
            if (k > 0 && size < floor) break;
            var (e, d, a) = policy.At(lambda);
            strengths.Add(lambda);
            ev.Add(e);
            kl.Add(d);
            realised.Add(a);
            effective = size;
        }
        var predictedEv = strengths.Select(l => mean + sd * (aG + l * aC)).ToArray();
        var predictedA = strengths.Select(l => (aG + l * aC) / Math.Sqrt(Math.Max(1e-300, 1 + 2 * l * r + l * l))).ToArray();
        int last = strengths.Count - 1;
        string t12Predicted = !gap.SignDecided ? "undecided (Δ's interval contains 0)" : gap.Value > 0 ? "ends above Â(0)" : "ends below Â(0)";
        bool endsAbove = realised[last] > realised[0];
        bool? t12Held = last == 0 || !gap.SignDecided ? null : endsAbove == gap.Value > 0;
        string t14Predicted = !alignment.SignDecided ? "undecided (A(c)'s interval contains 0)" : alignment.Value > 0 ? "EV rises" : "EV falls";
        bool rises = ev[last] > ev[0];
        // Steps of the grid against the predicted direction (against the observed one when the prediction is undecided).
        bool up = alignment.SignDecided ? alignment.Value > 0 : rises;
        int against = 0;
        for (int k = 1; k <= last; k++) if (up ? ev[k] < ev[k - 1] : ev[k] > ev[k - 1]) against++;
        bool? t14Held = last == 0 || !alignment.SignDecided ? null : rises == alignment.Value > 0;
        return new StoryPathResult(strengths.ToArray(), ev.ToArray(), kl.ToArray(), realised.ToArray(), predictedEv, predictedA, effective,
            t12Predicted, last == 0 ? "no grid point beyond 0" : endsAbove ? "ends above Â(0)" : "ends below Â(0)", t12Held,
            t14Predicted, last == 0 ? "no grid point beyond 0" : rises ? "EV rises" : "EV falls", against, t14Held);
    }

    /// <summary>(Σw)²/Σw² for w_i ∝ exp(s_i + λt_i): how many stories the tilted sample is worth.</summary>
    public static double EffectiveSize(double[] s, double[] t, double lambda)
    {
        double top = double.NegativeInfinity;
        for (int i = 0; i < s.Length; i++) top = Math.Max(top, s[i] + lambda * t[i]);
        double sum = 0, squares = 0;
        for (int i = 0; i < s.Length; i++)
        {
            double w = Math.Exp(s[i] + lambda * t[i] - top);
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }

    /// <summary>(x − mean)/sd, population sd; all 0 when x has no variance.</summary>
    public static double[] Standardise(double[] x)
    {
        double mean = x.Average(), sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        return x.Select(v => sd > 0 ? (v - mean) / sd : 0).ToArray();
    }
}
