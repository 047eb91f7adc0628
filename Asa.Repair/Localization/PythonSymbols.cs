using System.Text.RegularExpressions;

namespace Asa.Repair.Localization;

/// <summary>Python classes and functions; a body ends before the next code line indented no deeper than its header.</summary>
internal static partial class PythonSymbols
{
    public static IReadOnlyList<CodeSymbol> Extract(string text)
    {
        var lines = text.Split('\n');
        var symbols = new List<CodeSymbol>();
        var classIndents = new Stack<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Definition().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }
            var indent = IndentOf(lines[i]);
            while (classIndents.TryPeek(out var enclosing) && enclosing >= indent)
            {
                classIndents.Pop();
            }
            var kind = match.Groups["keyword"].Value == "class" ? "class" : classIndents.Count > 0 ? "method" : "function";
            if (kind == "class")
            {
                classIndents.Push(indent);
            }
            symbols.Add(new CodeSymbol(match.Groups["name"].Value, kind, i + 1, EndOf(lines, i, indent)));
        }
        return symbols;
    }

    private static int EndOf(string[] lines, int header, int indent)
    {
        var last = header;
        // Bracketed headers may continue on lines indented less than the body.
        var open = Balance(lines[header]);
        for (var i = header + 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var content = line.TrimStart();
            if (open > 0)
            {
                open += Balance(line);
                last = i;
                continue;
            }
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }
            if (IndentOf(line) <= indent)
            {
                break;
            }
            last = i;
        }
        return last + 1;
    }

    private static int Balance(string line) =>
        line.Count(c => c is '(' or '[' or '{') - line.Count(c => c is ')' or ']' or '}');

    private static int IndentOf(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width += 8 - (width % 8);
            }
            else
            {
                break;
            }
        }
        return width;
    }

    [GeneratedRegex(@"^[ \t]*(?:async[ \t]+)?(?<keyword>def|class)[ \t]+(?<name>\w+)")]
    private static partial Regex Definition();
}
