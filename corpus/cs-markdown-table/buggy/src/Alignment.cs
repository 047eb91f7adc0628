namespace Markdown;

/// <summary>How the text of a column sits in its cells; Markdown writes it as colons in the separator row.</summary>
public enum Alignment
{
    Left,
    Center,
    Right,
}
