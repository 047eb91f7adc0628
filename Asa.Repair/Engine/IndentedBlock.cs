namespace Asa.Repair.Engine;

/// <summary>Python's blocks as its indentation makes them: a header's body is the lines below it indented deeper.</summary>
public static class IndentedBlock
{
    /// <summary>The last line of the body of the statement that opens at 1-based <paramref name="header"/>; blank and comment lines do not end it.</summary>
    public static int BodyEnd(string[] lines, int header)
    {
        var indentation = Indentation(lines[header - 1]);
        var last = header;
        for (var number = header + 1; number <= lines.Length; number++)
        {
            var text = lines[number - 1];
            if (IsBlankOrComment(text))
            {
                continue;
            }
            if (Indentation(text) <= indentation)
            {
                break;
            }
            last = number;
        }
        return last;
    }

    public static int Indentation(string line) => line.Length - line.TrimStart(' ', '\t').Length;

    public static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');
}
