using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// Judges a story the model has read (THEORY R5): for each constitution, the judging suffix is read after the story's own cache
/// and score_c = log p(w⁺ | …, suffix) − log p(w⁻ | …, suffix) over the answer words' whole token sequences. Constitutions that
/// share a suffix share its reading.
/// </summary>
public sealed class StoryJudge
{
    private readonly int[][] _suffixes, _positive, _negative;
    private readonly int[] _suffixOf;

    /// <summary>A judge of <paramref name="judges"/> for <paramref name="model"/>'s tokenizer.</summary>
    public StoryJudge(LanguageModel model, IReadOnlyList<JudgeConstitution> judges)
    {
        var distinct = judges.Select(j => j.Suffix).Distinct().ToList();
        _suffixes = distinct.Select(s => model.Tokenizer.Encode(s, bos: false)).ToArray();
        _suffixOf = judges.Select(j => distinct.IndexOf(j.Suffix)).ToArray();
        _positive = judges.Select(j => model.Tokenizer.Encode(j.Positive, bos: false)).ToArray();
        _negative = judges.Select(j => model.Tokenizer.Encode(j.Negative, bos: false)).ToArray();
        Judges = judges;
    }

    /// <summary>The constitutions, in score order.</summary>
    public IReadOnlyList<JudgeConstitution> Judges { get; }

    /// <summary>The most tokens judging adds after a story (the longest suffix and answer word).</summary>
    public int Tokens => _suffixes.Select(s => s.Length).DefaultIfEmpty(0).Max() + _positive.Concat(_negative).Select(w => w.Length).DefaultIfEmpty(0).Max();

    /// <summary>Every constitution's score of the story <paramref name="story"/> has read; <paramref name="suffix"/> and
    /// <paramref name="scratch"/> are overwritten; <paramref name="edit"/>, if given, edits the judging model too.</summary>
    public double[] Scores(LlamaSequence story, LlamaSequence suffix, LlamaSequence scratch, ResidualEdit? edit = null)
    {
        var scores = new double[Judges.Count];
        for (int s = 0; s < _suffixes.Length; s++)
        {
            suffix.CopyFrom(story);
            foreach (int token in _suffixes[s]) suffix.Read(token, edit);
            for (int j = 0; j < Judges.Count; j++)
                if (_suffixOf[j] == s)
                    scores[j] = Continuation.LogProbability(suffix, _positive[j], scratch, edit) - Continuation.LogProbability(suffix, _negative[j], scratch, edit);
        }
        return scores;
    }
}
