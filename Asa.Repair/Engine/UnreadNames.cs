namespace Asa.Repair.Engine;

/// <summary>
/// The names a file gives a value once and never names again: a local, constant or field set and never read, what a
/// compiler's or linter's unused warning points at. Attributes and methods (after a '.') belong to their owner and are
/// not counted; keyword arguments and annotation values (after '(' or ',') are not declarations.
/// </summary>
public static class UnreadNames
{
    public static HashSet<string> In(IReadOnlyList<CodeToken> tokens)
    {
        var once = Names(tokens).CountBy(name => name, StringComparer.Ordinal).Where(c => c.Value == 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (once.Contains(tokens[i].Text) && tokens[i + 1].Text == "=" && (i == 0 || tokens[i - 1].Text is not ("." or "?." or "(" or ",")))
            {
                unread.Add(tokens[i].Text);
            }
        }
        return unread;
    }

    /// <summary>How many times the file names each name, attributes and methods left out.</summary>
    public static Dictionary<string, int> Counts(IReadOnlyList<CodeToken> tokens) =>
        Names(tokens).CountBy(name => name, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    private static IEnumerable<string> Names(IReadOnlyList<CodeToken> tokens) =>
        tokens.Where((t, i) => t.Kind == TokenKind.Identifier && (i == 0 || tokens[i - 1].Text is not ("." or "?."))).Select(t => t.Text);
}
