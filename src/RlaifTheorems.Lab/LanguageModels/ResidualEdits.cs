namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>The interventions of THEORY R5 (C5, T4.3) as residual-stream edits, for a unit direction û ∈ R^D.</summary>
public static class ResidualEdits
{
    /// <summary>Steering: x ← x + s·û after block <paramref name="layer"/> only (0 is the embedding).</summary>
    public static ResidualEdit Steer(int layer, float strength, float[] unit) => (l, x) =>
    {
        if (l != layer) return;
        for (int j = 0; j < x.Length; j++) x[j] += strength * unit[j];
    };

    /// <summary>Directional ablation: x ← x − ⟨x, û⟩û after the embedding and after every block.</summary>
    public static ResidualEdit Ablate(float[] unit) => (_, x) =>
    {
        float along = 0;
        for (int j = 0; j < x.Length; j++) along += x[j] * unit[j];
        for (int j = 0; j < x.Length; j++) x[j] -= along * unit[j];
    };
}
