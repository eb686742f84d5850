using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// R3: from a latent vector m, the reachable alignments sup_c and inf_c A(d_c) on the empirical geometry (T2.5, T3.2, whitened
/// by M = Σ; the core's <see cref="ReachableAlignment"/>), the worst constitution's activated direction d_c = P_c m, and the
/// items it ranks highest and lowest by ⟨d_c, h_i⟩: what an adversarial constitution would activate.
/// </summary>
public static class AdversarialStudy
{
    /// <summary>Runs R3 with latent <paramref name="latent"/> (named <paramref name="latentName"/>); <paramref name="shown"/> items each end.</summary>
    public static AdversarialResult Run(IItemSource items, EmpiricalGeometry geometry, Vector<double> latent, string latentName,
        string encoder, string lexicon, int shown = 10)
    {
        var model = geometry.Model(latent, latent);
        var reach = new ReachableAlignment(model);
        var worst = reach.WorstConstitution(1e-6);
        var activated = worst.Project(model.Latent);
        var direction = geometry.Ambient(activated);
        var scores = ItemPasses.Scores(items, direction)[0];
        var values = ItemPasses.Values(items);
        var order = Enumerable.Range(0, (int)items.Count).OrderByDescending(i => scores[i]).ToArray();
        RankedItem Item(int i) => new(items.NameOf(i), values[i], scores[i]);
        return new AdversarialResult(encoder, lexicon, latentName, model.Alignment(model.Latent), reach.Ceiling, reach.Supremum,
            reach.Infimum, reach.AdversarialExists, model.Alignment(activated),
            order.Take(shown).Select(Item).ToArray(), order.Reverse().Take(shown).Select(Item).ToArray());
    }
}
