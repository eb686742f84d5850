namespace RlaifTheorems.Formal.Coq;

/// <summary>A theorem of the Coq development named after its catalogue entry: <c>T2_1_CeilingBoundsEveryDirection</c> is entry
/// T2.1, CeilingBoundsEveryDirection, in <paramref name="File"/>.</summary>
public sealed record CoqTheorem(string CoqName, string Id, string Name, string File);

/// <summary>What Coq says of one theorem: <paramref name="Closed"/> when <c>Print Assumptions</c> reports it closed under the
/// global context (no axiom, no admitted lemma); otherwise the axioms it names.</summary>
public sealed record CoqAssumptions(string CoqName, bool Closed, IReadOnlyList<string> Axioms);
