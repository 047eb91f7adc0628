using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP9/FP11 on bounds (ManySStuBs "change operand"): shifts a bound by one: adds "+ 1" or "- 1" after an operand
/// that ends a comparison, an argument, an index or a slice, or takes such a "± 1" away; starts a Python range at 1;
/// gives an open-ended slice an end of -1 (Python's <c>[i:]</c>, JavaScript's <c>slice(i)</c>) or takes that end away;
/// starts a Python slice at 1.
/// </summary>
public sealed class BoundShift : IMutationOperator
{
    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (IsSignature(site))
        {
            yield break;
        }
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Text is "+" or "-" && OperatorSwap.IsBinary(site, i) && site.At(i + 1) is { Kind: TokenKind.Number, Text: "1" } one
                && site.At(i + 2) is not { Text: "." or "(" or "[" or "*" or "/" or "%" or "**" })
            {
                var start = token.Start;
                while (start > 0 && site.Text[start - 1] is ' ' or '\t')
                {
                    start--;
                }
                yield return new MutationEdit("bound", $"drop '{token.Text} 1'", start, one.End - start, "", 0.5);
                continue;
            }
            if (!EndsOperand(site, i) || site.At(i + 1) is not { } next || !EndsBound(site, next))
            {
                continue;
            }
            yield return new MutationEdit("bound", $"'{token.Text}' to '{token.Text} + 1'", token.End, 0, " + 1", 0.5);
            yield return new MutationEdit("bound", $"'{token.Text}' to '{token.Text} - 1'", token.End, 0, " - 1", 0.5);
        }
        foreach (var edit in OpenEnds(site))
        {
            yield return edit;
        }
    }

    /// <summary>The bounds a range or slice leaves out: a range's start, a slice's start, a slice's end of -1.</summary>
    private static IEnumerable<MutationEdit> OpenEnds(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (!token.Is("(") && !token.Is("[") || site.At(i - 1) is not { } before || site.Closing(i) is var close && (close < 0 || site[close].Line != site.Line))
            {
                continue;
            }
            var separators = TopLevel(site, i, close, site.Language == SourceLanguage.Python && token.Is("[") ? ":" : ",");
            if (site.Language == SourceLanguage.Python && token.Is("(") && before.Text == "range" && site.At(i - 2) is not { Text: "." }
                && separators.Count == 0 && close > i + 1)
            {
                yield return new MutationEdit("bound", "start the range at 1", site[i + 1].Start, 0, "1, ", 0.5);
            }
            else if (site.Language == SourceLanguage.Python && token.Is("[") && OperatorSwap.IsBinary(site, i) && separators.Count == 1)
            {
                var colon = separators[0];
                if (colon == i + 1 && close > colon + 1)
                {
                    yield return new MutationEdit("bound", "start the slice at 1", site[colon].Start, 0, "1", 0.5);
                }
                foreach (var edit in MinusOneEnd(site, colon, close, ":"))
                {
                    yield return edit;
                }
            }
            else if (site.Language == SourceLanguage.JavaScript && token.Is("(") && before.Text == "slice" && site.At(i - 2) is { Text: "." or "?." }
                     && close > i + 1 && separators.Count <= 1)
            {
                foreach (var edit in MinusOneEnd(site, separators.Count == 1 ? separators[0] : close, close, ", "))
                {
                    yield return edit;
                }
            }
        }
    }

    /// <summary>"-1" as the end between <paramref name="separator"/> and <paramref name="close"/> is dropped; no end gets one.</summary>
    private static IEnumerable<MutationEdit> MinusOneEnd(MutationSite site, int separator, int close, string separatorText)
    {
        if (separator == close)
        {
            yield return new MutationEdit("bound", "end one before the last", site[close].Start, 0, separatorText + "-1", 0.5);
        }
        else if (close == separator + 1 && separatorText == ":")
        {
            yield return new MutationEdit("bound", "end one before the last", site[close].Start, 0, "-1", 0.5);
        }
        else if (close == separator + 3 && site[separator + 1].Text == "-" && site[separator + 2].Text == "1")
        {
            var start = separatorText == ":" ? site[separator + 1].Start : site[separator].Start;
            yield return new MutationEdit("bound", "drop the end of -1", start, site[close].Start - start, "", 0.5);
        }
    }

    private static List<int> TopLevel(MutationSite site, int open, int close, string separator)
    {
        var found = new List<int>();
        var depth = 0;
        for (var i = open + 1; i < close; i++)
        {
            var token = site[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                depth += token.Text is "(" or "[" or "{" ? 1 : token.Text is ")" or "]" or "}" ? -1 : 0;
            }
            else if (depth == 0 && token.Text == separator && token.Kind == TokenKind.Operator)
            {
                found.Add(i);
            }
        }
        return found;
    }

    private static bool EndsOperand(MutationSite site, int index)
    {
        var token = site[index];
        return token.Kind == TokenKind.Identifier && site.At(index + 1) is not { Text: "(" or "." or "[" or "?." }
               || token.Text is ")" or "]" && token.Kind == TokenKind.Punctuation;
    }

    private static bool EndsBound(MutationSite site, CodeToken next) =>
        next.Text is ")" or "]" or "," or ";" or "<" or "<=" or ">" or ">=" or "==" or "!=" or "===" or "!=="
        || next.Text == ":" && site.Language == SourceLanguage.Python
        || next.Line != site.Line;

    private static bool IsSignature(MutationSite site) =>
        site.Tokens.Skip(site.First).Take(site.End - site.First).Any(t => t.Text is "def" or "function" or "class" && t.Kind == TokenKind.Keyword);
}
