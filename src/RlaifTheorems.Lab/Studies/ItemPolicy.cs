namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// The exponential-family policy over items of THEORY R4, π_θ(i) ∝ exp⟨θ, h_i⟩ relative to the uniform base, along the RLAIF
/// path θ = g + λ d_c: from the scores s_i = ⟨g, h_i⟩ and t_i = ⟨d_c, h_i⟩, π_λ(i) ∝ exp(s_i + λ t_i) exactly. Reports the
/// expected true value EV(λ) = Σ π_λ(i) y_i, the divergence KL(π_λ ‖ uniform) and the realised alignment
/// Â(λ) = (EV(λ) − ȳ) / (σ_y √(2 KL)): the value gained per unit of divergence, which for Gaussian items equals
/// A(g + λ d_c) (a Gaussian tilt shifts the mean by Σθ, so EV − ȳ = ⟨θ, c⟩ and KL = θᵀΣθ/2).
/// </summary>
public sealed class ItemPolicy
{
    private readonly double[] _s, _t, _y;
    private readonly double _meanY, _sdY;

    /// <summary>A policy over items with generation scores <paramref name="generation"/>, judge scores <paramref name="judge"/> and values <paramref name="values"/>.</summary>
    public ItemPolicy(double[] generation, double[] judge, double[] values)
    {
        _s = generation; _t = judge; _y = values;
        _meanY = values.Average();
        _sdY = Math.Sqrt(values.Sum(v => (v - _meanY) * (v - _meanY)) / values.Length);
    }

    /// <summary>EV, KL and Â at strength λ ≥ 0 (Â := 0 when KL = 0).</summary>
    public (double ExpectedValue, double Divergence, double RealisedAlignment) At(double lambda)
    {
        int n = _y.Length;
        double top = double.NegativeInfinity;
        for (int i = 0; i < n; i++) top = Math.Max(top, _s[i] + lambda * _t[i]);
        double z = 0, ev = 0, logits = 0;
        for (int i = 0; i < n; i++)
        {
            double l = _s[i] + lambda * _t[i] - top, w = Math.Exp(l);
            z += w; ev += w * _y[i]; logits += w * l;
        }
        ev /= z;
        // KL(π‖U) = Σ π log(n π) = E_π[l] − log z + log n, with l the shifted logits.
        double kl = Math.Max(0, logits / z - Math.Log(z) + Math.Log(n));
        double realised = kl > 0 && _sdY > 0 ? (ev - _meanY) / (_sdY * Math.Sqrt(2 * kl)) : 0;
        return (ev, kl, realised);
    }
}
