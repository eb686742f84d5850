using RlaifTheorems.Catalogue.Running;
using RlaifTheorems.Formal.Proving;
using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Verification.Running;

/// <summary><c>check</c>'s formal column: each entry's verdict from the SMT solver at the cheapest shape of its statements.</summary>
public static class FormalColumn
{
    /// <summary>Per-query budget of the formal column, in seconds.</summary>
    public const int PerQuerySeconds = 5;

    /// <summary>The verdict of each of <paramref name="entries"/>.</summary>
    public static IReadOnlyList<FormalVerdict> Prove(IReadOnlyList<CatalogueEntry> entries, ISmtSolver solver)
    {
        var prover = new Prover(solver, TimeSpan.FromSeconds(PerQuerySeconds));
        return entries.Select(e => prover.Prove(e.Id, firstShapeOnly: true)).ToList();
    }
}
