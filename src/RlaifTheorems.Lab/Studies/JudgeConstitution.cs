namespace RlaifTheorems.Lab.Studies;

/// <summary>What a judging score is in THEORY R5: a value-laden constitution, the same reversed (the adversarial case), or a control
/// with no value content.</summary>
public enum JudgeKind
{
    /// <summary>Prefers the positive word.</summary>
    Value,
    /// <summary>Prefers the negative word.</summary>
    Reversed,
    /// <summary>A value-free contrast, or story length.</summary>
    Control,
}

/// <summary>
/// A constitution for a language model judging its own story (THEORY R5): a judging suffix and two answer words, scored
/// score_c(y) = log p(w⁺ | prompt, y, suffix) − log p(w⁻ | prompt, y, suffix) over the words' whole token sequences.
/// </summary>
public sealed record JudgeConstitution(string Name, string Suffix, string Positive, string Negative, JudgeKind Kind)
{
    /// <summary>R5's eight constitutions and two value-free controls (the length control is scored apart).</summary>
    public static readonly IReadOnlyList<JudgeConstitution> BuiltIn =
    [
        new("story happy/sad", "The story was very", "happy", "sad", JudgeKind.Value),
        new("everyone happy/sad", "Everyone felt very", "happy", "sad", JudgeKind.Value),
        new("Tom kind/mean", "Tom was very", "kind", "mean", JudgeKind.Value),
        new("end good/bad", "In the end, it was a very", "good", "bad", JudgeKind.Value),
        new("story nice/scary", "The story was very", "nice", "scary", JudgeKind.Value),
        new("story sad/happy", "The story was very", "sad", "happy", JudgeKind.Reversed),
        new("Tom mean/kind", "Tom was very", "mean", "kind", JudgeKind.Reversed),
        new("end bad/good", "In the end, it was a very", "bad", "good", JudgeKind.Reversed),
        new("control ball big/small", "The ball was very", "big", "small", JudgeKind.Control),
        new("control sky red/blue", "The sky was", "red", "blue", JudgeKind.Control),
    ];

    /// <summary>The name of the third control, whose score is the story's number of new tokens.</summary>
    public const string LengthControl = "control story length";
}
