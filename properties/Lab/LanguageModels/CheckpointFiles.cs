using System.Text;
using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Properties.Lab.LanguageModels;

/// <summary>The shipped model and tokenizer, and llama2.c checkpoints and tokenizers written from seeded random weights.</summary>
internal static class CheckpointFiles
{
    public static string Stories260K => Path.Combine(RepositoryFiles.Root, "models", "stories260K", "stories260K.bin");
    public static string Tok512 => Path.Combine(RepositoryFiles.Root, "models", "stories260K", "tok512.bin");

    private static readonly Lazy<LanguageModel> Shipped = new(() =>
    {
        Assert.True(LanguageModel.TryLoad(Stories260K, Tok512, out var model, out var problem), problem);
        return model!;
    });

    /// <summary>stories260K with tok512, loaded once.</summary>
    public static LanguageModel Stories => Shipped.Value;

    /// <summary>A checkpoint of the given shape with weights drawn uniformly from ±<paramref name="scale"/> (RMS weights near 1), in a fresh file.</summary>
    public static string Write(int dim, int hidden, int layers, int heads, int kvHeads, int vocab, int seqLen, bool shared, int seed, double scale = 0.5)
    {
        var random = new Random(seed);
        string path = TempFiles.Path("checkpoint").Replace(".json", ".bin");
        using var writer = new BinaryWriter(File.Create(path));
        foreach (var h in new[] { dim, hidden, layers, heads, kvHeads, shared ? vocab : -vocab, seqLen }) writer.Write(h);
        var config = new LlamaConfig(dim, hidden, layers, heads, kvHeads, vocab, seqLen, shared);
        void Weights(long count) { for (long i = 0; i < count; i++) writer.Write((float)((2 * random.NextDouble() - 1) * scale)); }
        void Norms(long count) { for (long i = 0; i < count; i++) writer.Write((float)(0.5 + random.NextDouble())); }
        Weights((long)vocab * dim);
        Norms((long)layers * dim);
        Weights((long)layers * dim * dim);
        Weights((long)layers * dim * config.KvDim);
        Weights((long)layers * dim * config.KvDim);
        Weights((long)layers * dim * dim);
        Norms((long)layers * dim);
        Weights((long)layers * dim * hidden);
        Weights((long)layers * dim * hidden);
        Weights((long)layers * dim * hidden);
        Norms(dim);
        Weights((long)seqLen * config.HeadSize);
        if (!shared) Weights((long)vocab * dim);
        return path;
    }

    /// <summary>A tokenizer file of <paramref name="pieces"/> (score = minus the index), maximum length the longest piece.</summary>
    public static string WriteTokenizer(IReadOnlyList<byte[]> pieces)
    {
        string path = TempFiles.Path("tokenizer").Replace(".json", ".bin");
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(pieces.Count == 0 ? 0 : pieces.Max(p => p.Length));
        for (int i = 0; i < pieces.Count; i++)
        {
            writer.Write((float)-i);
            writer.Write(pieces[i].Length);
            writer.Write(pieces[i]);
        }
        return path;
    }

    /// <summary>The shipped tokenizer's first <paramref name="count"/> tokens, rewritten (a vocabulary of another size).</summary>
    public static string TruncatedTok512(int count)
    {
        var bytes = File.ReadAllBytes(Tok512);
        int at = 4;
        for (int i = 0; i < count; i++) at += 8 + BitConverter.ToInt32(bytes, at + 4);
        string path = TempFiles.Path("tok").Replace(".json", ".bin");
        File.WriteAllBytes(path, bytes[..at]);
        return path;
    }

    public static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}
