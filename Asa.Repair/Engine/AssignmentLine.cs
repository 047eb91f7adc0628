namespace Asa.Repair.Engine;

/// <summary>
/// A line that is one assignment of a name, an attribute or an element (<c>total += x</c>, <c>self.count = 0</c>,
/// <c>row[i] = v;</c>, <c>n++;</c>): what it assigns, as written, and with which operator.
/// </summary>
public readonly record struct AssignmentLine(string Target, string Operator)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=", "??=",
    };

    /// <summary>The assignment the line's tokens make, when they make one and nothing else; null otherwise.</summary>
    public static AssignmentLine? Of(IReadOnlyList<CodeToken> line)
    {
        var end = TargetEnd(line);
        if (end <= 0 || end >= line.Count)
        {
            return null;
        }
        var op = line[end].Text;
        var assigns = Operators.Contains(op) || op is "++" or "--" && end + 1 < line.Count && line[end + 1].Is(";");
        var single = line.Skip(end + 1).Count(t => t.Text == ";") <= 1 && !line.Skip(end + 1).Any(t => Operators.Contains(t.Text));
        return assigns && single ? new AssignmentLine(Text(line, end), op) : null;
    }

    /// <summary>
    /// Where the dotted name, with subscripts, that starts the line ends (<c>self.totals[key]</c>, <c>this.count</c>):
    /// the index of the token after it, or 0 when the line starts with no such name.
    /// </summary>
    public static int TargetEnd(IReadOnlyList<CodeToken> line)
    {
        var end = 0;
        while (end < line.Count)
        {
            if (line[end].Kind != TokenKind.Identifier && line[end].Text is not ("self" or "this"))
            {
                return 0;
            }
            end++;
            if (end < line.Count && line[end].Is("["))
            {
                var depth = 0;
                do
                {
                    depth += line[end].Text switch { "[" => 1, "]" => -1, _ => 0 };
                    end++;
                }
                while (end < line.Count && depth > 0);
            }
            if (end < line.Count && line[end].Is("."))
            {
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    public static string Text(IReadOnlyList<CodeToken> line, int end) => string.Concat(line.Take(end).Select(t => t.Text));
}
