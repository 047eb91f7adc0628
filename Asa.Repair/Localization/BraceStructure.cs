namespace Asa.Repair.Localization;

/// <summary>
/// Where the body of a declaration ends in a brace language: strings and comments are blanked first so their braces
/// do not count, then every opening brace is paired with its closing one.
/// </summary>
internal sealed class BraceStructure
{
    private const int MaxHeaderLength = 2000;
    // A header runs on past its line only for wrapped parameters, constraints or an Allman brace.
    private const int MaxHeaderLines = 3;

    private readonly char[] code;
    private readonly Dictionary<int, int> closingOf = [];

    public BraceStructure(string text)
    {
        code = Blank(text);
        var open = new Stack<int>();
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '{')
            {
                open.Push(i);
            }
            else if (code[i] == '}' && open.TryPop(out var start))
            {
                closingOf[start] = i;
            }
        }
    }

    /// <summary>
    /// The offset where the declaration starting at <paramref name="offset"/> ends: its body's closing brace, or the
    /// semicolon of a body-less or expression-bodied one; null when neither follows soon.
    /// </summary>
    public int? EndOfDeclaration(int offset)
    {
        var parentheses = 0;
        var lines = 0;
        var lineIsBlank = false;
        for (var i = offset; i < code.Length && i < offset + MaxHeaderLength; i++)
        {
            // No header runs across a blank line, so one means the declaration had no body (Go's `type Mode int`).
            if (code[i] == '\n' && (lineIsBlank || (parentheses <= 0 && ++lines > MaxHeaderLines)))
            {
                return null;
            }
            lineIsBlank = code[i] == '\n' || (lineIsBlank && char.IsWhiteSpace(code[i]));
            switch (code[i])
            {
                case '(' or '[':
                    parentheses++;
                    break;
                case ')' or ']':
                    parentheses--;
                    break;
                case '{' when parentheses <= 0:
                    return closingOf.TryGetValue(i, out var close) ? close : code.Length - 1;
                case ';' when parentheses <= 0:
                    return i;
            }
        }
        return null;
    }

    private static char[] Blank(string text)
    {
        var result = text.ToCharArray();
        var i = 0;
        while (i < result.Length)
        {
            var c = result[i];
            var next = i + 1 < result.Length ? result[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = BlankUntil(result, i, j => result[j] == '\n', inclusive: false);
            }
            else if (c == '/' && next == '*')
            {
                i = BlankUntil(result, i + 2, j => result[j - 1] == '*' && result[j] == '/', inclusive: true, from: i);
            }
            else if (c is '"' or '\'' or '`')
            {
                var verbatim = c == '"' && i > 0 && result[i - 1] == '@';
                i = BlankString(result, i, c, verbatim);
            }
            else
            {
                i++;
            }
        }
        return result;
    }

    private static int BlankUntil(char[] text, int start, Func<int, bool> isEnd, bool inclusive, int? from = null)
    {
        var j = start;
        while (j < text.Length && !isEnd(j))
        {
            j++;
        }
        var end = inclusive ? Math.Min(j + 1, text.Length) : j;
        for (var k = from ?? start; k < end; k++)
        {
            if (text[k] != '\n')
            {
                text[k] = ' ';
            }
        }
        return end;
    }

    private static int BlankString(char[] text, int start, char quote, bool verbatim)
    {
        var j = start + 1;
        while (j < text.Length)
        {
            if (!verbatim && text[j] == '\\')
            {
                j += 2;
                continue;
            }
            // A quote or apostrophe string never spans lines; stopping at the newline keeps one stray quote local.
            if (text[j] == quote || (quote != '`' && !verbatim && text[j] == '\n'))
            {
                break;
            }
            j++;
        }
        var end = Math.Min(j + 1, text.Length);
        for (var k = start; k < end; k++)
        {
            if (text[k] != '\n')
            {
                text[k] = ' ';
            }
        }
        return end;
    }
}
