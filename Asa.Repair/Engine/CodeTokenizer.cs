using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// Splits source text into tokens: enough of each language's lexical grammar (comments, the string forms, numbers,
/// operators) that an edit made to a token never lands inside a string or a comment.
/// </summary>
public static class CodeTokenizer
{
    private static readonly string[] CLikeOperators =
    [
        ">>>=", "===", "!==", ">>>", "<<=", ">>=", "**=", "??=", "...", "?.", "??", "=>", "->", "==", "!=", "<=", ">=", "&&", "||",
        "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>", "::",
    ];

    private static readonly string[] PythonOperators =
    [
        "**=", "//=", ">>=", "<<=", "...", "->", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "//",
        "<<", ">>", ":=",
    ];

    private const string SingleOperators = "+-*/%=<>!&|^~?:.,@";
    private const string Punctuation = "()[]{};";

    public static IReadOnlyList<CodeToken> Tokenize(SourceLanguage language, string text)
    {
        var tokens = new List<CodeToken>();
        var operators = language == SourceLanguage.Python ? PythonOperators : CLikeOperators;
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (language == SourceLanguage.Python && c == '#' || language.IsCLike() && c == '/' && At(text, i + 1) == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
                kind = TokenKind.Comment;
            }
            else if (language.IsCLike() && c == '/' && At(text, i + 1) == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 2;
                kind = TokenKind.Comment;
            }
            else if (StringLength(language, text, i) is > 0 and var length)
            {
                i += length;
                kind = TokenKind.String;
            }
            else if (char.IsAsciiDigit(c) || c == '.' && char.IsAsciiDigit(At(text, i + 1)))
            {
                i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'
                       || text[i] == '.' && char.IsAsciiDigit(At(text, i + 1))
                       || (text[i] is '+' or '-') && (text[i - 1] is 'e' or 'E') && !text[start..i].StartsWith("0x", StringComparison.OrdinalIgnoreCase)))
                {
                    i++;
                }
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c) || c is '_' or '$' || c == '@' && language == SourceLanguage.CSharp && char.IsLetter(At(text, i + 1)))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }
                kind = LanguageKeywords.IsKeyword(language, text[start..i]) ? TokenKind.Keyword : TokenKind.Identifier;
            }
            else if (operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0) is { } op)
            {
                i += op.Length;
                kind = TokenKind.Operator;
            }
            else if (Punctuation.Contains(c))
            {
                i++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                // Anything else ('#' in C#'s directives, a stray backslash) is kept as a one-character operator.
                i++;
                kind = TokenKind.Operator;
            }
            tokens.Add(new CodeToken(kind, text[start..i], start, line));
            line += text.AsSpan(start, i - start).Count('\n');
        }
        return tokens;
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    /// <summary>The length of the string literal that starts at <paramref name="i"/>, or 0 when none does.</summary>
    private static int StringLength(SourceLanguage language, string text, int i)
    {
        var prefix = 0;
        if (language == SourceLanguage.Python)
        {
            while (prefix < 2 && "rRbBuUfF".Contains(At(text, i + prefix)))
            {
                prefix++;
            }
            if (prefix > 0 && i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_'))
            {
                return 0;
            }
        }
        else if (language == SourceLanguage.CSharp)
        {
            while (prefix < 2 && At(text, i + prefix) is '@' or '$')
            {
                prefix++;
            }
        }

        var quote = At(text, i + prefix);
        var quotes = language == SourceLanguage.JavaScript ? "\"'`" : "\"'";
        if (quote == '\0' || !quotes.Contains(quote))
        {
            return 0;
        }
        var open = i + prefix;
        // Python's triple-quoted strings, Java's text blocks and C#'s raw strings.
        var triple = (quote == '"' || language == SourceLanguage.Python) && At(text, open + 1) == quote && At(text, open + 2) == quote;
        if (triple)
        {
            var delimiter = new string(quote, 3);
            var close = text.IndexOf(delimiter, open + 3, StringComparison.Ordinal);
            return close < 0 ? text.Length - i : close + 3 - i;
        }

        var verbatim = language == SourceLanguage.CSharp && text.AsSpan(i, prefix).Contains('@');
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\\' && !verbatim)
            {
                j++;
                continue;
            }
            if (c == quote)
            {
                if (verbatim && At(text, j + 1) == quote)
                {
                    j++;
                    continue;
                }
                return j + 1 - i;
            }
            if (c == '\n' && quote != '`' && !verbatim)
            {
                return j - i;
            }
        }
        return text.Length - i;
    }
}
