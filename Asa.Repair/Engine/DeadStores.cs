namespace Asa.Repair.Engine;

/// <summary>
/// Variables of a scope given a value that is never read before the next assignment or the end of the scope: a dead
/// store, which FindBugs' DLS_DEAD_LOCAL_STORE reports because it "often indicates an error" (the value was computed
/// for a use the code then forgot). Unlike a name set once and never named again, the name may be set again later
/// (a loop's target reusing it, say). A name read anywhere before the assignment is left out, since a loop may carry
/// the value round to that read.
/// </summary>
public static class DeadStores
{
    /// <summary>The dead stores on lines before the site's, each with the text of the statement that set it.</summary>
    public static Dictionary<string, string> Before(MutationSite site)
    {
        var dead = new Dictionary<string, string>(StringComparer.Ordinal);
        var uses = site.ScopeTokens().Where(site.IsVariableUse).ToList();
        foreach (var group in uses.GroupBy(i => site[i].Text, StringComparer.Ordinal))
        {
            var occurrences = group.ToList();
            for (var k = 0; k < occurrences.Count; k++)
            {
                var at = occurrences[k];
                if (site[at].Line >= site.Line || !IsWrite(site, at))
                {
                    continue;
                }
                var readBefore = occurrences.Take(k).Any(j => !IsWrite(site, j));
                var nextIsWrite = k + 1 == occurrences.Count || IsWrite(site, occurrences[k + 1]) && site[occurrences[k + 1]].Line > site[at].Line;
                if (!readBefore && nextIsWrite)
                {
                    dead.TryAdd(site[at].Text, StatementText(site, at));
                }
            }
        }
        return dead;
    }

    /// <summary>The last token of the attribute chain the variable at <paramref name="index"/> starts (<c>item.unit</c>, <c>a.b.c</c>), when it is read rather than called or assigned; else <paramref name="index"/>.</summary>
    public static int Chain(MutationSite site, int index)
    {
        var end = index;
        while (site.At(end + 1) is { Text: "." } && site.At(end + 2) is { Kind: TokenKind.Identifier })
        {
            end += 2;
        }
        return end > index && site.At(end + 1) is not { Text: "(" or "=" or "+=" or "-=" } ? end : index;
    }

    /// <summary>Whether the variable at <paramref name="index"/> is assigned there: before '=', among the targets of an unpacking or of a for loop.</summary>
    private static bool IsWrite(MutationSite site, int index)
    {
        if (site.At(index + 1) is { Text: "=" } next && next.Kind == TokenKind.Operator)
        {
            return true;
        }
        var line = site[index].Line;
        var start = site.FirstTokenOn(line);
        for (var i = index - 1; i >= start; i--)
        {
            if (site[i].Text is "for" or "foreach" && site[i].Kind == TokenKind.Keyword)
            {
                return Enumerable.Range(i + 1, index - i).All(j => site[j].Text is not ("in" or "of" or ":"));
            }
        }
        // Brackets open an unpacking's nested targets only where they follow no name (a name before them calls or indexes it).
        if (Enumerable.Range(start, index - start).Any(j => site[j].Kind != TokenKind.Identifier && site[j].Text is not ("," or "(" or "[" or "*")
                                                            || site[j].Text is "(" or "[" && j > start && site[j - 1].Kind == TokenKind.Identifier))
        {
            return false;
        }
        for (var i = index + 1; i < site.Tokens.Count && site[i].Line == line; i++)
        {
            if (site[i].Is("="))
            {
                return true;
            }
            if (site[i].Kind != TokenKind.Identifier && site[i].Text is not ("," or ")" or "]"))
            {
                return false;
            }
        }
        return false;
    }

    private static string StatementText(MutationSite site, int index)
    {
        var line = site[index].Line;
        var first = site.FirstTokenOn(line);
        var last = first;
        while (last + 1 < site.Tokens.Count && site[last + 1].Line == line)
        {
            last++;
        }
        return string.Join("", Enumerable.Range(first, last - first + 1).Select(i => site[i].Text));
    }
}
