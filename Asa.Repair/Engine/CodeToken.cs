namespace Asa.Repair.Engine;

public enum TokenKind
{
    Identifier,
    Keyword,
    Number,
    String,
    Operator,
    Punctuation,
    Comment,
}

/// <summary>One token of a source file: its kind, its text, where it starts (a character offset) and its 1-based line.</summary>
public readonly record struct CodeToken(TokenKind Kind, string Text, int Start, int Line)
{
    public int End => Start + Text.Length;

    public bool Is(string text) => Text == text && Kind is TokenKind.Operator or TokenKind.Punctuation or TokenKind.Keyword;
}
