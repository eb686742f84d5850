using FsCheck;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// The catalogue's generators as FsCheck registers them: one public static method per case type returning its
/// <see cref="Arbitrary{T}"/> (generator and shrinker). The catalogue's entries draw their cases from these same methods,
/// and the tests register them with <c>[Properties(Arbitrary = new[] { typeof(CatalogueArbitraries) })]</c>, so
/// <c>check</c> and <c>dotnet test</c> generate from one definition. FsCheck registers one Arbitrary per type and class:
/// the statements that need more room have classes of their own (<see cref="PlanarArbitraries"/>,
/// <see cref="TwoObjectiveArbitraries"/>).
/// </summary>
public static class CatalogueArbitraries
{
    /// <summary>Models of every dimension 1 ≤ d ≤ D (<see cref="ModelCaseGenerator"/>).</summary>
    public static Arbitrary<ModelCase> ModelCases() => ModelCaseGenerator.Arbitrary();

    /// <summary>Haar row spaces for the T2.4 LAW.</summary>
    public static Arbitrary<LawCase> LawCases() => LawCase.Arbitrary;

    /// <summary>Contextual policies and latent value maps (T4.2, T4.3).</summary>
    public static Arbitrary<ContextualCase> ContextualCases() => ContextualCase.Arbitrary;

    /// <summary>Two to five objectives (T5.1, T5.3).</summary>
    public static Arbitrary<MultiObjectiveCase> MultiObjectiveCases() => MultiObjectiveCase.Arbitrary();

    /// <summary>Models with a threshold τ for the non-monotone value of N2.</summary>
    public static Arbitrary<ThresholdCase> ThresholdCases() => ThresholdCase.Arbitrary;

    /// <summary>Worlds with dependent, uncorrelated coordinates (N4).</summary>
    public static Arbitrary<CoupledWorldCase> CoupledWorldCases() => CoupledWorldCase.Arbitrary;
}

/// <summary>Models with d ≥ 2 and D ≥ 2: the statements whose formulas need a plane (T2.5, T3.2, P3.1, N5, S1).</summary>
public static class PlanarArbitraries
{
    /// <summary>Models of dimension 2 ≤ d ≤ D.</summary>
    public static Arbitrary<ModelCase> ModelCases() => ModelCaseGenerator.Arbitrary(minWorld: 2, minRepresentation: 2);
}

/// <summary>Exactly two objectives in d ≥ 2 (T5.2, whose cone fraction is a two-objective formula).</summary>
public static class TwoObjectiveArbitraries
{
    /// <summary>Two objectives in representation dimension d ≥ 2.</summary>
    public static Arbitrary<MultiObjectiveCase> MultiObjectiveCases() => MultiObjectiveCase.Arbitrary(2, 2, minRepresentation: 2);
}
