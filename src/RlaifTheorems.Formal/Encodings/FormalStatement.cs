using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Formal.Encodings;

/// <summary>The dimensions an encoding is built at: world D, representation d, constitution rank r, and how to read them.</summary>
public sealed record FormalShape(int World, int Representation, int Rank, string? Label = null, bool DiagonalEncoder = false)
{
    /// <summary>
    /// The SVD normal form of the model at representation dimension <paramref name="d"/>: E = diag(1, σ₂, …, σ_d), σ_i &gt; 0.
    /// Every statement about E, v, m, the constitution and directions u is invariant under (E, v, m, S_c, u) ↦
    /// (R E Ŝᵀ, Ŝv, Rm, RS_c, Ru) for orthogonal R, Ŝ and under E ↦ cE (c &gt; 0), so this form stands for every encoder of
    /// every D ≥ d (v then is the part of a unit vector in row(E), ‖v‖ ≤ 1).
    /// </summary>
    public static FormalShape Diagonal(int d, int rank) => new(d, d, rank, rank > 0 ? $"E = diag(1, σ…), d = {d}, r = {rank} (every D ≥ d)" : $"E = diag(1, σ…), d = {d} (every D ≥ d)", true);

    /// <summary>The planar normal form of the RLAIF path statements (a = e₁, b in the upper half-plane, v in the plane).</summary>
    public static FormalShape Plane { get; } = new(2, 2, 0, "plane (stands for every D, d by a reduction argued on paper)");

    /// <inheritdoc/>
    public override string ToString() => Label ?? (Rank > 0 ? $"D={World} d={Representation} r={Rank}" : $"D={World} d={Representation}");
}

/// <summary>
/// One part of a catalogue entry as an SMT query: its hypotheses and its negated conclusion (for a THEOREM: proven when
/// unsatisfiable), or the claim's hypotheses and its broken conclusion (for a PROBE: refuted when satisfiable, the model
/// being the exact counterexample). <see cref="Encoding"/> says in one sentence how the statement was written.
/// Statements with the same <see cref="Claim"/> are alternative encodings of one claim (a direct one the solver may not
/// finish, and one through the proof's own reduction): the claim is proven when any of them is. Shapes come cheapest first.
public sealed record FormalStatement(string Id, string Part, bool IsProbe, string Encoding, IReadOnlyList<FormalShape> Shapes, Func<FormalShape, SmtScript> Build,
    string? SharedClaim = null)
{
    /// <summary>The claim this statement encodes (its part, unless it is an alternative encoding of another part's claim).</summary>
    public string Claim => SharedClaim ?? Part;
}

/// <summary>A catalogue entry that is not a first-order statement over the reals in fixed dimension, and why.</summary>
public sealed record Inexpressible(string Id, string Reason);
