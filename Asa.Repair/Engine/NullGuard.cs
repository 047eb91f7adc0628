using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP2 (insert null pointer checker) in a condition: before the part of an if/elif/while condition that reads an
/// attribute, calls a method or indexes a name, tests the name for None/null: <c>x is not None and …</c> /
/// <c>x != null &amp;&amp; …</c>, or <c>x is None or …</c> / <c>x == null || …</c> (in C#, <c>is not null</c> and
/// <c>is null</c> unless the file compares with null by operator). A line that dereferences a name
/// outside a condition gets no early guard here.
/// </summary>
public sealed class NullGuard : IMutationOperator
{
    private const int ReceiversPerSite = 3;

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || ConditionMutation.Condition(site) is not var (first, last))
        {
            yield break;
        }
        var receivers = Receivers(site, first, last)
            .DistinctBy(r => r.Text, StringComparer.Ordinal)
            .Select((r, order) => (r.Text, r.Index, Nullable: IsNullable(site, r.Text), order))
            .OrderByDescending(r => r.Nullable)
            .ThenBy(r => r.order)
            .Take(ReceiversPerSite);
        var python = site.Language == SourceLanguage.Python;
        var patterns = UsesNullPatterns(site);
        foreach (var (receiver, index, nullable, _) in receivers)
        {
            var (termStart, termEnd, looseEdges, whole) = Term(site, first, last, index);
            var start = site[termStart].Start;
            var term = site.Text[start..site[termEnd].End];
            var present = python ? $"{receiver} is not None and " : patterns ? $"{receiver} is not null && " : $"{receiver} != null && ";
            var absent = python ? $"{receiver} is None or " : patterns ? $"{receiver} is null || " : $"{receiver} == null || ";
            var withPresent = looseEdges ? $"({present}{term})" : present + term;
            var withAbsent = whole ? absent + term : $"({absent}{term})";
            // A name the scope compares with None or sets to None is known to be missing at times.
            yield return new MutationEdit("null guard", $"guard '{term}' with '{present.Trim()}'", start, term.Length, withPresent, nullable ? 0.7 : 0.3);
            yield return new MutationEdit("null guard", $"guard '{term}' with '{absent.Trim()}'", start, term.Length, withAbsent, nullable ? 0.6 : 0.25);
        }
    }

    /// <summary>
    /// Whether a C# file tests for null with patterns (<c>is null</c>, <c>is not null</c>): .NET's own style
    /// (IDE0041) and what no overloaded <c>==</c> can change, unless the file itself writes <c>== null</c> or
    /// <c>!= null</c>.
    /// </summary>
    private static bool UsesNullPatterns(MutationSite site) =>
        site.Language == SourceLanguage.CSharp
        && !Enumerable.Range(0, site.Tokens.Count - 1).Any(i => site[i].Text is "==" or "!=" && site[i + 1].Text == "null");

    /// <summary>The names and dotted names (not self or this alone) the condition reads an attribute of, calls a method on, or indexes.</summary>
    private static IEnumerable<(string Text, int Index)> Receivers(MutationSite site, int first, int last)
    {
        var bound = BoundInCondition(site, first, last);
        var imported = ImportedNames(site);
        for (var i = first; i <= last; i++)
        {
            var token = site[i];
            if (site.At(i - 1) is { Text: "." or "?." } || token.Kind == TokenKind.Keyword && token.Text is not ("self" or "this")
                || token.Kind is not (TokenKind.Identifier or TokenKind.Keyword) || char.IsUpper(token.Text[0]) || bound.Contains(token.Text) || imported.Contains(token.Text))
            {
                continue;
            }
            for (var end = i; end + 1 <= last; end += 2)
            {
                var next = site[end + 1];
                if (!next.Is(".") && !next.Is("[") || end == i && token.Kind == TokenKind.Keyword && next.Is("["))
                {
                    break;
                }
                var text = site.Text[token.Start..site[end].End];
                if (end > i || token.Kind != TokenKind.Keyword)
                {
                    if (!TestedInCondition(site, first, last, text))
                    {
                        yield return (text, i);
                    }
                }
                if (next.Is("[") || site.At(end + 2) is not { Kind: TokenKind.Identifier } || site.At(end + 3) is { Text: "(" })
                {
                    break;
                }
            }
        }
    }

    /// <summary>Whether the condition already uses the name other than to read from it (a test, a comparison, an argument).</summary>
    private static bool TestedInCondition(MutationSite site, int first, int last, string receiver)
    {
        for (var i = first; i <= last; i++)
        {
            var end = site[i].Start + receiver.Length <= site.Text.Length && string.CompareOrdinal(site.Text, site[i].Start, receiver, 0, receiver.Length) == 0
                ? EndOf(site, i, receiver)
                : -1;
            if (end >= 0 && site.At(i - 1) is not { Text: "." or "?." } && site.At(end + 1) is not { Text: "." or "[" or "?." or "(" })
            {
                return true;
            }
        }
        return false;
    }

    private static int EndOf(MutationSite site, int start, string text)
    {
        for (var i = start; i < site.Tokens.Count && site[i].End <= site[start].Start + text.Length; i++)
        {
            if (site[i].End == site[start].Start + text.Length)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The operand of the condition's and/or chain that holds the token: its first and last token, whether it borders
    /// something looser than "and" (a conditional, "??", a comma), and whether it is the whole condition.
    /// </summary>
    private static (int Start, int End, bool LooseEdges, bool Whole) Term(MutationSite site, int first, int last, int index)
    {
        // Inside a call's or an index's brackets the operand is the whole call: step out to the bracket, up to a
        // grouping bracket or the condition itself.
        var (low, high, anchor) = (first, last, index);
        while (UnclosedBefore(site, first, anchor) is var open && open >= 0)
        {
            if (site.Closing(open) is var close && (close < 0 || close > last))
            {
                break;
            }
            if (site[open].Is("(") && !OperatorSwap.IsBinary(site, open))
            {
                (low, high) = (open + 1, close - 1);
                break;
            }
            anchor = open;
        }
        var (start, end) = (low, high);
        var depth = 0;
        for (var i = anchor - 1; i >= low; i--)
        {
            depth += Depth(site[i], closing: 1);
            if (depth == 0 && IsBoundary(site[i]))
            {
                start = i + 1;
                break;
            }
        }
        depth = 0;
        for (var i = anchor; i <= high; i++)
        {
            depth += Depth(site[i], closing: -1);
            if (depth == 0 && IsBoundary(site[i]))
            {
                end = i - 1;
                break;
            }
        }
        var loose = IsLoose(site.At(start - 1), start - 1 >= first) || IsLoose(site.At(end + 1), end + 1 <= last);
        return (start, end, loose, start == first && end == last);
    }

    private static int UnclosedBefore(MutationSite site, int first, int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= first; i--)
        {
            depth += Depth(site[i], closing: 1);
            if (depth < 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static int Depth(CodeToken token, int closing) =>
        token.Kind != TokenKind.Punctuation ? 0 : token.Text is ")" or "]" or "}" ? closing : token.Text is "(" or "[" or "{" ? -closing : 0;

    private static bool IsBoundary(CodeToken token) =>
        token.Text is "and" or "or" or "&&" or "||" or "?" or "??" or "," && token.Kind is TokenKind.Keyword or TokenKind.Operator
        || token.Text is ":" or "if" or "else" or "lambda" && token.Kind is TokenKind.Keyword or TokenKind.Operator;

    private static bool IsLoose(CodeToken? edge, bool inside) =>
        inside && edge is { } token && IsBoundary(token) && token.Text is not ("and" or "or" or "&&" or "||");

    /// <summary>Names a comprehension, a lambda or an arrow function binds inside the condition: a guard before it could not see them.</summary>
    private static HashSet<string> BoundInCondition(MutationSite site, int first, int last)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i <= last; i++)
        {
            if (site[i].Text is "for" or "lambda" && site[i].Kind == TokenKind.Keyword)
            {
                for (var j = i + 1; j <= last && site[j].Text is not ("in" or ":"); j++)
                {
                    bound.Add(site[j].Text);
                }
            }
            else if (site[i].Is("=>"))
            {
                for (var j = i - 1; j >= first && (site[j].Kind == TokenKind.Identifier || site[j].Text is "," or "(" or ")"); j--)
                {
                    bound.Add(site[j].Text);
                    if (site[j].Text == "(")
                    {
                        break;
                    }
                }
            }
        }
        return bound;
    }

    /// <summary>Modules and what is imported from them: never None.</summary>
    private static HashSet<string> ImportedNames(MutationSite site)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < site.Tokens.Count; i++)
        {
            var token = site[i];
            if (token.Text is "import" or "from" && token.Kind == TokenKind.Keyword && (i == 0 || site[i - 1].Line != token.Line))
            {
                for (var j = i; j < site.Tokens.Count && site[j].Line == token.Line; j++)
                {
                    names.Add(site[j].Text);
                }
            }
            else if (token.Text == "require" && site.At(i - 1) is { Text: "=" } && site.At(i - 2) is { Kind: TokenKind.Identifier } module)
            {
                names.Add(module.Text);
            }
        }
        return names;
    }

    /// <summary>Whether the scope, away from this line, compares the name with None/null, sets it to None/null, or sets it from a lookup that may find nothing.</summary>
    private static bool IsNullable(MutationSite site, string receiver)
    {
        foreach (var i in site.ScopeTokens())
        {
            if (site[i].Line == site.Line || site[i].Start + receiver.Length > site.Text.Length
                || string.CompareOrdinal(site.Text, site[i].Start, receiver, 0, receiver.Length) != 0 || EndOf(site, i, receiver) is var end && end < 0)
            {
                continue;
            }
            var at = end + 1;
            if (site.At(at) is { Text: "is" } && site.At(at + 1) is { Text: "not" })
            {
                at++;
            }
            if (site.At(at) is { Text: "=" or "==" or "!=" or "===" or "!==" or "is" } && site.At(at + 1) is { Text: "None" or "null" or "undefined" })
            {
                return true;
            }
            if (site.At(at) is { Text: "=" } && Enumerable.Range(at + 1, 40).TakeWhile(j => site.At(j) is { } t && t.Line == site[at].Line)
                    .Any(j => site[j].Text is "get" or "find" or "pop" or "FirstOrDefault" or "SingleOrDefault" or "GetValueOrDefault" && site.At(j - 1) is { Text: "." } && site.At(j + 1) is { Text: "(" }))
            {
                return true;
            }
        }
        return false;
    }
}
