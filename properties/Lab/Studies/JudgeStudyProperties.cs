using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;
using RlaifTheorems.Lab.Studies;
using Xunit;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>S1 on items, repeated: the replications are independent runs under their own seeds, and their summary (mean,
/// Student-t interval, standard deviation, over the replications with a certified MLE) is recomputed here by direct loops.</summary>
public class JudgeStudyProperties
{
    [Fact]
    public void ReplicationsSummariseTheSingleRunsOfTheirSeeds()
    {
        var gaussian = GaussianItems.Draw(400, 4, 6, seed: 3);
        var geometry = new EmpiricalGeometry(ItemPasses.Moments(gaussian.Items).Total());
        var judge = gaussian.RandomDirection(new Random(5));
        const int replications = 8, seed = 11;
        var together = JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", 300, seed, "e", "l", replications);
        var singles = Enumerable.Range(0, replications)
            .Select(r => JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", 300, r == 0 ? seed : Bootstrap.Draw(seed, r, 0, int.MaxValue), "e", "l"))
            .ToArray();
        Assert.All(singles, s => Assert.Null(s.Replications));
        Assert.Equal(singles[0].FittedAlignment, together.FittedAlignment);
        Assert.Equal(singles[0].Separation, together.Separation);

        var certified = singles.Where(s => s.Separation == "not separated (certified)").ToArray();
        Assert.Equal(replications, certified.Length);
        double mean = 0;
        foreach (var s in certified) mean += s.FittedAlignment!.Value / replications;
        double squares = 0;
        foreach (var s in certified) squares += (s.FittedAlignment!.Value - mean) * (s.FittedAlignment!.Value - mean);
        double deviation = Math.Sqrt(squares / (replications - 1));
        const double t7 = 2.364624252; // Student t, 7 degrees of freedom, 0.975 quantile
        var r = Assert.IsType<JudgeReplications>(together.Replications);
        Assert.Equal(replications, r.Count);
        Assert.Equal(mean, r.Mean!.Value, 1e-12);
        Assert.Equal(deviation, r.StandardDeviation!.Value, 1e-12);
        Assert.Equal(mean - t7 * deviation / Math.Sqrt(replications), r.Low!.Value, 1e-8);
        Assert.Equal(mean + t7 * deviation / Math.Sqrt(replications), r.High!.Value, 1e-8);
        Assert.True(deviation > 0, "independent replications must differ");
    }

    /// <summary>
    /// A replication whose pairs are separated has no maximum-likelihood estimate: its d̂_N is where Newton's method stopped. The
    /// summary leaves such replications (and undecided ones) out and counts them: with few pairs per dimension some replications
    /// separate, and the mean, deviation and interval are those of the certified ones alone, recomputed here from the single runs.
    /// </summary>
    [Fact]
    public void SeparatedReplicationsAreCountedNotAveraged()
    {
        var gaussian = GaussianItems.Draw(400, 6, 8, seed: 4);
        var geometry = new EmpiricalGeometry(ItemPasses.Moments(gaussian.Items).Total());
        var judge = 4 * gaussian.RandomDirection(new Random(9));
        const int replications = 16, seed = 3, pairs = 24;
        var together = JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", pairs, seed, "e", "l", replications).Replications!;
        var singles = Enumerable.Range(0, replications)
            .Select(r => JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", pairs, r == 0 ? seed : Bootstrap.Draw(seed, r, 0, int.MaxValue), "e", "l"))
            .ToArray();
        var certified = singles.Where(s => s.Separation == "not separated (certified)").Select(s => s.FittedAlignment!.Value).ToArray();
        Assert.All(singles.Where(s => s.Separation != "not separated (certified)"), s => Assert.Null(s.FittedAlignment));
        Assert.Equal(singles.Count(s => s.Separation.StartsWith("separated")), together.Separated);
        Assert.Equal(certified.Length, together.Certified);
        Assert.True(together.Separated > 0 && certified.Length >= 2, $"{together.Separated} separated, {certified.Length} certified of {replications}");
        double mean = certified.Average();
        Assert.Equal(mean, together.Mean!.Value, 1e-12);
        Assert.Equal(Math.Sqrt(certified.Sum(a => (a - mean) * (a - mean)) / (certified.Length - 1)), together.StandardDeviation!.Value, 1e-12);
    }

    [Fact]
    public void WithManyPairsPerDimensionTheMeanFitReachesTheJudgesAlignment()
    {
        var gaussian = GaussianItems.Draw(2000, 3, 5, seed: 8);
        var geometry = new EmpiricalGeometry(ItemPasses.Moments(gaussian.Items).Total());
        var judge = gaussian.RandomDirection(new Random(2));
        var many = JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", 4000, 1, "e", "l", 12).Replications!;
        Assert.InRange(many.Mean!.Value, many.Low!.Value, many.High!.Value);
        Assert.True(Math.Abs(many.Mean.Value - geometry.Alignment(judge)) < 0.02,
            $"E[A(d̂_N)] ≈ {many.Mean} against A(d_c) = {geometry.Alignment(judge)} at 1,333 pairs per dimension");
        Assert.Equal(0, many.Separated);
        // Few pairs per dimension: the fits scatter far more.
        var few = JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", 40, 1, "e", "l", 12).Replications!;
        Assert.True(few.Certified >= 6, $"{few.Certified} of 12 replications at 40 pairs have a certified MLE");
        Assert.True(few.StandardDeviation > 2 * many.StandardDeviation, $"sd {few.StandardDeviation} at 40 pairs against {many.StandardDeviation} at 4,000");
    }
}
