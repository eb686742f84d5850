namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>A change to the residual stream x ∈ R^D after layer <paramref name="layer"/> (0 is the embedding, l + 1 the output of
/// block l), applied in place before the next block reads it: steering adds α·d, directional ablation removes ⟨x, d⟩d.</summary>
public delegate void ResidualEdit(int layer, Span<float> residual);
