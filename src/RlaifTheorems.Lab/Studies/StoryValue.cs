using System.Text.RegularExpressions;
using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// The true value of a text in THEORY R5: the mean human valence of its words that the lexicon rates (VADER: −4…4, the mean of
/// ten raters), words being the lower-cased runs of letters with inner apostrophes. A proxy for value: it measures the valence
/// of the words used, not the text's moral quality.
/// </summary>
public sealed partial class StoryValue
{
    private readonly Dictionary<string, double> _valence;

    /// <summary>The value read with <paramref name="lexicon"/>'s word entries.</summary>
    public StoryValue(ValueLexicon lexicon)
    {
        var words = lexicon.Words();
        _valence = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++) _valence.TryAdd(words.Items[i].ToLowerInvariant(), words.Values[i]);
        Lexicon = lexicon.Name;
    }

    /// <summary>The lexicon's name.</summary>
    public string Lexicon { get; }

    /// <summary>The mean valence of <paramref name="text"/>'s rated words and how many there were; null when none is rated.</summary>
    public (double? Value, int Rated) Of(string text)
    {
        double sum = 0;
        int rated = 0;
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
            if (_valence.TryGetValue(m.Value, out double v))
            {
                sum += v;
                rated++;
            }
        return (rated > 0 ? sum / rated : null, rated);
    }

    [GeneratedRegex(@"[a-z]+(?:'[a-z]+)*")]
    private static partial Regex Word();
}
