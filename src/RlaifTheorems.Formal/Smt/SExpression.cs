namespace RlaifTheorems.Formal.Smt;

/// <summary>An SMT-LIB2 s-expression: an atom (symbol or numeral, as its text) or a list of s-expressions.</summary>
public sealed record SExpression(string? Atom, IReadOnlyList<SExpression> Items)
{
    /// <summary>Whether this is an atom.</summary>
    public bool IsAtom => Atom is not null;

    /// <summary>The list's head symbol, or null for an atom or a list that does not start with one.</summary>
    public string? Head => !IsAtom && Items.Count > 0 && Items[0].IsAtom ? Items[0].Atom : null;

    /// <inheritdoc/>
    public override string ToString() => Atom ?? $"({string.Join(" ", Items)})";

    /// <summary>Every top-level s-expression of <paramref name="text"/> (comments from ';' to the end of the line are skipped).</summary>
    /// <exception cref="FormatException">Unbalanced parentheses.</exception>
    public static IReadOnlyList<SExpression> ParseAll(string text)
    {
        var stack = new Stack<List<SExpression>>();
        var top = new List<SExpression>();
        var current = top;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == ';') { while (i < text.Length && text[i] != '\n') i++; continue; }
            if (c == '(') { stack.Push(current); current = new List<SExpression>(); i++; continue; }
            if (c == ')')
            {
                if (stack.Count == 0) throw new FormatException($"an unmatched ')' at character {i}");
                var list = new SExpression(null, current);
                current = stack.Pop();
                current.Add(list);
                i++;
                continue;
            }
            int start = i;
            // Stryker disable once Equality : the closing '|' is searched from i + 1 ≥ 1, so a found index is never 0.
            if (c == '|') { i = text.IndexOf('|', i + 1); if (i < 0) throw new FormatException("an unterminated |symbol|"); i++; }
            else while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ';')) i++;
            current.Add(new SExpression(text[start..i], Array.Empty<SExpression>()));
        }
        if (stack.Count != 0) throw new FormatException("an unclosed '('");
        return top;
    }
}
