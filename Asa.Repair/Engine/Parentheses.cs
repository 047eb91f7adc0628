namespace Asa.Repair.Engine;

/// <summary>Matching parentheses in a token list, other brackets not counted.</summary>
public static class Parentheses
{
    /// <summary>The index of the ')' that closes the '(' at <paramref name="open"/>, or -1.</summary>
    public static int Closing(IReadOnlyList<CodeToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += tokens[i].Text switch { "(" => 1, ")" => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
