using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// The expression statements of a Python or JavaScript line that have no effect (Pylint W0104 pointless-statement,
/// ESLint no-unused-expressions): a value is computed and dropped. Not a call (a call nested in an operand is fine), no
/// assignment, no ++/--, no await/yield/delete/new, and not a string (a docstring or a directive such as 'use strict'),
/// `...` or `pass`.
/// </summary>
public static class PointlessStatement
{
    private static readonly HashSet<string> Effects = new(StringComparer.Ordinal)
    {
        "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=", ">>>=", "??=", "||=", "&&=", ":=",
        "++", "--", "=>", "...", "await", "yield", "delete", "del", "new", "void", "lambda", "function", "class", "import",
        "print", "assert", "raise", "throw",
    };

    private const int MaxTokens = 400;

    private static readonly HashSet<string> PythonCompound = new(StringComparer.Ordinal)
    {
        "if", "elif", "else", "while", "for", "with", "try", "except", "finally",
    };

    /// <summary>The first and last token of each pointless expression statement that starts on the site's line.</summary>
    public static IEnumerable<(int First, int Last)> On(MutationSite site)
    {
        if (site.IsEmpty || site.Language is not (SourceLanguage.Python or SourceLanguage.JavaScript))
        {
            yield break;
        }
        foreach (var start in Starts(site))
        {
            if (End(site, start) is var last && last >= start && IsPointless(site, start, last))
            {
                yield return (start, last);
            }
        }
    }

    private static IEnumerable<int> Starts(MutationSite site)
    {
        var python = site.Language == SourceLanguage.Python;
        var depth = 0;
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            var before = site.At(i - 1);
            var starts = i == site.First
                ? before is not { } previous || previous.Text is ";" or "}" || IsBlockOpening(site, i - 1) || python && previous.Is(":")
                  || previous.Kind != TokenKind.Operator && (python || previous.Kind != TokenKind.Keyword && !ContinuesAnother(token)) && !(previous.Text is "(" or "[" or "{")
                : depth == 0 && before is { } b && (b.Is(";") || !python && IsBlockOpening(site, i - 1)
                    || python && b.Is(":") && PythonCompound.Contains(site[site.First].Text) && IsFirstColon(site, i - 1));
            if (starts && !token.Is("}"))
            {
                yield return i;
            }
            depth += token.Kind != TokenKind.Punctuation ? 0 : token.Text is "(" or "[" ? 1 : token.Text is ")" or "]" ? -1 : 0;
        }
    }

    /// <summary>A JavaScript line after one with no semicolon continues its expression when it starts with an operator or a bracket.</summary>
    private static bool ContinuesAnother(CodeToken token) =>
        token.Kind == TokenKind.Operator && token.Text is not ("!" or "~" or "++" or "--") || token.Text is "(" or "[";

    private static bool IsFirstColon(MutationSite site, int colon)
    {
        var depth = 0;
        for (var i = site.First; i < colon; i++)
        {
            depth += site[i].Kind != TokenKind.Punctuation ? 0 : site[i].Text is "(" or "[" or "{" ? 1 : site[i].Text is ")" or "]" or "}" ? -1 : 0;
            if (depth == 0 && site[i].Is(":"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A brace that opens a block of statements, not an object literal.</summary>
    private static bool IsBlockOpening(MutationSite site, int index) =>
        site[index].Is("{") && site.At(index - 1) is { } before && (before.Is(")") || before.Text is "else" or "do" or "try" or "finally" or "=>");

    /// <summary>
    /// The statement's last token (before its ';' or the closing brace of its block; on a later line when brackets
    /// carry it on), or -1 when where it ends is unclear (a continuation by backslash or by a leading operator).
    /// </summary>
    private static int End(MutationSite site, int start)
    {
        var depth = 0;
        for (var i = start; i < site.Tokens.Count && i - start < MaxTokens; i++)
        {
            var token = site[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                depth += token.Text is "(" or "[" or "{" ? 1 : token.Text is ")" or "]" or "}" ? -1 : 0;
            }
            if (depth < 0)
            {
                // Only a block's closing brace ends a statement; a closing parenthesis means the line continues one.
                return token.Is("}") && site.Language == SourceLanguage.JavaScript ? i - 1 : -1;
            }
            if (depth == 0 && token.Is(";"))
            {
                return i - 1;
            }
            var next = site.At(i + 1);
            if (depth > 0 || next is { } following && following.Line <= token.Line + token.Text.Count('\n'))
            {
                continue;
            }
            var lineEnd = site.Text.IndexOf('\n', token.End) is var newline && newline < 0 ? site.Text.Length : newline;
            if (token.Kind == TokenKind.Operator || site.Text[token.End..lineEnd].TrimEnd().EndsWith('\\'))
            {
                return -1;
            }
            // JavaScript without a semicolon: the statement ends here only if the next line cannot continue it.
            return site.Language == SourceLanguage.JavaScript && next is { } after && (after.Kind == TokenKind.Operator || after.Text is "(" or "[") ? -1 : i;
        }
        return -1;
    }

    private static bool IsPointless(MutationSite site, int first, int last)
    {
        var head = site[first];
        if (!(head.Kind is TokenKind.Identifier or TokenKind.Number || head.Text is "(" or "[" or "!" or "-" or "+" or "~" or "not" or "this" or "self" or "typeof"))
        {
            return false;
        }
        if (site.Language == SourceLanguage.JavaScript && site.At(first + 1) is { Text: ":" } && first + 1 <= last)
        {
            return false;
        }
        // "(a(b)\n * c)": what the brackets around the whole statement hold is what is judged.
        while (site[first].Is("(") && site.Closing(first) == last && last - first > 1)
        {
            (first, last) = (first + 1, last - 1);
        }
        var (depth, calls, topOperator, shortCircuit) = (0, false, false, false);
        for (var i = first; i <= last; i++)
        {
            var token = site[i];
            if (token.Kind != TokenKind.String && token.Kind != TokenKind.Number && Effects.Contains(token.Text))
            {
                return false;
            }
            calls |= token.Text is "(" && token.Kind == TokenKind.Punctuation && IsCall(site, i)
                     || token.Kind == TokenKind.String && token.Text.StartsWith('`') && site.At(i - 1) is { Kind: TokenKind.Identifier };
            if (depth == 0 && token.Kind is TokenKind.Operator or TokenKind.Keyword && token.Text is not ("." or "?." or "this" or "self"))
            {
                topOperator = true;
                shortCircuit |= token.Text is "and" or "or" or "&&" or "||" or "??" or "?" or "if";
            }
            depth += token.Kind != TokenKind.Punctuation ? 0 : token.Text is "(" or "[" or "{" ? 1 : token.Text is ")" or "]" or "}" ? -1 : 0;
            // A Python annotation ("total: int") declares a name; it computes nothing.
            if (site.Language == SourceLanguage.Python && depth == 0 && token.Is(":"))
            {
                return false;
            }
        }
        // As Pylint and ESLint judge it: a statement that is a call is kept for its effect, and so is a call behind a
        // short-circuit ("ready and start()"); a value computed from a call and dropped is not.
        return !calls || topOperator && !shortCircuit;
    }

    private static bool IsCall(MutationSite site, int open) =>
        site.At(open - 1) is { } before && (before.Kind == TokenKind.Identifier || before.Text is ")" or "]" or "?." or "super" or "this" || before.Kind == TokenKind.String);
}
