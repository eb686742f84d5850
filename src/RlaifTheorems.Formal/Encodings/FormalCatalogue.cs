namespace RlaifTheorems.Formal.Encodings;

/// <summary>
/// Every catalogue entry as the formal layer sees it: the SMT statements of those that are first-order over the reals in
/// fixed dimension, and for the others the reason they are not (THEORY, "Proven, not only tested").
/// </summary>
public static class FormalCatalogue
{
    /// <summary>All statements, in catalogue order of their IDs.</summary>
    public static IReadOnlyList<FormalStatement> Statements { get; } =
        ProjectionStatements.All.Concat(SelfImprovementStatements.All).Concat(CeilingStatements.All).Concat(AdversarialStatements.All)
            .Concat(LowRankStatements.All).Concat(MultiObjectiveStatements.All).Concat(BeyondLinearStatements.All).ToList();

    /// <summary>The entries no SMT statement can express, and why; their certificates, where they have one, are exact (see the corpus).</summary>
    public static IReadOnlyList<Inexpressible> NotExpressible { get; } = new[]
    {
        new Inexpressible("T2.4", "a LAW about a distribution (ρ² of a Haar-random subspace): a probability, not a first-order statement over the reals"),
        new Inexpressible("T5.2", "a measure of a set of directions, (π − α)/(2π): α = arccos is transcendental"),
        new Inexpressible("N1", "a probability over Gaussian pairs (Sheppard's formula involves arccos)"),
        new Inexpressible("N3", "a supremum over all readouts of an expectation under a Gaussian"),
        new Inexpressible("N4", "an expectation of tanh under a non-Gaussian world; its counterexample is certified exactly by a sign argument instead"),
        new Inexpressible("N5", "softmax involves exp, which is transcendental; its counterexample is certified by rigorous interval bounds instead"),
        new Inexpressible("S1", "a limit of random estimators (a LAW)"),
    };

    /// <summary>
    /// The clauses of expressible THEOREMs that no SMT statement queries, per entry: z3's "proven" for such an entry covers only
    /// its encoded parts at the shapes reached, never these. (The Coq column says which are proven in every dimension.)
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> NotEncoded { get; } = new Dictionary<string, string[]>
    {
        ["T1.1"] = ["the limit itself: the queries prove the bound |A(g + λd_c) − A(d_c)| ≤ 2‖a‖/(λ‖b‖), from which it follows on paper"],
        ["T2.3"] = ["row(E₁) ⊆ row(E₂) for a sub-encoder of rank 2 at d = 3, and of rank above 2: rank 1 is queried at d = 2, 3 and rank 2 at d = 2; rank 2 at d = 3 stays unknown at 30 s (Coq's T2.3 covers every rank and dimension)"],
        ["T2.5"] = ["the last step of \"approached\" when K ≤ 0: the queries give A(t₊) = σ at the boundary direction (Eᵀt₊ ≠ 0); that the reachable t₊ + εm tend to it is the continuity of A at t₊, argued on paper"],
        ["T3.2"] = ["the last step of \"approached\" when K ≥ 0: the queries give A(t₋) = −σ at the boundary direction (Eᵀt₋ ≠ 0); that the reachable t₋ + εm tend to it is the continuity of A at t₋, argued on paper"],
        ["T4.2"] = ["the span of more than two constitutions, or of constitutions of rank above 1: two rank-1 constitutions at d = p = 3 are queried (both rank bounds, rank P_c and rank L, are queried up to d = p = 3; Coq's T4.2 covers every rank, dimension and number of constitutions)"],
        ["T5.1"] = ["more than four normals: k = 2, 3, 4 are queried (Coq's parts T5_1_HullLeavesConeEmpty and T5_1_MinimumNormConditionsGiveConeDirection prove both queried implications for every k and d)", "that the hull's minimum-norm point exists and meets ⟨x, n_i⟩ ≥ ‖x‖² (a convex minimisation over a compact set, on paper): for k = 3, 4 the queries start from those conditions, for k = 2 from the library's closed form"],
        ["T5.3"] = ["the Pareto-improving constitution span(p) for more than one objective, or d above 2 (one objective at d = 2 is queried); the other direction, 0 ∈ conv ⟹ none, is queried for 1 to 3 objectives (and is Coq's part T5_3_HullWithLatentLeavesNoImprovingConstitution for every number and d)"],
    };

    /// <summary>The statements of entry <paramref name="id"/>.</summary>
    public static IEnumerable<FormalStatement> Of(string id) => Statements.Where(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
