using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Catalogue.Running;

/// <summary>
/// A case's conclusion against a plain model of its parts: the slack is the smallest part's slack (its own units: bound − value,
/// value − bound, −|x − y|, or a LAW's bound − |estimate − exact|), the case holds when every part is within its tolerance and
/// every decision is true, the detail names the first failure, else the tightest part, with that part's tolerance, and a LAW
/// keeps the evidence of its tightest check. A NaN part fails the case. 2,000 random sequences of up to six parts.
/// </summary>
public sealed class ConclusionTests
{
    private sealed record Part(string Kind, double A, double B, double Tol, bool Decision)
    {
        public double Slack => Kind switch
        {
            "AtMost" => B - A,
            "AtLeast" => A - B,
            "Near" => -Math.Abs(A - B),
            "WithinBound" => Tol - Math.Abs(A - B),
            "BelowBound" => B + Tol - A,
            _ => double.PositiveInfinity,
        };
        public double Tolerance => Kind is "WithinBound" or "BelowBound" ? 0 : Tol;
        public bool IsLaw => Kind is "WithinBound" or "BelowBound";
        public bool Fails => Kind == "IsTrue" ? !Decision : double.IsNaN(Slack) || Slack < -Tolerance;
    }

    private static Part Draw(Random random, int index)
    {
        string kind = new[] { "AtMost", "AtLeast", "Near", "WithinBound", "BelowBound", "IsTrue" }[random.Next(6)];
        double Value() => random.Next(25) == 0 ? double.NaN : Math.Round(random.NextDouble() * 4 - 2, 1);
        return new Part(kind, Value(), Math.Round(random.NextDouble() * 4 - 2, 1), Math.Round(random.NextDouble() * 0.5, 1), random.Next(6) > 0);
    }

    private static void Apply(Conclusion c, Part p, int i)
    {
        string name = $"part {i}";
        switch (p.Kind)
        {
            case "AtMost": if (i % 2 == 0) c.AtMost(p.A, p.B, p.Tol, name); else c.AtMost(p.A, p.B, p.Tol, () => name); break;
            case "AtLeast": if (i % 2 == 0) c.AtLeast(p.A, p.B, p.Tol, name); else c.AtLeast(p.A, p.B, p.Tol, () => name); break;
            case "Near": if (i % 2 == 0) c.Near(p.A, p.B, p.Tol, name); else c.Near(p.A, p.B, p.Tol, () => name); break;
            case "WithinBound": c.WithinBound(name, 100 + i, p.A, p.B, p.Tol); break;
            case "BelowBound": c.BelowBound(name, 100 + i, p.A, p.B, p.Tol); break;
            default: c.IsTrue(p.Decision, name); break;
        }
    }

    [Fact]
    public void AConclusionIsItsPartsTakenTogether()
    {
        var random = new Random(12);
        int failing = 0, holding = 0, withNaN = 0;
        for (int trial = 0; trial < 2000; trial++)
        {
            var parts = Enumerable.Range(0, 1 + random.Next(6)).Select(i => Draw(random, i)).ToList();
            var conclusion = new Conclusion();
            for (int i = 0; i < parts.Count; i++) Apply(conclusion, parts[i], i);
            var outcome = conclusion.Outcome();

            var slackParts = parts.Select((p, i) => (Part: p, Index: i)).Where(x => x.Part.Kind != "IsTrue" && !double.IsNaN(x.Part.Slack)).ToList();
            double slack = slackParts.Count == 0 ? double.PositiveInfinity : slackParts.Min(x => x.Part.Slack);
            int? tightest = slackParts.Count == 0 ? null : slackParts.First(x => x.Part.Slack == slack).Index;
            int? firstFailure = parts.Select((p, i) => (p, i)).Where(x => x.p.Fails).Select(x => (int?)x.i).FirstOrDefault();

            Assert.True(outcome.HypothesisMet);
            Assert.Equal(firstFailure is null, outcome.Holds);
            Assert.Equal(slack, outcome.Slack);
            Assert.Equal(tightest is int t ? parts[t].Tolerance : 0, outcome.SlackTolerance);
            string? detail = firstFailure is int f ? $"part {f}" : tightest is int u ? $"part {u}" : null;
            if (detail is null) Assert.Null(outcome.Detail);
            else
            {
                Assert.StartsWith(firstFailure is int g && double.IsNaN(parts[g].Slack) ? "NaN in " + detail : detail, outcome.Detail);
            }
            // A LAW's evidence is its tightest check's; the first one's when no later check is tighter.
            var laws = parts.Select((p, i) => (p, i)).Where(x => x.p.IsLaw).ToList();
            if (laws.Count == 0) Assert.Null(outcome.Evidence);
            else
            {
                int expected = laws[0].i;
                double best = double.PositiveInfinity;
                foreach (var (p, i) in parts.Select((p, i) => (p, i)))
                {
                    if (p.Kind == "IsTrue" || double.IsNaN(p.Slack)) continue;
                    if (p.Slack < best) { best = p.Slack; if (p.IsLaw) expected = i; }
                }
                var evidence = outcome.Evidence!;
                Assert.Equal(($"part {expected}", 100 + expected, parts[expected].A, parts[expected].B, parts[expected].Tol),
                    (evidence.Quantity, evidence.SampleSize, evidence.Estimate, evidence.Exact, evidence.Bound));
            }
            if (parts.Any(p => p.Kind != "IsTrue" && double.IsNaN(p.Slack))) withNaN++;
            if (outcome.Holds) holding++; else failing++;
        }
        Assert.True(holding > 200 && failing > 200 && withNaN > 200, $"{holding} holding, {failing} failing, {withNaN} with a NaN");
    }

    [Fact]
    public void EachPartSaysWhatItComparedAndItsTolerance()
    {
        Assert.Equal("a: 3 > 1 (tolerance 0.5)", new Conclusion().AtMost(3, 1, 0.5, "a").Outcome().Detail);
        Assert.Equal("b: 1 < 3 (tolerance 0.5)", new Conclusion().AtLeast(1, 3, 0.5, "b").Outcome().Detail);
        Assert.Equal("c: 1 ≠ 3 (error 2, tolerance 0.5)", new Conclusion().Near(1, 3, 0.5, "c").Outcome().Detail);
        Assert.Equal("d: |1 − 3| > 0.5 (N = 10)", new Conclusion().WithinBound("d", 10, 1, 3, 0.5).Outcome().Detail);
        Assert.Equal("e: 4 > 3 + 0.5 (N = 10)", new Conclusion().BelowBound("e", 10, 4, 3, 0.5).Outcome().Detail);
        Assert.Equal("f", new Conclusion().IsTrue(false, "f").AtMost(3, 1, 0, "g").Outcome().Detail);
        // On the boundary a part holds: slack −tol.
        Assert.True(new Conclusion().AtMost(1.5, 1, 0.5, "h").Outcome().Holds);
        Assert.True(new Conclusion().WithinBound("i", 5, 1, 1.5, 0.5).Outcome().Holds);
        Assert.True(new Conclusion().BelowBound("j", 5, 1.5, 1, 0.5).Outcome().Holds);
        var empty = new Conclusion().Outcome();
        Assert.True(empty.Holds && empty.HypothesisMet && double.IsPositiveInfinity(empty.Slack) && empty.Detail is null);
    }

    /// <summary>A part's text is formed only when it is kept: a passing part that is not the tightest never asks for its name.</summary>
    [Fact]
    public void APartIsNamedOnlyWhenItIsRead()
    {
        int asked = 0;
        string Name() { asked++; return "x"; }
        new Conclusion().AtMost(0, 1, 0, Name).AtMost(0, 5, 0, Name).AtLeast(5, 0, 0, Name).Near(1, 1.5, 1, Name);
        Assert.Equal(2, asked);
    }
}
