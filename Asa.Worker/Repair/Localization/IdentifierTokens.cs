using System.Collections.Frozen;

namespace Asa.Worker.Repair.Localization;

/// <summary>
/// Splits text into lower-case search terms: identifiers broken at camelCase, PascalCase, snake_case and digits,
/// without language keywords and the commonest English words, which say nothing about where a bug is.
/// </summary>
public static class IdentifierTokens
{
    private const int MinLength = 2;
    private const int MaxLength = 40;

    private static readonly FrozenSet<string> Ignored = new[]
    {
        "abstract", "and", "as", "assert", "async", "await", "bool", "boolean", "break", "byte", "case", "catch", "char",
        "class", "const", "continue", "def", "default", "del", "do", "double", "elif", "else", "end", "enum", "except",
        "export", "extends", "false", "final", "finally", "float", "for", "from", "func", "function", "get", "go", "if",
        "implements", "import", "in", "int", "interface", "is", "let", "long", "namespace", "new", "nil", "none", "not",
        "null", "object", "of", "or", "override", "package", "pass", "private", "protected", "public", "raise", "return",
        "self", "set", "static", "str", "string", "struct", "super", "switch", "this", "throw", "throws", "true", "try",
        "type", "typeof", "undefined", "using", "val", "var", "void", "while", "with", "yield",
        "the", "an", "be", "by", "it", "on", "at", "to", "we", "was", "are", "has", "have", "this", "that", "when",
        "should", "but", "can", "does", "no", "so", "if", "then", "than", "which", "would", "there", "these", "into",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                foreach (var part in SplitWord(text, start, i))
                {
                    yield return part;
                }
                start = -1;
            }
        }
    }

    private static IEnumerable<string> SplitWord(string text, int start, int end)
    {
        var partStart = start;
        for (var i = start + 1; i <= end; i++)
        {
            if (i == end || IsBoundary(text, i, end))
            {
                if (Term(text.AsSpan(partStart, i - partStart)) is { } term)
                {
                    yield return term;
                }
                partStart = i;
            }
        }
    }

    // parseHTTPDate2 -> parse | HTTP | Date | 2
    private static bool IsBoundary(string text, int i, int end)
    {
        char previous = text[i - 1], current = text[i];
        return (char.IsAsciiLetterLower(previous) && char.IsAsciiLetterUpper(current))
            || (char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterUpper(current) && i + 1 < end && char.IsAsciiLetterLower(text[i + 1]))
            || (char.IsAsciiDigit(previous) != char.IsAsciiDigit(current));
    }

    private static string? Term(ReadOnlySpan<char> part)
    {
        if (part.Length < MinLength || part.Length > MaxLength)
        {
            return null;
        }
        var term = part.ToString().ToLowerInvariant();
        return Ignored.Contains(term) ? null : term;
    }
}
