using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP6 (mutate conditional expression: expand it) and ManySStuBs4J's "more specific if" and "less specific if": a
/// condition at the line gains a part that another condition of the same file tests, joined by and/or, as it is or
/// negated (<c>if booking.customer == customer</c> to <c>… and booking.status is not Status.CANCELLED</c>). The
/// conditions are if/elif/while headers, comprehension filters, the bodies of one-line lambdas given to a predicate
/// (<c>filter</c>, <c>Where</c>, <c>anyMatch</c>) and returned comparisons. A part is taken only when every name it
/// reads is in scope at the line; parts that read what the condition reads come first (the context similarity by which
/// CapGen, Wen et al. ICSE 2018, ranks its ingredients).
/// </summary>
public sealed class ConditionExpansion : IMutationOperator
{
    private const int PartsPerCondition = 4;

    private static readonly HashSet<string> Predicates = new(StringComparer.Ordinal)
    {
        "filter", "Where", "Any", "All", "Count", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault",
        "TakeWhile", "SkipWhile", "RemoveAll", "Exists", "FindAll", "Find", "FindIndex", "anyMatch", "allMatch", "noneMatch",
        "removeIf", "takeWhile", "dropWhile", "some", "every", "find", "findIndex", "findLast", "findLastIndex",
    };

    private static readonly Dictionary<string, string> Opposites = new(StringComparer.Ordinal)
    {
        ["=="] = "!=", ["!="] = "==", ["==="] = "!==", ["!=="] = "===", ["<"] = ">=", [">="] = "<", [">"] = "<=", ["<="] = ">",
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty)
        {
            yield break;
        }
        var inScope = NamesInScope(site);
        foreach (var (first, last) in Conditions(site, site.First, site.End))
        {
            var own = Parts(site, first, last).Select(p => Normal(site, p.First, p.Last)).ToHashSet(StringComparer.Ordinal);
            var read = Names(site, first, last).Where(n => n is not ("self" or "this")).ToHashSet(StringComparer.Ordinal);
            var parts = FileParts(site)
                .Where(p => p.Last < first || p.First > last)
                .Select(p => (p.First, p.Last, Text: Normal(site, p.First, p.Last)))
                .Where(p => !own.Contains(p.Text) && FreeNames(site, p.First, p.Last).All(inScope.Contains))
                .DistinctBy(p => p.Text, StringComparer.Ordinal)
                .Select(p => (p.First, p.Last, p.Text, Shares: Names(site, p.First, p.Last).Any(read.Contains), Distance: Math.Abs(site[p.First].Line - site.Line)))
                .OrderByDescending(p => p.Shares)
                .ThenBy(p => p.Distance)
                .Take(PartsPerCondition)
                .ToList();
            var condition = site.Text[site[first].Start..site[last].End];
            var forAnd = NeedsBrackets(site, first, last, joinedByOr: false) ? $"({condition})" : condition;
            var forOr = NeedsBrackets(site, first, last, joinedByOr: true) ? $"({condition})" : condition;
            var (and, or) = site.Language == SourceLanguage.Python ? ("and", "or") : ("&&", "||");
            foreach (var part in parts)
            {
                var written = site.Text[site[part.First].Start..site[part.Last].End];
                var negated = Negated(site, part.First, part.Last);
                var (andPrior, orPrior) = part.Shares ? (0.4, 0.3) : (0.25, 0.2);
                foreach (var (joined, joiner, prior) in new[]
                {
                    (written, and, andPrior), (negated, and, andPrior), (written, or, orPrior), (negated, or, orPrior),
                })
                {
                    var text = (joiner == and ? forAnd : forOr) + $" {joiner} {joined}";
                    yield return new MutationEdit("condition", $"add '{joiner} {joined}' to the condition", site[first].Start, condition.Length, text, prior);
                }
            }
        }
    }

    /// <summary>The conditions that start on the line from <paramref name="from"/> to <paramref name="to"/> (token indices): first and last token each.</summary>
    private static IEnumerable<(int First, int Last)> Conditions(MutationSite site, int from, int to)
    {
        var python = site.Language == SourceLanguage.Python;
        for (var i = from; i < to; i++)
        {
            var token = site[i];
            if (token.Kind == TokenKind.Keyword && token.Text is "if" or "elif" or "while")
            {
                if (!python)
                {
                    if (site.At(i + 1) is { Text: "(" } && site.Closing(i + 1) is var close && close > i + 2)
                    {
                        yield return (i + 2, close - 1);
                    }
                }
                else if (i == from && ExpressionEnd(site, i + 1, stopAtColon: true) is var end && end > i && site.At(end + 1) is { Text: ":" })
                {
                    yield return (i + 1, end);
                }
                // A comprehension's filter, which may start a line of its own.
                else if (token.Text == "if" && ExpressionEnd(site, i + 1, stopAtColon: false) is var filterEnd && filterEnd > i
                         && site.At(filterEnd + 1) is not { Text: "else" } && site.At(i - 1) is not { Text: "else" })
                {
                    yield return (i + 1, filterEnd);
                }
            }
            else if (token.Text is "=>" or "->" && token.Kind == TokenKind.Operator && site.At(i + 1) is not { Text: "{" }
                     && ExpressionEnd(site, i + 1, stopAtColon: false) is var bodyEnd && bodyEnd > i
                     && (TestsSomething(site, i + 1, bodyEnd) || CalledPredicate(site, i)))
            {
                yield return (i + 1, bodyEnd);
            }
            else if (token.Text == "return" && token.Kind == TokenKind.Keyword
                     && ExpressionEnd(site, i + 1, stopAtColon: python) is var returnEnd && returnEnd > i && TestsSomething(site, i + 1, returnEnd))
            {
                yield return (i + 1, returnEnd);
            }
        }
    }

    /// <summary>The last token of the expression starting at <paramref name="start"/>: before an unmatched closing bracket, a top-level comma, ';', a comprehension's next clause or the end of the line.</summary>
    private static int ExpressionEnd(MutationSite site, int start, bool stopAtColon)
    {
        var depth = 0;
        var line = site.At(start)?.Line ?? 0;
        for (var i = start; i < site.Tokens.Count; i++)
        {
            var token = site[i];
            if (depth == 0 && token.Line != line)
            {
                return i - 1;
            }
            if (token.Kind == TokenKind.Punctuation && token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Kind == TokenKind.Punctuation && token.Text is ")" or "]" or "}")
            {
                if (--depth < 0)
                {
                    return i - 1;
                }
            }
            else if (depth == 0 && (token.Text is "," or ";" || token.Text == ":" && stopAtColon
                                    || token.Kind == TokenKind.Keyword && token.Text is "for" or "if" or "else" or "async"))
            {
                return i - 1;
            }
        }
        return site.Tokens.Count - 1;
    }

    private static bool TestsSomething(MutationSite site, int first, int last)
    {
        var depth = 0;
        for (var i = first; i <= last; i++)
        {
            depth += Depth(site[i]);
            if (depth == 0 && (IsComparison(site, i) || ConditionMutation.IsBoolean(site[i])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the lambda whose arrow is at <paramref name="arrow"/> is the argument of a predicate such as filter or Where.</summary>
    private static bool CalledPredicate(MutationSite site, int arrow)
    {
        var depth = 0;
        for (var i = arrow - 1; i >= 0 && site[i].Line >= site[arrow].Line - 1; i--)
        {
            depth += Depth(site[i]);
            if (depth < 0)
            {
                return site[i].Is("(") && site.At(i - 1) is { Kind: TokenKind.Identifier } name && Predicates.Contains(name.Text);
            }
        }
        return false;
    }

    /// <summary>The parts of every condition in the file.</summary>
    private static IEnumerable<(int First, int Last)> FileParts(MutationSite site)
    {
        var lines = site.Tokens.Count == 0 ? 0 : site.Tokens[^1].Line;
        for (var line = 1; line <= lines; line++)
        {
            foreach (var (first, last) in Conditions(site, site.FirstTokenOn(line), site.FirstTokenOn(line + 1)))
            {
                foreach (var part in Parts(site, first, last))
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>
    /// The operands of the condition's and/or chains, bracketed groups opened, a leading negation dropped; a part that
    /// binds a name, branches or spans lines is left out.
    /// </summary>
    private static IEnumerable<(int First, int Last)> Parts(MutationSite site, int first, int last)
    {
        var start = first;
        var depth = 0;
        for (var i = first; i <= last + 1; i++)
        {
            if (i <= last)
            {
                depth += Depth(site[i]);
                if (depth != 0 || !ConditionMutation.IsBoolean(site[i]))
                {
                    continue;
                }
            }
            var (from, to) = (start, i - 1);
            while (from <= to && (site[from].Text is "!" || site[from].Text == "not" && site[from].Kind == TokenKind.Keyword))
            {
                from++;
            }
            if (from < to && site[from].Is("(") && site.Closing(from) == to)
            {
                foreach (var inner in Parts(site, from + 1, to - 1))
                {
                    yield return inner;
                }
            }
            else if (from <= to && site[from].Line == site[to].Line && IsSimple(site, from, to))
            {
                yield return (from, to);
            }
            start = i + 1;
        }
    }

    private static bool IsSimple(MutationSite site, int first, int last)
    {
        if (first == last && site[first].Kind is TokenKind.Number or TokenKind.String || site[first].Text is "True" or "False" or "true" or "false" or "None" or "null")
        {
            return false;
        }
        for (var i = first; i <= last; i++)
        {
            if (site[i].Text is "lambda" or "=>" or "->" or "?" or "??" or "if" or "else" or "for" or "=" or ":=" or "await" or "yield" or "new" or "++" or "--" or "+=" or "-=")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The part negated: a comparison's operator turned around (<c>is</c> and <c>is not</c>, <c>in</c> and <c>not in</c>), else <c>not</c> or <c>!</c> before it.</summary>
    private static string Negated(MutationSite site, int first, int last)
    {
        var python = site.Language == SourceLanguage.Python;
        var depth = 0;
        var comparisons = new List<int>();
        for (var i = first; i <= last; i++)
        {
            depth += Depth(site[i]);
            if (depth == 0 && IsComparison(site, i))
            {
                comparisons.Add(i);
            }
        }
        if (comparisons.Count == 1)
        {
            var at = comparisons[0];
            var op = site[at];
            var (start, end, replacement) = op.Text switch
            {
                "is" when site.At(at + 1) is { Text: "not" } not_ => (op.Start, not_.End, "is"),
                "is" => (op.Start, op.End, "is not"),
                "not" when site.At(at + 1) is { Text: "in" } in_ => (op.Start, in_.End, "in"),
                "in" => (op.Start, op.End, "not in"),
                _ when Opposites.TryGetValue(op.Text, out var opposite) => (op.Start, op.End, opposite),
                _ => (-1, -1, ""),
            };
            if (start >= 0)
            {
                return site.Text[site[first].Start..start] + replacement + site.Text[end..site[last].End];
            }
        }
        var text = site.Text[site[first].Start..site[last].End];
        if (python)
        {
            return "not " + text;
        }
        var plain = Enumerable.Range(first, last - first + 1).All(i => site[i].Kind != TokenKind.Operator || site[i].Text is "." or "?.");
        return plain ? "!" + text : $"!({text})";
    }

    private static bool IsComparison(MutationSite site, int index)
    {
        var token = site[index];
        if (token.Kind == TokenKind.Operator)
        {
            return Opposites.ContainsKey(token.Text);
        }
        return token.Kind == TokenKind.Keyword && (token.Text is "is" || token.Text == "in" && site.Language == SourceLanguage.Python && site.At(index - 1) is not { Text: "not" }
                                                   || token.Text == "not" && site.At(index + 1) is { Text: "in" });
    }

    private static int Depth(CodeToken token) =>
        token.Kind != TokenKind.Punctuation ? 0 : token.Text is "(" or "[" or "{" ? 1 : token.Text is ")" or "]" or "}" ? -1 : 0;

    /// <summary>Whether the condition needs brackets to be joined: a looser operator at its top level than the joiner.</summary>
    private static bool NeedsBrackets(MutationSite site, int first, int last, bool joinedByOr)
    {
        var depth = 0;
        for (var i = first; i <= last; i++)
        {
            depth += Depth(site[i]);
            if (depth == 0 && (site[i].Text is "?" or "??" or "lambda" or "=>" or "->" || !joinedByOr && site[i].Text is "or" or "||" && ConditionMutation.IsBoolean(site[i])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The part's text with its spacing made uniform, to tell parts apart.</summary>
    private static string Normal(MutationSite site, int first, int last) =>
        string.Join(" ", Enumerable.Range(first, last - first + 1).Select(i => site[i].Text));

    /// <summary>Every identifier and keyword-like name the tokens read, attributes included.</summary>
    private static IEnumerable<string> Names(MutationSite site, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Where(i => site[i].Kind == TokenKind.Identifier || site[i].Text is "self" or "this").Select(i => site[i].Text);

    /// <summary>The names the part needs from its scope: variables, not attributes, not types or constants (capitalised), not called functions.</summary>
    private static IEnumerable<string> FreeNames(MutationSite site, int first, int last) =>
        Enumerable.Range(first, last - first + 1)
            .Where(i => (site[i].Kind == TokenKind.Identifier || site[i].Text is "self" or "this")
                        && site.At(i - 1) is not { Text: "." or "?." } && site.At(i + 1) is not { Text: "(" } && !char.IsUpper(site[i].Text[0]))
            .Select(i => site[i].Text);

    /// <summary>The names the line's scope has by then: those its function names before or on the line.</summary>
    private static HashSet<string> NamesInScope(MutationSite site) =>
        site.ScopeTokens().Where(i => site[i].Line <= site.Line && (site[i].Kind == TokenKind.Identifier || site[i].Text is "self" or "this")
                                      && site.At(i - 1) is not { Text: "." or "?." })
            .Select(i => site[i].Text).ToHashSet(StringComparer.Ordinal);
}
