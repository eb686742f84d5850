using RlaifTheorems.Formal.Encodings;
using RlaifTheorems.Formal.Exact;
using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Formal.Proving;

/// <summary>
/// Runs the formal catalogue through the solver: each statement at its shapes (all of them, or only the first, cheapest
/// one), each query within its own time budget, and folds the answers into one verdict per entry.
/// </summary>
public sealed class Prover(ISmtSolver solver, TimeSpan perQuery)
{
    /// <summary>The per-query time budget.</summary>
    public TimeSpan PerQuery { get; } = perQuery;

    /// <summary>Runs <paramref name="statement"/> at its shapes, cheapest first, up to the first the solver does not finish
    /// (a larger one is harder still); only the first shape when <paramref name="firstShapeOnly"/>.</summary>
    public IEnumerable<FormalResult> Run(FormalStatement statement, bool firstShapeOnly)
    {
        foreach (var shape in firstShapeOnly ? statement.Shapes.Take(1) : statement.Shapes)
        {
            string script = statement.Build(shape).Text;
            var answer = Checked(script, solver.Check(script, PerQuery));
            yield return new FormalResult(statement.Id, statement.Part, statement.Claim, shape.ToString(), statement.IsProbe, answer.Status,
                Math.Round(answer.Seconds, 3), answer.Model, answer.Reason) { ModelChecked = answer.Status == SmtStatus.Sat };
            if (answer.Status == SmtStatus.Unknown) yield break;
        }
    }

    /// <summary>A "sat" answer stands only when its model satisfies every assertion of <paramref name="script"/> in exact arithmetic
    /// (<see cref="ExactModelCheck"/>); otherwise the answer is unknown, with the reason, and decides nothing.</summary>
    public static SmtAnswer Checked(string script, SmtAnswer answer)
    {
        if (answer.Status != SmtStatus.Sat) return answer;
        var check = ExactModelCheck.Check(script, answer.Model);
        return check.Satisfied ? answer : answer with { Status = SmtStatus.Unknown, Reason = $"the solver said sat, but its model does not check: {check.Problem}" };
    }

    /// <summary>The verdict of entry <paramref name="id"/>; <paramref name="progress"/> hears of each query as it finishes.</summary>
    public FormalVerdict Prove(string id, bool firstShapeOnly, Action<FormalResult>? progress = null)
    {
        if (FormalCatalogue.NotExpressible.FirstOrDefault(n => n.Id == id) is { } none)
            return new FormalVerdict(id, FormalVerdictKind.NotExpressible, none.Reason, Array.Empty<FormalResult>());
        var statements = FormalCatalogue.Of(id).ToList();
        if (statements.Count == 0) return new FormalVerdict(id, FormalVerdictKind.NotExpressible, "no encoding", Array.Empty<FormalResult>());
        var results = new List<FormalResult>();
        // Alternative encodings (through the proof's reduction) first: once a claim is proven, its slower encodings are
        // asked only when every shape is wanted.
        foreach (var s in statements.OrderBy(s => s.SharedClaim is null))
        {
            if (firstShapeOnly && results.Any(r => r.Claim == s.Claim && r.Verdict == QueryVerdict.Proven)) continue;
            foreach (var r in Run(s, firstShapeOnly))
            {
                results.Add(r);
                progress?.Invoke(r);
            }
        }
        return new FormalVerdict(id, Fold(statements[0].IsProbe, results), null, results);
    }

    private static FormalVerdictKind Fold(bool probe, IReadOnlyList<FormalResult> results)
    {
        if (results.Any(r => r.Contradicts)) return FormalVerdictKind.Failed;
        if (probe) return results.Any(r => r.Verdict == QueryVerdict.Refuted) ? FormalVerdictKind.Refuted : FormalVerdictKind.Unknown;
        bool everyClaim = results.GroupBy(r => r.Claim).All(g => g.Any(r => r.Verdict == QueryVerdict.Proven));
        return everyClaim ? FormalVerdictKind.Proven : FormalVerdictKind.Unknown;
    }
}
