using System.Collections.Frozen;
using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// A library conversion passed by reference, not called (<c>parts.map(parseInt)</c>, <c>map(int, fields)</c>), replaced
/// by another of the same family. An iterator method hands its callback the element, the index and the array, so
/// <c>map(parseInt)</c> parses the second element in base 1 (eslint-plugin-unicorn's
/// <c>no-array-callback-reference</c>, MDN's note on <c>parseInt</c>); a conversion passed to Python's <c>map</c>,
/// <c>sorted</c> or <c>max</c> truncates where a float was meant, or compares text where numbers were (ManySStuBs4J's
/// "change identifier used" of a function name).
/// </summary>
public sealed class CallbackReference : IMutationOperator
{
    // As likely as another variable in scope: the reference is a name like any other at this place.
    private const double Prior = 0.6;

    private static readonly FrozenSet<string> PythonConversions = new[] { "int", "float", "str", "round", "abs", "len" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> JavaScriptConversions = new[] { "Number", "parseInt", "parseFloat", "String", "Boolean" }.ToFrozenSet(StringComparer.Ordinal);

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        var family = site.Language switch
        {
            SourceLanguage.Python => PythonConversions,
            SourceLanguage.JavaScript => JavaScriptConversions,
            _ => FrozenSet<string>.Empty,
        };
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Kind != TokenKind.Identifier || !family.Contains(token.Text) || !IsPassedByReference(site, i))
            {
                continue;
            }
            foreach (var other in family.Where(name => name != token.Text).Order(StringComparer.Ordinal))
            {
                yield return new MutationEdit("callback", $"callback '{token.Text}' to '{other}'", token.Start, token.Text.Length, other, Prior);
            }
        }
    }

    /// <summary>
    /// An argument of a call made of the name alone: after the call's <c>(</c>, a <c>,</c> or a keyword argument's
    /// <c>=</c>, before <c>)</c> or <c>,</c>; not an element of a tuple or list (<c>isinstance(x, (int, float))</c>).
    /// </summary>
    private static bool IsPassedByReference(MutationSite site, int index)
    {
        var before = site.At(index - 1)?.Text;
        var keyword = site.Language == SourceLanguage.Python && before == "=" && site.At(index - 2) is { Kind: TokenKind.Identifier }
                      && site.At(index - 3) is { Text: "(" or "," };
        if (site.At(index + 1) is not { Text: ")" or "," } || before is not ("(" or ",") && !keyword)
        {
            return false;
        }
        var open = EnclosingOpening(site, index);
        return open > 0 && site[open].Text == "(" && site[open - 1] is { Kind: TokenKind.Identifier } or { Text: ")" or "]" };
    }

    private static int EnclosingOpening(MutationSite site, int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            if (site[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }
            if (site[i].Text is ")" or "]" or "}")
            {
                depth++;
            }
            else if (site[i].Text is "(" or "[" or "{" && depth-- == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
