using FsCheck;
using FsCheck.Fluent;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// Models whose every entry is k/4 with |k| ≤ 8, exact in binary, so exact arithmetic reads them without error (THEORY,
/// "Tolerance-free checks"): D ≤ 4, 1 ≤ d ≤ D, spanning sets of 1 to d vectors. Edges planted on purpose: m an exact positive
/// multiple of Ev, and g = m; small entries make exact coincidences (Δ = 0, s = 0, dependent spanning vectors) common.
/// </summary>
public static class ExactModelCases
{
    /// <summary>k/4, |k| ≤ 8.</summary>
    public static Gen<double> Entry { get; } = Gen.Choose(-8, 8).Select(k => k / 4.0);

    private static Gen<double[]> Vector(int n) => Gen.ArrayOf(Entry, n);

    /// <summary>The cases.</summary>
    public static Gen<ModelCase> Cases { get; } =
        (from dWorld in Gen.Choose(1, 4)
         from d in Gen.Choose(1, dWorld)
         from e in Gen.ArrayOf(Vector(dWorld), d)
         from v in Vector(dWorld)
         from edge in Gen.Choose(0, 4)
         from k in Gen.Choose(1, 3)
         from free in Vector(d)
         let m = edge == 0 ? Vectors.Multiply(e, v).Select(x => k * x).ToArray() : free
         from g0 in Vector(d)
         let g = edge == 1 ? m : g0
         from rank in Gen.Choose(1, d)
         from c in Gen.ArrayOf(Vector(d), rank)
         select new ModelCase(e, v, m, g, c))
        .Where(c => c.IsValid());

    /// <summary>Contextual cases (T4.2, T4.3) with entries and strengths k/4 (strengths 1/4 … 3); every constitution spans at
    /// least one dimension (a spanning set of zero vectors is no constitution).</summary>
    public static Arbitrary<ContextualCase> ContextualCases() => Arb.From((
        from d in Gen.Choose(1, 3)
        from p in Gen.Choose(1, 3)
        from g in Gen.ArrayOf(Vector(p), d)
        from l in Gen.ArrayOf(Vector(p), d)
        from count in Gen.Choose(1, 3)
        from constitutions in Gen.ArrayOf(Gen.Choose(1, d).SelectMany(r => Gen.ArrayOf(Vector(d), r)), count)
        from strengths in Gen.ArrayOf(Gen.Choose(1, 12).Select(k => k / 4.0), count)
        select new ContextualCase(g, l, constitutions, strengths))
        .Where(c => c.Constitutions.All(s => s.Any(v => v.Any(t => t != 0)))));

    /// <summary>Several objectives (T5.1, T5.3) with entries k/4: E, two to four value rows, m and g.</summary>
    public static Arbitrary<MultiObjectiveCase> MultiObjectiveCases() => Arb.From(
        (from dWorld in Gen.Choose(1, 4)
         from d in Gen.Choose(1, dWorld)
         from e in Gen.ArrayOf(Vector(dWorld), d)
         from k in Gen.Choose(2, 4)
         from values in Gen.ArrayOf(Vector(dWorld), k)
         from m in Vector(d)
         from g in Vector(d)
         select new MultiObjectiveCase(e, values, m, g)).Where(c => c.IsValid()));

    /// <summary>The cases, unshrunk: the model shrinker divides by the largest entry, which leaves the k/4 grid (−2/3, 0.8), and
    /// a case off the grid can sit below floating-point resolution, where no float decision is meaningful. They are small already.</summary>
    public static Arbitrary<ModelCase> ModelCases() => Arb.From(Cases);
}
