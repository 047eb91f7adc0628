using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// Whether an expression may give None/null: a lookup that finds nothing (<c>.get(k)</c>, <c>find</c>,
/// <c>FirstOrDefault</c>, <c>re.match</c>, <c>getattr(o, a, None)</c>, <c>?.</c>), or a call of a function of the
/// same file that returns None/null, returns bare, or falls off its end.
/// </summary>
public static class MaybeMissingValue
{
    /// <summary>Methods that answer None/null (or undefined) when what they look for is not there.</summary>
    public static readonly HashSet<string> Lookups = new(StringComparer.Ordinal)
    {
        "get", "find", "pop", "FirstOrDefault", "SingleOrDefault", "LastOrDefault", "GetValueOrDefault", "Find", "match", "search",
        "fullmatch", "exec", "querySelector", "getElementById", "getItem", "closest", "getAttribute",
    };

    public static bool Within(MutationSite site, int first, int last) => Within(site, first, last, followCalls: true);

    private static bool Within(MutationSite site, int first, int last, bool followCalls)
    {
        for (var i = first; i <= last; i++)
        {
            var token = site[i];
            if (token.Is("?."))
            {
                return true;
            }
            if (token.Kind != TokenKind.Identifier || site.At(i + 1) is not { Text: "(" } || site.Closing(i + 1) is var close && (close < 0 || close > last))
            {
                continue;
            }
            var method = site.At(i - 1) is { Text: "." };
            if (method && Lookups.Contains(token.Text) && !HasDefault(site, i + 1, close, token.Text))
            {
                return true;
            }
            // getattr(o, name, None) and next(it, None) give None when nothing is there.
            if (!method && token.Text is "getattr" or "next" && site[close - 1].Text == "None" && site[close - 2].Text == ",")
            {
                return true;
            }
            if (followCalls && CalleeMayGiveNothing(site, token.Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A second argument to get/pop is the value given when nothing is found (unless it is None/null itself).</summary>
    private static bool HasDefault(MutationSite site, int open, int close, string method)
    {
        if (method is not ("get" or "pop"))
        {
            return false;
        }
        var depth = 0;
        for (var i = open + 1; i < close; i++)
        {
            depth += site[i].Kind != TokenKind.Punctuation ? 0 : site[i].Text is "(" or "[" or "{" ? 1 : site[i].Text is ")" or "]" or "}" ? -1 : 0;
            if (depth == 0 && site[i].Is(","))
            {
                return !(i + 2 == close && site[i + 1].Text is "None" or "null" or "undefined");
            }
        }
        // pop with one argument raises (Python) or has no key (JavaScript's array pop gives undefined when empty).
        return method == "pop" && site.Language == SourceLanguage.Python;
    }

    private static bool CalleeMayGiveNothing(MutationSite site, string name)
    {
        for (var i = 0; i + 2 < site.Tokens.Count; i++)
        {
            if (site[i].Text != name || site[i].Kind != TokenKind.Identifier || !site[i + 1].Is("("))
            {
                continue;
            }
            if (Definition(site, i) is var (first, last) && first <= last)
            {
                return GivesNothing(site, first, last);
            }
        }
        return false;
    }

    /// <summary>The body of the function <paramref name="name"/> names if that token is where it is defined.</summary>
    private static (int First, int Last)? Definition(MutationSite site, int name)
    {
        var before = site.At(name - 1);
        if (site.Language == SourceLanguage.Python)
        {
            if (before is not { Text: "def" })
            {
                return null;
            }
            var body = FunctionBody.Around(new MutationSite(site.Language, site.Path, site.Text, site.Tokens, site[name].Line + 1, null));
            return body is null ? null : (body.First, body.Last);
        }
        var close = site.Closing(name + 1);
        var open = close + 1;
        if (site.Language != SourceLanguage.JavaScript)
        {
            while (site.At(open) is { } t && (t.Kind == TokenKind.Identifier || t.Text is "throws" or ","))
            {
                open++;
            }
        }
        if (close < 0 || site.At(open) is not { Text: "{" } || before is { Text: "." or "new" or "?." })
        {
            return null;
        }
        var declaresIt = site.Language == SourceLanguage.JavaScript
            ? before is not ({ Kind: TokenKind.Operator } or { Text: "(" or "," })
            : before is { Kind: TokenKind.Identifier or TokenKind.Keyword } or { Text: ">" or "]" or "?" } && before is not { Text: "return" };
        if (!declaresIt)
        {
            return null;
        }
        return (open + 1, site.Closing(open) - 1);
    }

    private static bool GivesNothing(MutationSite site, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (site[i].Text != "return" || site[i].Kind != TokenKind.Keyword)
            {
                continue;
            }
            if (site.At(i + 1) is not { } next || next.Line != site[i].Line || next.Text is "None" or "null" or "undefined" or ";" || next.Text == "default" && site.At(i + 2) is { Text: ";" })
            {
                return true;
            }
            // "return node" where the function set node from a lookup: what the lookup may not find is passed on.
            var alone = site.At(i + 2) is not { } after || after.Line != next.Line || after.Is(";");
            if (next.Kind == TokenKind.Identifier && alone && SetFromLookup(site, first, last, next.Text))
            {
                return true;
            }
        }
        if (site.Language is not (SourceLanguage.Python or SourceLanguage.JavaScript))
        {
            return false;
        }
        if (site[first].Line == site[last].Line)
        {
            return !Enumerable.Range(first, last - first + 1).Any(i => site[i].Text is "return" or "throw" or "raise");
        }
        // Falls off the end: the last statement at the body's own indentation is not a return or a raise.
        var lastLine = site[last].Line;
        var lastStatement = site.FirstTokenOn(lastLine);
        var indentation = Column(site, first);
        while (lastStatement > first && (Column(site, lastStatement) != indentation || site[lastStatement].Is("}")))
        {
            lastStatement = site.FirstTokenOn(site[lastStatement - 1].Line);
        }
        return site[lastStatement].Text is not ("return" or "raise" or "throw");
    }

    private static bool SetFromLookup(MutationSite site, int first, int last, string name)
    {
        for (var i = first; i < last; i++)
        {
            if (site[i].Text != name || !site[i + 1].Is("=") || site.At(i - 1) is { Text: "." })
            {
                continue;
            }
            var end = i + 2;
            while (end + 1 <= last && site[end + 1].Line == site[i].Line && !site[end + 1].Is(";"))
            {
                end++;
            }
            if (end >= i + 2 && Within(site, i + 2, end, followCalls: false))
            {
                return true;
            }
        }
        return false;
    }

    private static int Column(MutationSite site, int index) => site[index].Start - (site.Text.LastIndexOf('\n', Math.Max(0, site[index].Start - 1)) + 1);
}
