using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>Negates a condition, drops one part of an and/or, or takes a negation away.</summary>
public sealed class ConditionMutation : IMutationOperator
{
    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty)
        {
            yield break;
        }
        if (Condition(site) is var (first, last))
        {
            var start = site[first].Start;
            var end = site[last].End;
            yield return Negate(site, first, last, "negate the condition", 0.8);
        }

        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Text is "&&" or "||" or "and" or "or" && token.Kind is TokenKind.Operator or TokenKind.Keyword)
            {
                var left = OperandStart(site, i);
                var right = OperandEnd(site, i);
                if (left < i && right > i)
                {
                    yield return Negate(site, left, i - 1, $"negate the part before '{token.Text}'", 0.75);
                    yield return Negate(site, i + 1, right, $"negate the part after '{token.Text}'", 0.75);
                    yield return new MutationEdit("condition", $"drop the part before '{token.Text}'",
                        site[left].Start, site[i + 1].Start - site[left].Start, "", 0.7);
                    yield return new MutationEdit("condition", $"drop the part after '{token.Text}'",
                        site[i - 1].End, site[right].End - site[i - 1].End, "", 0.7);
                }
            }
            else if (token.Text == "not" && token.Kind == TokenKind.Keyword && site.At(i + 1) is { Text: not "in" } && site.At(i - 1) is not { Text: "is" })
            {
                yield return new MutationEdit("condition", "drop 'not'", token.Start, site[i + 1].Start - token.Start, "", 0.7);
            }
            else if (token.Text == "!" && !OperatorSwap.IsBinary(site, i) && i + 1 < site.End)
            {
                yield return new MutationEdit("condition", "drop '!'", token.Start, 1, "", 0.7);
            }
        }
    }

    /// <summary>"not x" or "!x" for a plain operand, "not (a &lt; b)" or "!(a &lt; b)" for anything else.</summary>
    private static MutationEdit Negate(MutationSite site, int first, int last, string description, double prior)
    {
        var start = site[first].Start;
        var end = site[last].End;
        var condition = site.Text[start..end];
        // A name, a dotted name, or a call of one.
        var chainEnd = first;
        while (chainEnd <= last && (site[chainEnd].Kind == TokenKind.Identifier || site[chainEnd].Text is "." or "?."))
        {
            chainEnd++;
        }
        var plain = chainEnd > first && (chainEnd > last || site[chainEnd].Is("(") && site.Closing(chainEnd) == last);
        var negated = site.Language == SourceLanguage.Python
            ? plain ? $"not {condition}" : $"not ({condition})"
            : plain ? $"!{condition}" : $"!({condition})";
        return new MutationEdit("condition", description, start, end - start, negated, prior);
    }

    /// <summary>The first and last token of an if/elif/while condition on the line.</summary>
    internal static (int First, int Last)? Condition(MutationSite site)
    {
        var keyword = site[site.First];
        var at = site.First;
        if (keyword.Text == "else" && site.At(at + 1) is { Text: "if" })
        {
            at++;
        }
        if (site[at].Text is not ("if" or "elif" or "while") || site[at].Kind != TokenKind.Keyword)
        {
            return null;
        }
        if (site.Language == SourceLanguage.Python)
        {
            var colon = site.End - 1;
            return site[colon].Is(":") && colon > at + 1 ? (at + 1, colon - 1) : null;
        }
        if (site.At(at + 1) is not { Text: "(" })
        {
            return null;
        }
        var close = site.Closing(at + 1);
        return close > at + 2 ? (at + 2, close - 1) : null;
    }

    // An operand of a boolean operator runs to the nearest same-level boolean operator, unclosed bracket,
    // or the edge of the condition or statement.
    private static int OperandStart(MutationSite site, int op)
    {
        var depth = 0;
        for (var i = op - 1; i >= site.First; i--)
        {
            var text = site[i].Text;
            if (site[i].Kind == TokenKind.Punctuation)
            {
                depth += text is ")" or "]" or "}" ? 1 : text is "(" or "[" or "{" ? -1 : 0;
                if (depth < 0 || text == ";")
                {
                    return i + 1;
                }
            }
            if (depth == 0 && (IsBoolean(site[i]) || text is "=" or "return" or "if" or "elif" or "while" or "?" or "=>" or ":" or "," || text == "not" && site.Language == SourceLanguage.Python && i == op - 1))
            {
                return i + 1;
            }
        }
        return site.First;
    }

    private static int OperandEnd(MutationSite site, int op)
    {
        var depth = 0;
        for (var i = op + 1; i < site.End; i++)
        {
            var text = site[i].Text;
            if (site[i].Kind == TokenKind.Punctuation)
            {
                depth += text is "(" or "[" or "{" ? 1 : text is ")" or "]" or "}" ? -1 : 0;
                if (depth < 0 || text == ";")
                {
                    return i - 1;
                }
            }
            if (depth == 0 && (IsBoolean(site[i]) || text is "?" or ":" or ","))
            {
                return i - 1;
            }
        }
        return site.End - 1;
    }

    internal static bool IsBoolean(CodeToken token) => token.Text is "&&" or "||" or "and" or "or" && token.Kind is TokenKind.Operator or TokenKind.Keyword;
}
