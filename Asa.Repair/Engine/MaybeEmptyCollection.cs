using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// Whether a local may hold an empty collection that code after it uses where an empty one fails: the value keeps part
/// of another collection (a filter, a slice, the last or first few), and the local is then given to what has no answer
/// for nothing (an average, a maximum or minimum, the first or last element, a division by its size). ManySStuBs4J's
/// missing check, for emptiness rather than null.
/// </summary>
public static class MaybeEmptyCollection
{
    private static readonly HashSet<string> Selections = new(StringComparer.Ordinal)
    {
        "Where", "Take", "TakeLast", "TakeWhile", "Skip", "SkipLast", "SkipWhile", "filter", "slice", "subList", "splice",
    };

    /// <summary>Methods that fail (or give NaN, or nothing) on an empty collection.</summary>
    private static readonly HashSet<string> EmptyFails = new(StringComparer.Ordinal)
    {
        "Average", "Max", "Min", "First", "Last", "Single", "Aggregate", "reduce", "getFirst", "getLast", "mean", "median", "max", "min",
    };

    /// <summary>Whether the value from <paramref name="first"/> to <paramref name="last"/> keeps part of another collection.</summary>
    public static bool Selects(MutationSite site, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (site[i].Kind == TokenKind.Identifier && Selections.Contains(site[i].Text) && site.At(i - 1) is { Text: "." } && site.At(i + 1) is { Text: "(" })
            {
                return true;
            }
            // Python: a comprehension with a condition, or a slice.
            if (site.Language == SourceLanguage.Python && site[i].Is("if") && Enumerable.Range(first, i - first).Any(k => site[k].Is("for")))
            {
                return true;
            }
            if (site.Language == SourceLanguage.Python && site[i].Is(":") && site.At(i - 1) is not { Text: "lambda" } && Enumerable.Range(first, i - first).Any(k => site[k].Is("[")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the local's next use after <paramref name="from"/>, up to <paramref name="last"/>, is one that fails when it is empty.</summary>
    public static bool FailsWhenEmpty(MutationSite site, string name, int from, int last)
    {
        for (var i = from; i <= last && i < site.Tokens.Count; i++)
        {
            if (site[i].Text != name || site[i].Kind != TokenKind.Identifier || site.At(i - 1) is { Text: "." or "?." })
            {
                continue;
            }
            return site.At(i + 1) is { Text: "." } && site.At(i + 2) is { } method && EmptyFails.Contains(method.Text)
                || site.At(i + 1) is { Text: "[" } && site.At(i + 2) is { Text: "0" } && site.At(i + 3) is { Text: "]" }
                || site.At(i - 1) is { Text: "(" } && site.At(i - 2) is { } function && EmptyFails.Contains(function.Text)
                || site.At(i - 1) is { Text: "(" } && site.At(i - 2) is { Text: "len" } && site.At(i - 3) is { Text: "/" or "//" or "%" }
                || site.At(i + 1) is { Text: "." } && site.At(i + 2) is { Text: "length" or "Count" or "Length" or "size" } && site.At(i - 1) is { Text: "/" or "%" };
        }
        return false;
    }

    /// <summary>The test that the local is empty, as the language and the value's kind write it.</summary>
    public static string IsEmpty(MutationSite site, string name, int valueLast) => site.Language switch
    {
        SourceLanguage.Python => $"not {name}",
        SourceLanguage.JavaScript => $"{name}.length === 0",
        SourceLanguage.Java => $"{name}.isEmpty()",
        _ => site.At(valueLast - 2) is { Text: "ToArray" } ? $"{name}.Length == 0" : site.At(valueLast - 2) is { Text: "ToList" } ? $"{name}.Count == 0" : $"!{name}.Any()",
    };
}
