using System.Collections.Frozen;

namespace Asa.Repair.Localization;

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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IgnoredSpans = Ignored.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> Of(string text)
    {
        Span<char> lower = stackalloc char[MaxLength];
        var terms = new List<string>();
        foreach (var (start, length) in Parts(text))
        {
            if (Lower(text.AsSpan(start, length), lower) is { Length: > 0 } term)
            {
                terms.Add(term.ToString());
            }
        }
        return terms;
    }

    /// <summary>Adds <paramref name="weight"/> to the count of every term of the text, allocating only for terms new to the counts.</summary>
    public static void CountInto(string text, Dictionary<string, int> counts, int weight)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxLength];
        foreach (var (start, length) in Parts(text))
        {
            if (Lower(text.AsSpan(start, length), lower) is { Length: > 0 } term)
            {
                lookup[term] = lookup.TryGetValue(term, out var count) ? count + weight : weight;
            }
        }
    }

    private static IEnumerable<(int Start, int Length)> Parts(string text)
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
                var partStart = start;
                for (var j = start + 1; j <= i; j++)
                {
                    if (j == i || IsBoundary(text, j, i))
                    {
                        yield return (partStart, j - partStart);
                        partStart = j;
                    }
                }
                start = -1;
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

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> part, Span<char> buffer)
    {
        if (part.Length < MinLength || part.Length > MaxLength)
        {
            return [];
        }
        var term = buffer[..part.Length];
        part.ToLowerInvariant(term);
        return IgnoredSpans.Contains(term) ? [] : term;
    }
}
