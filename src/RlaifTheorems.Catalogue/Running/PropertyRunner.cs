using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace RlaifTheorems.Catalogue.Running;

/// <summary>
/// The one place the suite talks to FsCheck: runs a property <c>Func&lt;T, CaseOutcome&gt;</c> with a fixed seed
/// through <c>Check.One</c>, captures the <see cref="TestResult"/> with a runner instead of throwing, and turns it
/// into a <see cref="PropertyRun"/> (counts, slack, shrunk case, replay data). A property that throws is a failure of
/// a THEOREM or LAW; for a PROBE a throw is never accepted as a counterexample, and is reported as an error.
/// </summary>
public static class PropertyRunner
{
    /// <summary>Runs <paramref name="property"/> on <paramref name="maxTest"/> cases from <paramref name="cases"/>.</summary>
    public static PropertyRun Run<T>(Arbitrary<T> cases, Func<T, CaseOutcome> property, EntryKind kind,
        int maxTest, ulong seed, ulong gamma, int endSize, ReplayData? replayCase = null)
    {
        int count = 0, hypothesis = 0;
        double minSlack = double.PositiveInfinity, minSlackTolerance = 0;
        string? tightest = null;
        LawEvidence? evidence = null;
        bool failing = false;
        string? error = null;

        bool Body(T c)
        {
            CaseOutcome o;
            try
            {
                o = property(c);
            }
            catch (Exception ex)
            {
                error ??= $"{ex.GetType().Name}: {ex.Message} on case {c}";
                if (kind == EntryKind.Probe) return true;
                failing = true;
                return false;
            }
            if (!failing)
            {
                count++;
                if (o.HypothesisMet)
                {
                    hypothesis++;
                    if (o.Slack < minSlack)
                    {
                        minSlack = o.Slack;
                        minSlackTolerance = o.SlackTolerance;
                        tightest = $"{o.Detail} on case {c}";
                        evidence = o.Evidence;
                    }
                }
            }
            if (!o.Holds) failing = true;
            return o.Holds;
        }

        var runner = new CapturingRunner();
        var replay = replayCase is null
            ? new Replay(new Rnd(seed, gamma | 1UL), FSharpOption<int>.None)
            : new Replay(new Rnd(replayCase.Seed, replayCase.Gamma), FSharpOption<int>.Some(replayCase.Size));
        // Stryker disable once Arithmetic,Conditional : nothing here discards a case: the body returns a Boolean with no ==> filter,
        // and a generator's Where retries until it draws (a 997-in-1000 filter still runs its full budget), so no rejection is
        // counted; and a replay that names its size runs that one case whatever the budget.
        var config = Config.Quick
            .WithMaxTest(replayCase is null ? maxTest : 1)
            .WithEndSize(endSize)
            .WithMaxRejected(maxTest * 10)
            .WithReplay(FSharpOption<Replay>.Some(replay))
            .WithRunner(runner);
        Check.One(config, Prop.ForAll(cases, (Func<T, bool>)Body));

        switch (runner.Result)
        {
            case TestResult.Failed f:
                // Stryker disable once Conditional : FsCheck's shrunk arguments start as the original ones, so for a property of one
                // argument the list is never empty.
                var shrunk = f.Item3.IsEmpty ? null : f.Item3.Head;
                CaseOutcome? outcome = null;
                if (shrunk is T t)
                {
                    try { outcome = property(t); }
                    // Stryker disable once String : a throw here repeats one that shrinking already recorded (the shrunk case was
                    // evaluated by the body), so this message is not the one kept.
                    catch (Exception ex) { error ??= $"{ex.GetType().Name}: {ex.Message} on case {t}"; }
                }
                return new PropertyRun(count, hypothesis, minSlack, minSlackTolerance, tightest, evidence, true, shrunk, outcome,
                    f.Item1.NumberOfShrinks, new ReplayData(f.Item6.Seed, f.Item6.Gamma, f.Item7), error);
            // Stryker disable all : unreachable while no case is discarded (above); kept so that a discarding property fails loudly.
            case TestResult.Exhausted:
                return new PropertyRun(count, hypothesis, minSlack, minSlackTolerance, tightest, evidence, true, null, null, 0, null,
                    error ?? "FsCheck gave up: too many cases were rejected (treated as a failure)");
            // Stryker restore all
            default:
                return new PropertyRun(count, hypothesis, minSlack, minSlackTolerance, tightest, evidence, false, null, null, 0, null, error);
        }
    }

    /// <summary>
    /// The outcome of one case as an FsCheck <see cref="Property"/>, for FsCheck.Xunit's <c>[Property]</c>: it holds when the
    /// conclusion holds, is labelled with the conclusion's detail (so a failure names the part that broke), and classifies
    /// the case by whether it met the hypothesis (FsCheck prints the share that did).
    /// </summary>
    // Stryker disable once String : the classification's label appears only in FsCheck's printed distribution of cases.
    public static Property AsProperty(CaseOutcome outcome) =>
        outcome.Holds.Label(outcome.Detail ?? "conclusion").Classify(outcome.HypothesisMet, "hypothesis met");

    /// <summary>Stores the result FsCheck reports instead of printing or throwing.</summary>
    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }
        public void OnStartFixture(Type t) { }
        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }
        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }
        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
