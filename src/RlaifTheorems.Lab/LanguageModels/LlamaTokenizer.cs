using System.Buffers.Binary;
using System.Text;

namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>
/// The llama2.c tokenizer: a byte-pair vocabulary with merge scores. Encoding splits UTF-8 text into code points (a code point
/// missing from the vocabulary falls back to its bytes, token = byte + 3), then merges the adjacent pair whose concatenation is
/// the vocabulary's highest-scoring token until no pair merges; a space is prefixed to non-empty text, as in training. Token 1
/// is the beginning of a sequence, 2 its end.
/// </summary>
public sealed class LlamaTokenizer
{
    /// <summary>The beginning-of-sequence token.</summary>
    public const int Bos = 1;
    /// <summary>The end-of-sequence token.</summary>
    public const int Eos = 2;

    private readonly byte[][] _pieces;
    private readonly float[] _scores;
    private readonly Dictionary<string, int> _lookup;

    private LlamaTokenizer(byte[][] pieces, float[] scores)
    {
        _pieces = pieces;
        _scores = scores;
        _lookup = new Dictionary<string, int>(pieces.Length, StringComparer.Ordinal);
        for (int i = 0; i < pieces.Length; i++) _lookup.TryAdd(Latin1(pieces[i]), i);
    }

    /// <summary>The vocabulary's size.</summary>
    public int VocabSize => _pieces.Length;

    /// <summary>Reads a tokenizer for a model of <paramref name="vocabSize"/> tokens, or says in one line why the file is not one: unreadable,
    /// truncated, a token longer than the stated maximum or with a non-finite score, or a vocabulary of another size than the model's.</summary>
    public static bool TryLoad(string path, int vocabSize, out LlamaTokenizer? tokenizer, out string? problem)
    {
        tokenizer = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot read the tokenizer {path}: {e.Message}";
            return false;
        }
        if (bytes.Length < 4)
        {
            problem = $"{path} is not a llama2.c tokenizer: {bytes.Length} bytes";
            return false;
        }
        int maxLength = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var pieces = new List<byte[]>();
        var scores = new List<float>();
        int at = 4;
        while (at < bytes.Length)
        {
            if (bytes.Length - at < 8)
            {
                problem = $"{path} is truncated in token {pieces.Count}";
                return false;
            }
            float score = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(at));
            int length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 4));
            at += 8;
            if (!float.IsFinite(score) || length < 0 || length > maxLength || length > bytes.Length - at)
            {
                problem = !float.IsFinite(score) ? $"{path}: token {pieces.Count} has a non-finite score"
                    : length > bytes.Length - at && length <= maxLength ? $"{path} is truncated in token {pieces.Count}"
                    : $"{path}: token {pieces.Count} has length {length}, outside 0…{maxLength}";
                return false;
            }
            pieces.Add(bytes.AsSpan(at, length).ToArray());
            scores.Add(score);
            at += length;
        }
        if (pieces.Count != vocabSize)
        {
            problem = $"{path} has {pieces.Count} tokens but the model's vocabulary has {vocabSize}";
            return false;
        }
        if (pieces.Count < 3 + 256)
        {
            problem = $"{path} has {pieces.Count} tokens, too few for the 256 byte tokens after the three special ones";
            return false;
        }
        tokenizer = new LlamaTokenizer(pieces.ToArray(), scores.ToArray());
        problem = null;
        return true;
    }

    /// <summary>The tokens of <paramref name="text"/>, after a beginning-of-sequence token when <paramref name="bos"/>.</summary>
    public int[] Encode(string text, bool bos)
    {
        var tokens = new List<int>();
        if (bos) tokens.Add(Bos);
        if (text.Length > 0 && _lookup.TryGetValue(" ", out int space)) tokens.Add(space);
        var utf8 = Encoding.UTF8.GetBytes(text);
        int i = 0;
        while (i < utf8.Length)
        {
            int length = 1;
            while (i + length < utf8.Length && (utf8[i + length] & 0xC0) == 0x80 && length < 4) length++;
            var point = utf8.AsSpan(i, length);
            if (_lookup.TryGetValue(Latin1(point), out int id)) tokens.Add(id);
            else
                foreach (var b in point)
                    tokens.Add(b + 3);
            i += length;
        }
        while (true)
        {
            float best = float.NegativeInfinity;
            int bestId = -1, bestAt = -1;
            for (int k = 0; k + 1 < tokens.Count; k++)
            {
                if (tokens[k] >= _pieces.Length || tokens[k + 1] >= _pieces.Length) continue;
                if (_lookup.TryGetValue(Latin1(_pieces[tokens[k]]) + Latin1(_pieces[tokens[k + 1]]), out int merged) && _scores[merged] > best)
                {
                    best = _scores[merged];
                    bestId = merged;
                    bestAt = k;
                }
            }
            if (bestAt < 0) break;
            tokens[bestAt] = bestId;
            tokens.RemoveAt(bestAt + 1);
        }
        return tokens.ToArray();
    }

    /// <summary>The bytes <paramref name="token"/> stands for when it follows <paramref name="previous"/>: a byte token "&lt;0xXX&gt;" is its
    /// byte, and the space training put before a sequence's first word is dropped after the beginning-of-sequence token.</summary>
    public ReadOnlySpan<byte> Piece(int previous, int token)
    {
        ReadOnlySpan<byte> piece = _pieces[token];
        if (previous == Bos && piece.Length > 0 && piece[0] == (byte)' ') piece = piece[1..];
        if (piece.Length == 6 && piece[0] == (byte)'<' && piece[1] == (byte)'0' && piece[2] == (byte)'x' && piece[5] == (byte)'>'
            && byte.TryParse(Encoding.ASCII.GetString(piece.Slice(3, 2)), System.Globalization.NumberStyles.HexNumber, null, out byte raw))
            return ByteTokens.AsSpan(raw, 1);
        return piece;
    }

    /// <summary>The text of a token sequence (the first token's predecessor is <paramref name="previous"/>); bytes that do not form
    /// UTF-8 become U+FFFD.</summary>
    public string Decode(ReadOnlySpan<int> tokens, int previous = Bos)
    {
        var bytes = new List<byte>();
        foreach (int token in tokens)
        {
            if (token is Bos or Eos) break;
            bytes.AddRange(Piece(previous, token));
            previous = token;
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>The vocabulary's piece of <paramref name="token"/> as text (for reports).</summary>
    public string PieceText(int token) => Encoding.UTF8.GetString(_pieces[token]);

    private static readonly byte[] ByteTokens = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
