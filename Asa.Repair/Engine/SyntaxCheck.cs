using Asa.Repair.Indexing;
using Acornima;

namespace Asa.Repair.Engine;

/// <summary>
/// What can be checked of an edited file's syntax in process: JavaScript with a full parser (Acornima); Python and Java
/// only by their tokens (balanced brackets, and Python's block indentation), which misreads real code (backslash
/// continuations, for one), so it is only a filter in front of their own parsers, on files whose unchanged text passes
/// it (<see cref="CandidateSyntaxCheck"/>). C# is compiled with Roslyn instead (<see cref="CSharpProjectCompiler"/>).
/// </summary>
public static class SyntaxCheck
{
    public static bool IsValid(SourceLanguage language, string text, IReadOnlyList<CodeToken> tokens)
    {
        if (!BracketsBalance(tokens))
        {
            return false;
        }
        return language switch
        {
            SourceLanguage.JavaScript => JavaScriptParses(text),
            SourceLanguage.Python => PythonBlocksIndent(text, tokens),
            _ => true,
        };
    }

    public static bool BracketsBalance(IReadOnlyList<CodeToken> tokens)
    {
        var open = new Stack<char>();
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }
            switch (token.Text[0])
            {
                case '(' or '[' or '{':
                    open.Push(token.Text[0]);
                    break;
                case ')' when open.TryPop(out var o) && o == '(':
                case ']' when open.TryPop(out o) && o == '[':
                case '}' when open.TryPop(out o) && o == '{':
                    break;
                case ')' or ']' or '}':
                    return false;
            }
        }
        return open.Count == 0;
    }

    private static bool JavaScriptParses(string text)
    {
        try
        {
            new Parser().ParseScript(text);
            return true;
        }
        catch (ParseErrorException)
        {
            try
            {
                new Parser().ParseModule(text);
                return true;
            }
            catch (ParseErrorException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Python's rules for the lines that start a statement: a line ending in a colon opens a block that the next
    /// statement must be indented into; otherwise a statement may not be indented deeper, and a dedent must return to
    /// an enclosing block's indentation.
    /// </summary>
    private static bool PythonBlocksIndent(string text, IReadOnlyList<CodeToken> tokens)
    {
        var levels = new Stack<int>([0]);
        var depth = 0;
        var opensBlock = false;
        var previousLine = 0;
        CodeToken? last = null;
        foreach (var token in tokens.Where(t => t.Kind != TokenKind.Comment))
        {
            var startsStatement = token.Line != previousLine && depth == 0 && !(last is { } l && ContinuesLine(text, l));
            if (startsStatement)
            {
                var indent = IndentOf(text, token.Start);
                if (opensBlock)
                {
                    if (indent <= levels.Peek())
                    {
                        return false;
                    }
                    levels.Push(indent);
                }
                else if (indent > levels.Peek())
                {
                    return false;
                }
                else
                {
                    while (indent < levels.Peek())
                    {
                        levels.Pop();
                    }
                    if (indent != levels.Peek())
                    {
                        return false;
                    }
                }
                opensBlock = false;
            }
            depth += token.Text switch
            {
                "(" or "[" or "{" when token.Kind == TokenKind.Punctuation => 1,
                ")" or "]" or "}" when token.Kind == TokenKind.Punctuation => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                // A colon at the end of a statement's line opens a block (a lambda's or a slice's colon is not last).
                opensBlock = token.Is(":") && IsLastOnLine(text, token);
            }
            previousLine = token.Line + token.Text.Count(c => c == '\n');
            last = token;
        }
        return !opensBlock;
    }

    private static bool ContinuesLine(string text, CodeToken token)
    {
        var i = token.End;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i < text.Length && text[i] == '\\';
    }

    private static bool IsLastOnLine(string text, CodeToken token)
    {
        var i = token.End;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i >= text.Length || text[i] is '\n' or '\r' or '#';
    }

    private static int IndentOf(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var indent = 0;
        for (var i = lineStart; i < offset; i++)
        {
            indent += text[i] == '\t' ? 8 - indent % 8 : 1;
        }
        return indent;
    }
}
