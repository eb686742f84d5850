using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Numerics;

namespace RlaifTheorems.Core.Theory;

/// <summary>
/// Several objectives v_1…v_k on one model (THEORY "Several objectives"): the gradients n_i = ∇A_i(g), the local Pareto cone
/// K(g) = {u : ⟨u, n_i⟩ &gt; 0 ∀i}, its certificate (T5.1), the two-objective cone fraction (T5.2) and a locally
/// Pareto-improving constitution (T5.3).
/// </summary>
public static class MultiObjective
{
    /// <summary>
    /// n = ∇A(g) for value direction v: with a = Eᵀg, A(u) = ⟨Eᵀu, v⟩/‖Eᵀu‖ has gradient E(v − ⟨v, â⟩â)/‖a‖ at g.
    /// </summary>
    public static Vector<double> Gradient(Encoder encoder, ValueDirection v, Vector<double> g)
    {
        Guard.Direction(g, nameof(g));
        var a = encoder.Pullback(g);
        double norm = a.L2Norm();
        var aHat = a / norm;
        return encoder.Matrix * (v.Vector - v.Vector.DotProduct(aHat) * aHat) / norm;
    }

    /// <summary>T5.1: the certificate for K(g) of objectives <paramref name="values"/> at generation direction g.</summary>
    public static ParetoCertificate LocalParetoCone(Encoder encoder, IReadOnlyList<ValueDirection> values, Vector<double> g) =>
        Gordan.Decide(values.Select(v => Gradient(encoder, v, g)).ToList());

    /// <summary>
    /// T5.2: the fraction of directions uniform on the unit sphere of R^d (d ≥ 2) lying in K for two normals,
    /// (π − α)/(2π) with α = ∠(n₁, n₂); 0 if either normal is zero (then K is empty).
    /// </summary>
    public static double TwoObjectiveConeFraction(Vector<double> n1, Vector<double> n2)
    {
        if (n1.L2Norm() == 0 || n2.L2Norm() == 0) return 0.0;
        // α = 2·atan2(‖x − y‖, ‖x + y‖) for the unit vectors x, y: accurate at every angle, where arccos of the cosine loses
        // half the digits near 0 and π (parallel normals gave 0.4999999976 instead of 1/2).
        var x = PowerOfTwo.Normalised(n1).Scaled;
        var y = PowerOfTwo.Normalised(n2).Scaled;
        x /= x.L2Norm();
        y /= y.L2Norm();
        double alpha = 2 * Math.Atan2((x - y).L2Norm(), (x + y).L2Norm());
        return (Math.PI - alpha) / (2 * Math.PI);
    }

    /// <summary>
    /// T5.3: a constitution whose activated direction lies in K(g) exists iff 0 ∉ conv{n_1…n_k, m} (the reachable
    /// directions are the open hemisphere of m, L1). Returns the certificate for {n_i} ∪ {m}; when it is a witness u,
    /// span(u) is such a constitution (<see cref="ParetoConstitution"/>).
    /// </summary>
    public static ParetoCertificate ParetoConstitutionCertificate(Encoder encoder, IReadOnlyList<ValueDirection> values, Vector<double> m, Vector<double> g)
    {
        Guard.Direction(m, nameof(m));
        return Gordan.Decide(values.Select(v => Gradient(encoder, v, g)).Append(m).ToList());
    }

    /// <summary>The rank-1 constitution span(u) of a witness certificate from <see cref="ParetoConstitutionCertificate"/>, or null.</summary>
    public static Constitution? ParetoConstitution(ParetoCertificate certificate) =>
        certificate.Witness is { } u ? Constitution.Span(Vector<double>.Build.DenseOfArray(u)) : null;
}
