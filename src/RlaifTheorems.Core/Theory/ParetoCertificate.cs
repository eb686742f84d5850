namespace RlaifTheorems.Core.Theory;

/// <summary>
/// Gordan's alternative for normals n_1…n_k (THEORY T5.1): either a witness u with ⟨u, n_i⟩ &gt; 0 for every i (the open
/// cone K is non-empty), or convex weights λ ≥ 0, Σλ_i = 1, with Σλ_i n_i = 0 (within the tolerance; 0 ∈ conv{n_i}).
/// Exactly one of <see cref="Witness"/> and <see cref="Weights"/> is set.
/// </summary>
public sealed record ParetoCertificate(double[]? Witness, double[]? Weights, double Residual)
{
    /// <summary>True when the certificate is a witness: the cone is non-empty.</summary>
    public bool ConeIsNonEmpty => Witness is not null;
}
