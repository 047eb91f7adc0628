namespace Asa.Repair.Engine;

/// <summary>
/// ManySStuBs4J's "swap arguments" and TBar's FP10 (mutate method invocation): swaps two arguments of a call, two
/// indices of a subscript (m[i][j], m[i, j], a[i] * b[j]), or the two operands of a non-commutative operator; and the
/// values of two assignments one under the other (<c>won += home; lost += away;</c> to <c>won += away; lost += home;</c>),
/// the same mix-up one statement apart.
/// </summary>
public sealed class OperandSwap : IMutationOperator
{
    private const double Neighbours = 0.6;
    private const double Apart = 0.4;
    private const double Indices = 0.5;
    private const int ArgumentsSwappedApart = 4;

    private const double Assignments = 0.4;

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (SwapAssignedValues(site) is { } swapped)
        {
            yield return swapped;
        }
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Is("(") && site.At(i - 1) is { Kind: TokenKind.Identifier } && site.At(i - 2) is not { Text: "def" or "function" })
            {
                foreach (var edit in SwapArguments(site, i, "arguments"))
                {
                    yield return edit;
                }
            }
            else if (token.Is("[") && IsSubscript(site, i))
            {
                foreach (var edit in SwapSubscripts(site, i).Concat(SwapArguments(site, i, "indices")))
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

    /// <summary>Whether the bracket at <paramref name="open"/> indexes what stands before it, rather than opening a list.</summary>
    public static bool IsSubscript(MutationSite site, int open) =>
        site.At(open - 1) is { } before && before.Line == site[open].Line && before.End == site[open].Start
        && (before.Kind == TokenKind.Identifier || before.Text is ")" or "]" && before.Kind == TokenKind.Punctuation);

    private static IEnumerable<MutationEdit> SwapArguments(MutationSite site, int open, string kind)
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
        // Neighbours first; arguments further apart in a short list, where every pair is few, and in a long one
        // only two names or numbers alone (a source and a target offset: Array.Copy(a, i, b, j, n)).
        var pairs = Enumerable.Range(0, Math.Max(0, arguments.Count - 1)).Select(a => (a, a + 1, Neighbours));
        bool Single(int a) => arguments[a].First == arguments[a].Last && site[arguments[a].First].Kind is TokenKind.Identifier or TokenKind.Number;
        pairs = pairs.Concat(from a in Enumerable.Range(0, arguments.Count)
                             from b in Enumerable.Range(a + 2, Math.Max(0, arguments.Count - a - 2))
                             where arguments.Count <= ArgumentsSwappedApart || Single(a) && Single(b)
                             select (a, b, Apart));
        foreach (var (a, b, prior) in pairs)
        {
            var (firstStart, firstEnd) = (site[arguments[a].First].Start, site[arguments[a].Last].End);
            var (secondStart, secondEnd) = (site[arguments[b].First].Start, site[arguments[b].Last].End);
            var first = site.Text[firstStart..firstEnd];
            var second = site.Text[secondStart..secondEnd];
            // Named arguments (name=value, name: value) do not depend on their order; a slice's bounds are no indices.
            if (first == second || first.Contains('=') && !first.Contains("==") || second.Contains('=') && !second.Contains("==")
                || kind == "indices" && (first.Contains(':') || second.Contains(':')))
            {
                continue;
            }
            var noun = kind == "indices" ? "indices" : "arguments";
            yield return new MutationEdit(kind, $"swap {noun} '{first}' and '{second}'", firstStart, secondEnd - firstStart,
                second + site.Text[firstEnd..secondStart] + first, kind == "indices" ? Indices : prior);
        }
    }

    /// <summary>
    /// The indices of two subscripts side by side swapped: those of one name indexed twice (m[i][j] to m[j][i]), or
    /// those of two names an arithmetic operator joins (a[i] * b[j] to a[j] * b[i]).
    /// </summary>
    private static IEnumerable<MutationEdit> SwapSubscripts(MutationSite site, int open)
    {
        var close = site.Closing(open);
        if (close < 0 || site[close].Line != site.Line || close == open + 1)
        {
            yield break;
        }
        int secondOpen;
        if (site.At(close + 1) is { Text: "[" } chained && chained.Kind == TokenKind.Punctuation && chained.Start == site[close].End)
        {
            secondOpen = close + 1;
        }
        else if (site.At(close + 1) is { Kind: TokenKind.Operator, Text: "*" or "+" or "-" or "/" or "%" or "//" }
                 && site.At(close + 2) is { Kind: TokenKind.Identifier } other && site.At(close + 3) is { Text: "[" } otherOpen
                 && otherOpen.Start == other.End && other.Text != site[open - 1].Text && site.At(open - 1)?.Kind == TokenKind.Identifier
                 && site.At(open - 2) is not { Text: "." or "?." })
        {
            secondOpen = close + 3;
        }
        else
        {
            yield break;
        }
        var secondClose = site.Closing(secondOpen);
        if (secondClose < 0 || site[secondClose].Line != site.Line || secondClose == secondOpen + 1)
        {
            yield break;
        }
        var first = site.Text[site[open + 1].Start..site[close - 1].End];
        var second = site.Text[site[secondOpen + 1].Start..site[secondClose - 1].End];
        if (first == second || first.Contains(':') || second.Contains(':'))
        {
            yield break;
        }
        var between = site.Text[site[close].Start..site[secondOpen].End];
        yield return new MutationEdit("indices", $"swap indices '{first}' and '{second}'", site[open + 1].Start,
            site[secondClose - 1].End - site[open + 1].Start, second + between + first, Indices);
    }

    /// <summary>
    /// The values of the assignment at the line and the one on the next line swapped, where both assign with the same
    /// operator, at the same indentation, to different targets, values that differ and are whole on their lines.
    /// </summary>
    private static MutationEdit? SwapAssignedValues(MutationSite site)
    {
        if (!site.IsSimpleStatement)
        {
            return null;
        }
        var line = site.Tokens.Skip(site.First).Take(site.End - site.First).ToList();
        var nextFirst = site.FirstTokenOn(site.Line + 1);
        var next = site.Tokens.Skip(nextFirst).TakeWhile(t => t.Line == site.Line + 1).ToList();
        if (next.Count == 0 || AssignmentLine.Of(line) is not { } upper || AssignmentLine.Of(next) is not { } lower
            || upper.Operator != lower.Operator || upper.Target == lower.Target || next[0].Start - (site.LineEnd + 1) != site.Indentation.Length)
        {
            return null;
        }
        var (upperValue, lowerValue) = (Value(line), Value(next));
        if (upperValue is null || lowerValue is null)
        {
            return null;
        }
        var (upperText, lowerText) = (site.Text[upperValue.Value.Start..upperValue.Value.End], site.Text[lowerValue.Value.Start..lowerValue.Value.End]);
        if (upperText == lowerText)
        {
            return null;
        }
        var between = site.Text[upperValue.Value.End..lowerValue.Value.Start];
        return new MutationEdit("operands", $"swap the values '{upperText}' and '{lowerText}' of the assignments to '{upper.Target}' and '{lower.Target}'",
            upperValue.Value.Start, lowerValue.Value.End - upperValue.Value.Start, lowerText + between + upperText, Assignments);
    }

    /// <summary>Where the value of a one-line assignment starts and ends: after its operator, up to its ';' if any.</summary>
    private static (int Start, int End)? Value(List<CodeToken> line)
    {
        var op = AssignmentLine.TargetEnd(line);
        var last = line[^1].Is(";") ? line.Count - 2 : line.Count - 1;
        return op + 1 > last ? null : (line[op + 1].Start, line[last].End);
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
