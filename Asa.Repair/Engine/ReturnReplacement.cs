namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP12 (mutate return statement): returns a different in-scope expression: another variable, or what another
/// return of the function gives; a bare return in a function that elsewhere returns a local returns that local.
/// </summary>
public sealed class ReturnReplacement : IMutationOperator
{
    private const int Alternatives = 8;

    private static readonly HashSet<string> TruthOperators = new(StringComparer.Ordinal)
    {
        "==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||", "!", "and", "or", "not", "in", "is",
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || site[site.First].Text != "return" || site[site.First].Kind != TokenKind.Keyword)
        {
            yield break;
        }
        var last = site[site.End - 1].Is(";") ? site.End - 2 : site.End - 1;
        if (last <= site.First)
        {
            foreach (var edit in ReturnedLocals(site))
            {
                yield return edit;
            }
            yield break;
        }
        var start = site[site.First + 1].Start;
        var end = site[last].End;
        var returned = site.Text[start..end];

        var otherReturns = site.ScopeTokens()
            .Where(i => site[i].Text == "return" && site[i].Line != site.Line)
            .Select(i => ExpressionAfter(site, i))
            .OfType<string>();
        var alternatives = otherReturns.Select(a => (Expression: a, IsVariable: false))
            .Concat(site.Variables.Select(v => (Expression: v, IsVariable: true)))
            .Where(a => a.Expression != returned)
            .DistinctBy(a => a.Expression, StringComparer.Ordinal)
            .Take(Alternatives);
        var returnsTruth = Enumerable.Range(site.First + 1, last - site.First).Any(i => TruthOperators.Contains(site[i].Text));
        foreach (var (alternative, isVariable) in alternatives)
        {
            // A test, or a variable that happens to be truthy, in place of a yes-or-no answer passes weak tests without
            // answering the question: tried late.
            var prior = returnsTruth && isVariable ? 0.15 : 0.6;
            yield return new MutationEdit("return", $"return '{alternative}' instead of '{returned}'", start, end - start, alternative, prior);
        }
    }

    /// <summary>
    /// A bare return where another return of the function gives a local it computed: mixing the two (what linters
    /// call inconsistent returns) is how a forgotten value looks, so the local is a likely fix.
    /// </summary>
    private static IEnumerable<MutationEdit> ReturnedLocals(MutationSite site)
    {
        var assigned = site.ScopeTokens()
            .Where(i => site[i].Kind == TokenKind.Identifier && site.At(i + 1) is { Text: "=" or "+=" or "-=" or "*=" or "/=" or "//=" or "%=" or "|=" or "&=" } && site.IsVariableUse(i))
            .Select(i => site[i].Text)
            .ToHashSet(StringComparer.Ordinal);
        var locals = site.ScopeTokens()
            .Where(i => site[i].Text == "return" && site[i].Kind == TokenKind.Keyword && site[i].Line != site.Line)
            .Select(i => ExpressionAfter(site, i))
            .Where(e => e is not null && assigned.Contains(e))
            .Distinct(StringComparer.Ordinal)
            .Take(Alternatives);
        var keyword = site[site.First];
        foreach (var local in locals)
        {
            yield return new MutationEdit("return", $"return '{local}' instead of nothing", keyword.End, 0, " " + local, 0.8);
        }
    }

    private static string? ExpressionAfter(MutationSite site, int returnIndex)
    {
        var line = site[returnIndex].Line;
        var last = returnIndex;
        while (site.At(last + 1) is { } next && next.Line == line && !next.Is(";"))
        {
            last++;
        }
        if (last == returnIndex)
        {
            return null;
        }
        var text = site.Text[site[returnIndex + 1].Start..site[last].End];
        return SyntaxCheck.BracketsBalance(CodeTokenizer.Tokenize(site.Language, text)) ? text : null;
    }
}
