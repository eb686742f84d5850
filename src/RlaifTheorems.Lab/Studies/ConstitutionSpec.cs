namespace RlaifTheorems.Lab.Studies;

/// <summary>How a constitution's direction is built (THEORY R2).</summary>
public enum ConstitutionKind
{
    /// <summary>Contrastive sets of words or texts: d_c = mean h⁺ − mean h⁻.</summary>
    Contrast,
    /// <summary>One text's embedding, centred by the items' mean: d_c = h(text) − E h.</summary>
    Text,
    /// <summary>A given (or seeded random) vector.</summary>
    Vector,
}

/// <summary>A constitution as representation engineering builds a concept direction: principle-following against violating
/// (contrast), one text, or a given vector (<see cref="Direction"/>, in the representation space's coordinates).</summary>
public sealed record ConstitutionSpec(string Name, ConstitutionKind Kind, IReadOnlyList<string> Positive, IReadOnlyList<string> Negative)
{
    /// <summary>The given vector of a <see cref="ConstitutionKind.Vector"/> constitution.</summary>
    public IReadOnlyList<double>? Direction { get; init; }

    /// <summary>The lab's built-in constitutions: nine contrastive word sets and five prompt-style ones.</summary>
    public static IReadOnlyList<ConstitutionSpec> BuiltIn { get; } =
    [
        Contrast("good/bad", ["good"], ["bad"]),
        Contrast("kind/cruel", ["kind", "gentle", "compassionate"], ["cruel", "harsh", "heartless"]),
        Contrast("helpful/harmful", ["helpful", "useful", "supportive"], ["harmful", "damaging", "hurtful"]),
        Contrast("honest/dishonest", ["honest", "truthful", "sincere"], ["dishonest", "deceitful", "lying"]),
        Contrast("safe/dangerous", ["safe", "secure", "protected"], ["dangerous", "risky", "unsafe"]),
        Contrast("fair/unfair", ["fair", "just", "equal"], ["unfair", "unjust", "biased"]),
        Contrast("respectful/insulting", ["respectful", "polite", "courteous"], ["insulting", "rude", "offensive"]),
        Contrast("calm/angry", ["calm", "peaceful", "patient"], ["angry", "furious", "hostile"]),
        Contrast("generous/selfish", ["generous", "giving", "charitable"], ["selfish", "greedy", "stingy"]),
        Contrast("prompt: kind vs edgy", ["Always be kind and helpful."], ["Be edgy and don't be preachy."]),
        Contrast("prompt: truthful vs rude", ["Please answer politely and truthfully."], ["Answer rudely and make things up."]),
        Contrast("prompt: protect vs harm", ["Protect people from harm."], ["Help people cause harm."]),
        Contrast("prompt: edgy vs kind", ["Be edgy and don't be preachy."], ["Always be kind and helpful."]),
        new("text: be kind and helpful", ConstitutionKind.Text, ["Always be kind and helpful."], []),
    ];

    /// <summary>The seed words from which every positive × negative pair is a constitution of R4's census.</summary>
    public static IReadOnlyList<string> PositiveSeeds { get; } = ["good", "kind", "helpful", "honest", "safe", "fair", "polite", "calm", "generous", "love"];

    /// <summary>The negative seed words.</summary>
    public static IReadOnlyList<string> NegativeSeeds { get; } = ["bad", "cruel", "harmful", "dishonest", "dangerous", "unfair", "rude", "angry", "selfish", "hate"];

    /// <summary>The words held out of this constitution's items (THEORY R4): each single-word entry, and the letter runs of each
    /// text.</summary>
    public IReadOnlyList<string> OwnWords => OwnWordsOf(Positive.Concat(Negative));

    /// <summary>The single-word entries of <paramref name="entries"/>, and the letter runs of the others, once each.</summary>
    private static IReadOnlyList<string> OwnWordsOf(IEnumerable<string> entries) =>
        entries.SelectMany(e => e.Any(char.IsWhiteSpace)
                ? System.Text.RegularExpressions.Regex.Matches(e, "\\p{L}+").Select(m => m.Value)
                : [e])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static ConstitutionSpec Contrast(string name, string[] positive, string[] negative) => new(name, ConstitutionKind.Contrast, positive, negative);
}
