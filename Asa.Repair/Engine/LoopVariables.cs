using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// Python's for-loop targets, which outlive their loop: a statement that reads one after the loop sees whatever the
/// last iteration left (Pylint's W0631, undefined-loop-variable), almost never what was meant. A copy of a statement
/// from inside a loop to a place outside it reads such a leftover.
/// </summary>
public static class LoopVariables
{
    /// <summary>
    /// Whether <paramref name="statement"/>, put at <paramref name="line"/> of the site's scope, reads a name that the
    /// scope binds only as the target of statement-level for loops none of which holds that line.
    /// </summary>
    public static bool ReadsOneOutsideItsLoop(MutationSite site, string statement, int line)
    {
        if (site.Language != SourceLanguage.Python)
        {
            return false;
        }
        var read = CodeTokenizer.Tokenize(SourceLanguage.Python, statement).Where(t => t.Kind == TokenKind.Identifier).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var lines = site.Text.Split('\n');
        var loops = new List<(HashSet<string> Targets, int First, int Last)>();
        var boundElsewhere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in site.ScopeTokens().Where(i => site.At(i - 1) is null || site[i - 1].Line != site[i].Line))
        {
            if (site[start].Text == "for" && site[start].Kind == TokenKind.Keyword)
            {
                var targets = Enumerable.Range(start + 1, site.Tokens.Count - start - 1).TakeWhile(i => site[i].Text != "in")
                    .Where(i => site[i].Kind == TokenKind.Identifier).Select(i => site[i].Text).ToHashSet(StringComparer.Ordinal);
                loops.Add((targets, site[start].Line + 1, IndentedBlock.BodyEnd(lines, site[start].Line)));
            }
            else if (site.At(start + 1) is { Text: "=" or "+=" or "-=" } && site[start].Kind == TokenKind.Identifier)
            {
                boundElsewhere.Add(site[start].Text);
            }
        }
        var parameters = site.ScopeTokens().Where(i => site[i].Line == site.ScopeStart && site[i].Kind == TokenKind.Identifier).Select(i => site[i].Text);
        boundElsewhere.UnionWith(parameters);
        return loops.SelectMany(l => l.Targets).Distinct(StringComparer.Ordinal)
            .Any(name => read.Contains(name) && !boundElsewhere.Contains(name)
                         && !loops.Any(l => l.Targets.Contains(name) && line >= l.First && line <= l.Last));
    }
}
