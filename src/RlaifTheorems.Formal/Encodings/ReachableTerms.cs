using RlaifTheorems.Formal.Smt;
using static RlaifTheorems.Formal.Encodings.Polynomials;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// The whitened quantities of THEORY T2.5 and T3.2 without roots of matrices: with adj = adj(M) = det(M)·M⁻¹,
/// K = mᵀ adj w has the sign of cos(m', w'), N = mᵀ adj m = det·‖m'‖² &gt; 0, R = wᵀ adj w = det·ρ², and ρ·sin∠(m', w') is
/// σ ≥ 0 with σ²·N·det = N·R − K². The boundary direction of the reachable hemisphere closest to ±w' unwhitens to
/// t± = ±adj(w − c·m) with c·N = K: ⟨t±, m⟩ = 0 and A(t±) = ±σ.
/// </summary>
public sealed class ReachableTerms
{
    /// <summary>ρ.</summary>
    public Term Rho { get; }
    /// <summary>K = mᵀ adj(M) w.</summary>
    public Term K { get; }
    /// <summary>σ = ρ·sin∠(m', w').</summary>
    public Term Sigma { get; }
    /// <summary>sup_c s·A(d_c) for s = ±1: ρ if s·K &gt; 0, else σ (s = 1: T2.5's sup; s = −1: minus T3.2's inf).</summary>
    public Term Bound(int sign) => Term.Ite(Term.Gt(sign > 0 ? K : -K, Term.Zero), Rho, Sigma);
    /// <summary>adj(M) w, a positive multiple of the ceiling direction u* = M⁻¹Ev.</summary>
    public Term[] CeilingDirection { get; }

    private readonly SymbolicModel _model;
    private readonly Term _c;

    /// <summary>Declares ρ, σ and c in <paramref name="model"/>'s script.</summary>
    public ReachableTerms(SymbolicModel model)
    {
        _model = model;
        var s = model.Script;
        var adj = model.MetricAdjugate;
        var w = model.EncodedValue;
        Rho = model.Ceiling();
        K = Bilinear(model.M, adj, w);
        var n = Bilinear(model.M, adj, model.M);
        var r = Bilinear(w, adj, w);
        Sigma = s.Real("sigma");
        s.Assert(Term.And(Term.Ge(Sigma, Term.Zero), Term.Eq(Sigma.Squared * n * model.MetricDeterminant, n * r - K.Squared)), "σ = ρ sin∠(m', w')");
        _c = s.Real("c");
        s.Assert(Term.Eq(_c * n, K), "c·N = K");
        CeilingDirection = Times(adj, w);
    }

    /// <summary>t₊ = adj(w − c·m) (towards w') or t₋ = −t₊.</summary>
    public Term[] Boundary(bool towardsValue)
    {
        var t = Times(_model.MetricAdjugate, Subtract(_model.EncodedValue, Scale(_c, _model.M)));
        return towardsValue ? t : Scale(Term.Of(-1), t);
    }
}
