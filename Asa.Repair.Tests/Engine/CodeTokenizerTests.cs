using Asa.Repair.Indexing;
using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class CodeTokenizerTests
{
    [Theory]
    [InlineData(SourceLanguage.Python, "x = f\"a < {b}\" + '''c\n>= d''' # e - f\ny = 1", new[] { "x", "=", "f\"a < {b}\"", "+", "'''c\n>= d'''", "y", "=", "1" })]
    [InlineData(SourceLanguage.JavaScript, "let s = `a ${b} < c`; // x - y\nz /* p + q */ = 2;", new[] { "let", "s", "=", "`a ${b} < c`", ";", "z", "=", "2", ";" })]
    [InlineData(SourceLanguage.CSharp, "var p = @\"C:\\\"\"x\"\" <\"; i++;", new[] { "var", "p", "=", "@\"C:\\\"\"x\"\" <\"", ";", "i", "++", ";" })]
    [InlineData(SourceLanguage.Java, "String t = \"\"\"\n  a < b\n  \"\"\"; char c = '<';", new[] { "String", "t", "=", "\"\"\"\n  a < b\n  \"\"\"", ";", "char", "c", "=", "'<'", ";" })]
    public void OperatorsInsideStringsAndCommentsAreNotTokens(SourceLanguage language, string text, string[] expected)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).Select(t => t.Text);

        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void TokensKnowTheirLineAndKind()
    {
        var tokens = CodeTokenizer.Tokenize(SourceLanguage.Python, "def f(n):\n    return n <= 10\n");

        var comparison = Assert.Single(tokens, t => t.Text == "<=");
        Assert.Equal((TokenKind.Operator, 2), (comparison.Kind, comparison.Line));
        Assert.Equal(TokenKind.Keyword, tokens[0].Kind);
        Assert.Equal((TokenKind.Number, "10"), (tokens[^1].Kind, tokens[^1].Text));
    }

    [Fact]
    public void LongestOperatorWins()
    {
        var tokens = CodeTokenizer.Tokenize(SourceLanguage.JavaScript, "a !== b && c >>>= 2").Select(t => t.Text);

        Assert.Equal(["a", "!==", "b", "&&", "c", ">>>=", "2"], tokens);
    }
}
