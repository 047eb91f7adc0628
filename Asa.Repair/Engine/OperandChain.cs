namespace Asa.Repair.Engine;

/// <summary>
/// The chain of names, dots, calls and indexes that makes one operand (<c>self.rows[i].total()</c>), found in a token
/// list from its last token backwards or from its first forwards, within bounds.
/// </summary>
public static class OperandChain
{
    /// <summary>The chain whose last token is at <paramref name="last"/>, starting at <paramref name="floor"/> or after; null when there is none.</summary>
    public static (int First, int Last)? EndingAt(IReadOnlyList<CodeToken> tokens, int last, int floor = 0)
    {
        if (last < floor || last >= tokens.Count)
        {
            return null;
        }
        var first = last;
        while (first >= floor)
        {
            var token = tokens[first];
            if (token.Text is ")" or "]" && Matching(tokens, first, -1) is var open && open >= 0)
            {
                first = open - 1;
            }
            else if (IsName(token))
            {
                if (first - 2 >= floor && tokens[first - 1].Text is "." or "?.")
                {
                    first -= 2;
                    continue;
                }
                return (first, last);
            }
            else
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The chain whose first token is at <paramref name="first"/>, ending before <paramref name="end"/>; null when there is none.</summary>
    public static (int First, int Last)? StartingAt(IReadOnlyList<CodeToken> tokens, int first, int? end = null)
    {
        var limit = end ?? tokens.Count;
        if (first < 0 || first >= limit || !IsName(tokens[first]))
        {
            return null;
        }
        var last = first;
        while (last + 1 < limit)
        {
            var next = tokens[last + 1];
            if (next.Text is "(" or "[" && Matching(tokens, last + 1, 1) is var close && close > last && close < limit)
            {
                last = close;
            }
            else if (next.Text is "." or "?." && last + 2 < limit && tokens[last + 2].Kind == TokenKind.Identifier)
            {
                last += 2;
            }
            else
            {
                break;
            }
        }
        return (first, last);
    }

    private static bool IsName(CodeToken token) => token.Kind == TokenKind.Identifier || token.Text is "self" or "this";

    /// <summary>The bracket of any kind matching the one at <paramref name="at"/>, looking in <paramref name="direction"/>; -1 when none does.</summary>
    private static int Matching(IReadOnlyList<CodeToken> tokens, int at, int direction)
    {
        var depth = 0;
        for (var i = at; i >= 0 && i < tokens.Count; i += direction)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }
            depth += tokens[i].Text is "(" or "[" or "{" ? direction : tokens[i].Text is ")" or "]" or "}" ? -direction : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
