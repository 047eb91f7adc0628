using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// The body of the innermost Python or JavaScript function around a line, found from the tokens: its first and last
/// token, where its last statement starts, its indentation, and where a statement added at its end goes.
/// </summary>
public sealed class FunctionBody
{
    private readonly HashSet<string> shared;
    private readonly HashSet<string>? declared;
    private readonly bool afterLast;

    private FunctionBody(int first, int last, int lastStatement, string indentation, int insertAt, bool afterLast, HashSet<string> shared, HashSet<string>? declared)
    {
        (First, Last, LastStatement, Indentation, InsertAt) = (first, last, lastStatement, indentation, insertAt);
        (this.afterLast, this.shared, this.declared) = (afterLast, shared, declared);
    }

    public int First { get; }

    public int Last { get; }

    /// <summary>The index of the first token of the body's last statement, at whatever depth of blocks.</summary>
    public int LastStatement { get; }

    public string Indentation { get; }

    public int InsertAt { get; }

    /// <summary>The text that adds <paramref name="statement"/> as the body's last statement, at <see cref="InsertAt"/>.</summary>
    public string Insertion(string statement) => afterLast ? "\n" + Indentation + statement : Indentation + statement + "\n";

    /// <summary>Whether assigning the name changes only the function's own variable (Python: not global or nonlocal; JavaScript: declared in it).</summary>
    public bool IsLocal(string name) => !shared.Contains(name) && (declared is null || declared.Contains(name));

    /// <summary>
    /// The innermost function around the site's line; a Python initialiser or a function annotated "-> None" only when
    /// <paramref name="evenWithoutResult"/> (they are meant to return nothing).
    /// </summary>
    public static FunctionBody? Around(MutationSite site, bool evenWithoutResult = false)
    {
        for (var k = site.First - 1; k >= 0; k--)
        {
            var body = site.Language switch
            {
                SourceLanguage.Python when site[k].Text == "def" && site[k].Kind == TokenKind.Keyword => Python(site, k, evenWithoutResult),
                SourceLanguage.JavaScript when site[k].Is("{") && IsJavaScriptFunctionBrace(site, k) => JavaScript(site, k),
                _ => null,
            };
            if (body is not null && body.First <= site.First && site.First <= body.Last)
            {
                return body;
            }
        }
        return null;
    }

    private static FunctionBody? Python(MutationSite site, int def, bool evenWithoutResult)
    {
        if (site.At(def + 1) is not { Kind: TokenKind.Identifier } name || name.Text == "__init__" && !evenWithoutResult || site.At(def + 2) is not { Text: "(" })
        {
            return null;
        }
        var colon = site.Closing(def + 2);
        while (colon > 0 && site.At(colon) is { } token && !(token.Is(":") && token.Kind == TokenKind.Operator))
        {
            // A function annotated to return None is meant to fall off its end.
            if (token.Text == "->" && site.At(colon + 1) is { Text: "None" } && !evenWithoutResult)
            {
                return null;
            }
            colon = token.Text is "(" or "[" && token.Kind == TokenKind.Punctuation ? site.Closing(colon) + 1 : colon + 1;
        }
        var first = colon + 1;
        if (colon <= 0 || first >= site.Tokens.Count || !StartsLine(site, first))
        {
            return null;
        }
        var defColumn = Column(site, LineStartIndex(site, def));
        var (last, lastStatement, depth) = (first, first, 0);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < site.Tokens.Count; i++)
        {
            if (StartsLine(site, i) && depth == 0)
            {
                if (Column(site, i) <= defColumn)
                {
                    break;
                }
                lastStatement = i;
            }
            var text = site[i].Text;
            depth += site[i].Kind != TokenKind.Punctuation ? 0 : text is "(" or "[" or "{" ? 1 : text is ")" or "]" or "}" ? -1 : 0;
            if (text is "global" or "nonlocal" && site[i].Kind == TokenKind.Keyword)
            {
                for (var j = i + 1; site.At(j) is { } n && n.Line == site[i].Line; j++)
                {
                    shared.Add(n.Text);
                }
            }
            last = i;
        }
        var lineEnd = site.Text.IndexOf('\n', site[last].End);
        return new FunctionBody(first, last, lastStatement, IndentationAt(site, first), lineEnd < 0 ? site.Text.Length : lineEnd, true, shared, null);
    }

    private static FunctionBody? JavaScript(MutationSite site, int open)
    {
        var close = site.Closing(open);
        var (first, last) = (open + 1, close - 1);
        if (close < 0 || first > last || !StartsLine(site, first) || !StartsLine(site, close))
        {
            return null;
        }
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var parametersEnd = open - 1;
        if (site[parametersEnd].Is("=>") && parametersEnd > 0)
        {
            parametersEnd--;
        }
        var parametersStart = site[parametersEnd].Is(")") ? Math.Max(0, site.Opening(parametersEnd)) : parametersEnd;
        for (var i = parametersStart; i <= parametersEnd; i++)
        {
            if (site[i].Kind == TokenKind.Identifier && site.At(i - 1) is not { Text: "=" })
            {
                declared.Add(site[i].Text);
            }
        }
        var (lastStatement, depth) = (first, 0);
        for (var i = first; i <= last; i++)
        {
            var token = site[i];
            var before = site[i - 1];
            var startsStatement = before.Text is ";" or "{" or "}" && before.Kind == TokenKind.Punctuation
                                  || StartsLine(site, i) && before.Kind != TokenKind.Operator && token.Kind != TokenKind.Operator;
            if (depth == 0 && startsStatement && !token.Is("}"))
            {
                lastStatement = i;
            }
            depth += token.Text is "(" or "[" && token.Kind == TokenKind.Punctuation ? 1 : token.Text is ")" or "]" && token.Kind == TokenKind.Punctuation ? -1 : 0;
            if (token.Text is "let" or "const" or "var" && site.At(i + 1) is { Kind: TokenKind.Identifier } declaredName)
            {
                declared.Add(declaredName.Text);
            }
        }
        var closeLineStart = site.Text.LastIndexOf('\n', site[close].Start - 1) + 1;
        return new FunctionBody(first, last, lastStatement, IndentationAt(site, first), closeLineStart, false, [], declared);
    }

    /// <summary>A brace that opens a function's body: after "=>", or after the parameters of "function f(…)" or a method "f(…)".</summary>
    private static bool IsJavaScriptFunctionBrace(MutationSite site, int open)
    {
        if (site.At(open - 1) is not { } before)
        {
            return false;
        }
        if (before.Is("=>"))
        {
            return true;
        }
        if (!before.Is(")"))
        {
            return false;
        }
        var parameters = site.Opening(open - 1);
        return site.At(parameters - 1) is { } name && (name.Text == "function" || name.Kind == TokenKind.Identifier);
    }

    private static bool StartsLine(MutationSite site, int index) =>
        index == 0 || site[index - 1].Line + site[index - 1].Text.Count('\n') < site[index].Line;

    private static int LineStartIndex(MutationSite site, int index)
    {
        while (index > 0 && !StartsLine(site, index))
        {
            index--;
        }
        return index;
    }

    private static int Column(MutationSite site, int index) => site[index].Start - (site.Text.LastIndexOf('\n', Math.Max(0, site[index].Start - 1)) + 1);

    private static string IndentationAt(MutationSite site, int index) => site.Text.Substring(site[index].Start - Column(site, index), Column(site, index));
}
