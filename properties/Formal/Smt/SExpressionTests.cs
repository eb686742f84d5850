using RlaifTheorems.Formal.Smt;

namespace RlaifTheorems.Properties.Formal.Smt;

/// <summary>S-expressions as SMT-LIB prints them: atoms, nested lists, comments to the end of a line and |quoted symbols| read
/// back to the same text; unbalanced input is a format error that says where.</summary>
public sealed class SExpressionTests
{
    [Fact]
    public void ScriptsAndModelsReadBackToTheirText()
    {
        var all = SExpression.ParseAll("(assert (> x 1.5)) ; a comment (with a paren\n(define-fun |odd name| () Real (- 2))\nsat");
        Assert.Equal(3, all.Count);
        Assert.Equal("(assert (> x 1.5))", all[0].ToString());
        Assert.Equal("assert", all[0].Head);
        Assert.Equal(">", all[0].Items[1].Head);
        Assert.Equal("|odd name|", all[1].Items[1].Atom);
        Assert.Equal("(define-fun |odd name| () Real (- 2))", all[1].ToString());
        Assert.True(all[2].IsAtom);
        Assert.Null(all[2].Head);
        Assert.Equal("sat", all[2].ToString());
        Assert.Empty(all[1].Items[2].Items);
        Assert.Null(all[1].Items[2].Head);
        Assert.Null(SExpression.ParseAll("((a) b)")[0].Head);
        Assert.Empty(SExpression.ParseAll("  ; only a comment"));
        Assert.Equal("x", SExpression.ParseAll(";c\nx")[0].Atom);
    }

    [Theory]
    [InlineData("(a (b)", "an unclosed '('")]
    [InlineData("(a))", "an unmatched ')' at character 3")]
    [InlineData(")", "an unmatched ')' at character 0")]
    [InlineData("(a |b c)", "an unterminated |symbol|")]
    public void UnbalancedTextSaysWhere(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => SExpression.ParseAll(text)).Message);
}
