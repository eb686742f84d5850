using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>The evaluation's fields on hand-worked models: the reason in place of Λ* at Δ = 0, the strengths of interior
/// extremes, s = 0 on an undefined path, and the batch of alignments column by column.</summary>
public sealed class ModelEvaluationTests
{
    [Fact]
    public void AtZeroGapTheReportSaysWhyThereIsNoCrossingStrength()
    {
        // g = e₁, d_c = e₂, v = (1,1)/√2: Δ = 0 exactly.
        var zero = ModelEvaluation.Of(ModelOf(Identity(2), Row(1, 1), Row(0, 1), Row(1, 0)), Constitution.Span(Vec(0, 1)));
        Assert.Equal(0.0, zero.Gap);
        Assert.Null(zero.Path!.CrossingStrength);
        Assert.Equal(PathSummary.ZeroGap, zero.Path.CrossingStrengthUndefined);
        // Transient degradation: Δ > 0 with Λ* = 1, and the minimum at the interior strength 1/2.
        var dip = ModelEvaluation.Of(ModelOf(Identity(2), Row(-1, -1), Row(-1, 1), Row(1, 0)), Constitution.Span(Vec(-1, 1)));
        Assert.Equal(1.0, dip.Path!.CrossingStrength!.Value, 12);
        Assert.Null(dip.Path.CrossingStrengthUndefined);
        Assert.Equal(0.5, dip.Path.Minimum.Strength!.Value, 12);
        Assert.False(dip.Path.Minimum.AtLimit);
        Assert.Null(dip.Path.Maximum.Strength);
        Assert.True(dip.Path.Maximum.AtLimit);
    }

    [Fact]
    public void AnUndefinedPathHasZeroSlopeAndItsReason()
    {
        // d_c = −g: the path passes through the zero policy.
        var e = ModelEvaluation.Of(ModelOf(Identity(2), Row(1, 0), Row(-1, 0), Row(1, 0)), Constitution.Span(Vec(1, 0)));
        Assert.Null(e.Path);
        Assert.Equal(0.0, e.InitialSlope);
        Assert.StartsWith("d_c: Eᵀd_c is a negative multiple of Eᵀg", e.PathUndefinedBecause);
    }

    [Fact]
    public void AlignmentsOfABatchAreThoseOfEachColumnWhateverItsScale()
    {
        var model = ModelOf(Enc(Row(1, 0.5, 0), Row(0, 1, 2)), Row(1, -1, 0.5), Row(1, 0), Row(0, 1));
        var columns = new[] { Vec(1e-200, 3e-200), Vec(-2e200, 1e200), Vec(0.5, 0.25) };
        var e = ModelEvaluation.Of(model, Constitution.Span(Vec(1, 1)), columns.SelectMany(c => c.ToArray()).ToArray());
        Assert.Equal(3, e.VectorAlignments!.Length);
        for (int j = 0; j < 3; j++)
            Assert.Equal(model.Alignment(columns[j] / columns[j].AbsoluteMaximum()), e.VectorAlignments[j], 14);
        Assert.Null(ModelEvaluation.Of(model, Constitution.Span(Vec(1, 1))).VectorAlignments);
    }

    /// <summary>Overflowing names the output that is ±∞, by its name in the report; a finite evaluation has none. Each unbounded
    /// output is made infinite in turn (every other output stays finite), with either sign.</summary>
    [Fact]
    public void OverflowingNamesTheOutputThatIsInfinite()
    {
        var e = ModelEvaluation.Of(ModelOf(Identity(2), Row(-1, -1), Row(-1, 1), Row(1, 0)), Constitution.Span(Vec(-1, 1)));
        var path = e.Path!;
        Assert.Null(e.Overflowing());
        foreach (double infinity in new[] { double.PositiveInfinity, double.NegativeInfinity })
        {
            var cases = new (string Name, ModelEvaluation Evaluation)[]
            {
                ("expectedValueOfGeneration", e with { ExpectedValueOfGeneration = infinity }),
                ("expectedValueSlope", e with { ExpectedValueSlope = infinity }),
                ("path.crossingStrength", e with { Path = path with { CrossingStrength = infinity } }),
                ("path.minimum.strength", e with { Path = path with { Minimum = path.Minimum with { Strength = infinity } } }),
                ("path.maximum.strength", e with { Path = path with { Maximum = path.Maximum with { Strength = infinity } } }),
                ("path.nonImprovementWitness", e with { Path = path with { NonImprovementWitness = infinity } }),
                ("path.condition", e with { Path = path with { Condition = infinity } }),
                ("initialSlope", e with { InitialSlope = infinity }),
            };
            foreach (var (name, evaluation) in cases) Assert.Equal(name, evaluation.Overflowing());
        }
    }
}
