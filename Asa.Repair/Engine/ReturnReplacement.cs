namespace Asa.Repair.Engine;

/// <summary>Returns a different in-scope expression: another variable, or what another return of the function gives.</summary>
public sealed class ReturnReplacement : IMutationOperator
{
    private const int Alternatives = 8;

    private static readonly HashSet<string> TruthOperators = new(StringComparer.Ordinal)
    {
        "==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||", "!", "and", "or", "not", "in", "is",
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || site[site.First].Text != "return" || site.First + 1 >= site.End)
        {
            yield break;
        }
        var last = site[site.End - 1].Is(";") ? site.End - 2 : site.End - 1;
        if (last <= site.First)
        {
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
