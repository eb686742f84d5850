using FsCheck;
using FsCheck.Fluent;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>A model with a constitution and the threshold τ of the non-monotone value V(z) = −(⟨v, z⟩ − τ)² (THEORY N2).</summary>
public sealed record ThresholdCase(ModelCase Case, double Tau)
{
    /// <summary>Model cases with τ uniform on (−2, 2); shrinks the model as <see cref="ModelCaseShrinker"/> does, then τ.</summary>
    public static Arbitrary<ThresholdCase> Arbitrary { get; } = Arb.From(
        from c in ModelCaseGenerator.Cases()
        from tau in Reals.Uniform(-2, 2)
        select new ThresholdCase(c, tau),
        Shrink);

    private static IEnumerable<ThresholdCase> Shrink(ThresholdCase t) =>
        ModelCaseShrinker.Shrink(t.Case).Select(c => t with { Case = c })
            .Concat(ModelCaseShrinker.Simplify(new[] { t.Tau }, x => t with { Tau = x[0] }));

    /// <inheritdoc/>
    public override string ToString() => $"{Case} τ={Tau:G6}";
}
