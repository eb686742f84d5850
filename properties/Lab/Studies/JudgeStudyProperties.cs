using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Statistics;
using RlaifTheorems.Lab.Studies;
using Xunit;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>S1 on items, repeated: the replications are independent runs under their own seeds, and their summary (mean,
/// Student-t interval, standard deviation) is recomputed here by direct loops.</summary>
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

        double mean = 0;
        foreach (var s in singles) mean += s.FittedAlignment / replications;
        double squares = 0;
        foreach (var s in singles) squares += (s.FittedAlignment - mean) * (s.FittedAlignment - mean);
        double deviation = Math.Sqrt(squares / (replications - 1));
        const double t7 = 2.364624252; // Student t, 7 degrees of freedom, 0.975 quantile
        var r = Assert.IsType<JudgeReplications>(together.Replications);
        Assert.Equal(replications, r.Count);
        Assert.Equal(mean, r.Mean, 1e-12);
        Assert.Equal(deviation, r.StandardDeviation, 1e-12);
        Assert.Equal(mean - t7 * deviation / Math.Sqrt(replications), r.Low, 1e-8);
        Assert.Equal(mean + t7 * deviation / Math.Sqrt(replications), r.High, 1e-8);
        Assert.True(deviation > 0, "independent replications must differ");
    }

    [Fact]
    public void WithManyPairsPerDimensionTheMeanFitReachesTheJudgesAlignment()
    {
        var gaussian = GaussianItems.Draw(2000, 3, 5, seed: 8);
        var geometry = new EmpiricalGeometry(ItemPasses.Moments(gaussian.Items).Total());
        var judge = gaussian.RandomDirection(new Random(2));
        var many = JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", 4000, 1, "e", "l", 12).Replications!;
        Assert.InRange(many.Mean, many.Low, many.High);
        Assert.True(Math.Abs(many.Mean - geometry.Alignment(judge)) < 0.02,
            $"E[A(d̂_N)] ≈ {many.Mean} against A(d_c) = {geometry.Alignment(judge)} at 1,333 pairs per dimension");
        Assert.Equal(0, many.Separated);
        // Few pairs per dimension: the fits scatter far more.
        var few = JudgeStudy.Run(gaussian.Items, geometry, judge, "judge", 40, 1, "e", "l", 12).Replications!;
        Assert.True(few.StandardDeviation > 2 * many.StandardDeviation, $"sd {few.StandardDeviation} at 40 pairs against {many.StandardDeviation} at 4,000");
    }
}
