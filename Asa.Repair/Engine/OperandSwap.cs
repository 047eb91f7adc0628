namespace Asa.Repair.Engine;

/// <summary>Swaps two neighbouring arguments of a call, or the two operands of a non-commutative operator.</summary>
public sealed class OperandSwap : IMutationOperator
{
    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Is("(") && site.At(i - 1) is { Kind: TokenKind.Identifier } && site.At(i - 2) is not { Text: "def" or "function" })
            {
                foreach (var edit in SwapArguments(site, i))
                {
                    yield return edit;
                }
            }
            else if (token.Text is "-" or "/" or "%" or "//" or "**" && token.Kind == TokenKind.Operator && OperatorSwap.IsBinary(site, i)
                     && SimpleOperand(site, i - 1, -1) is { } left && SimpleOperand(site, i + 1, +1) is { } right)
            {
                var leftText = site.Text[site[left].Start..site[i - 1].End];
                var rightText = site.Text[site[i + 1].Start..site[right].End];
                if (leftText != rightText)
                {
                    yield return new MutationEdit("operands", $"swap '{leftText}' and '{rightText}'", site[left].Start, site[right].End - site[left].Start,
                        rightText + site.Text[site[i - 1].End..site[i + 1].Start] + leftText, 0.6);
                }
            }
        }
    }

    private static IEnumerable<MutationEdit> SwapArguments(MutationSite site, int open)
    {
        var close = site.Closing(open);
        if (close < 0 || site[close].Line != site.Line)
        {
            yield break;
        }
        var arguments = new List<(int First, int Last)>();
        var depth = 0;
        var start = open + 1;
        for (var i = open + 1; i <= close; i++)
        {
            var text = site[i].Text;
            if (site[i].Kind == TokenKind.Punctuation)
            {
                depth += text is "(" or "[" or "{" ? 1 : text is ")" or "]" or "}" ? -1 : 0;
            }
            if (depth == 0 && text == "," && site[i].Kind == TokenKind.Operator || i == close)
            {
                if (i > start)
                {
                    arguments.Add((start, i - 1));
                }
                start = i + 1;
            }
        }
        for (var a = 0; a + 1 < arguments.Count; a++)
        {
            var (firstStart, firstEnd) = (site[arguments[a].First].Start, site[arguments[a].Last].End);
            var (secondStart, secondEnd) = (site[arguments[a + 1].First].Start, site[arguments[a + 1].Last].End);
            var first = site.Text[firstStart..firstEnd];
            var second = site.Text[secondStart..secondEnd];
            // Named arguments (name=value, name: value) do not depend on their order.
            if (first == second || first.Contains('=') && !first.Contains("==") || second.Contains('=') && !second.Contains("=="))
            {
                continue;
            }
            yield return new MutationEdit("arguments", $"swap arguments '{first}' and '{second}'", firstStart, secondEnd - firstStart,
                second + site.Text[firstEnd..secondStart] + first, 0.6);
        }
    }

    /// <summary>The far end of a name, number or dotted name that starts at <paramref name="index"/>, going in <paramref name="step"/>.</summary>
    private static int? SimpleOperand(MutationSite site, int index, int step)
    {
        if (index < site.First || index >= site.End || site[index].Kind is not (TokenKind.Identifier or TokenKind.Number))
        {
            return null;
        }
        var end = index;
        while (site.At(end + step) is { Text: "." } && site.At(end + 2 * step) is { Kind: TokenKind.Identifier } && end + 2 * step >= site.First && end + 2 * step < site.End)
        {
            end += 2 * step;
        }
        // An operand that is part of a call, an index or a longer product is not simple.
        if (site.At(end + step) is { Text: "(" or "[" or "*" or "/" or "**" or "." })
        {
            return null;
        }
        return end;
    }
}
