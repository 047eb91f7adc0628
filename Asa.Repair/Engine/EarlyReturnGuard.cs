using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP2 (insert null pointer checker) as PAR's guard clause: after a statement that sets a local from a lookup or a
/// call that may give None/null (<see cref="MaybeMissingValue"/>), and before the local is dereferenced unchecked, a
/// new line returns early when it is missing: <c>if x is None: return …</c> / <c>if (x == null) { return …; }</c>; and
/// after one that keeps part of a collection, when what follows fails on an empty one (<see cref="MaybeEmptyCollection"/>),
/// early when it is empty: <c>if not xs: return …</c> / <c>if (xs.Count == 0) return …;</c>.
/// <see cref="NullGuard"/> is the same pattern inside an existing condition; this one adds a statement.
/// </summary>
public sealed class EarlyReturnGuard : IMutationOperator
{
    private const int ReceiversPerSite = 2;

    private static readonly double[] Priors = [0.55, 0.45];

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty)
        {
            return [];
        }
        var here = After(site).ToList();
        // At a line that dereferences the local (where a missing value fails), the same guard after the line that set it.
        return here.Count > 0 ? here : SettingLines(site).Take(ReceiversPerSite).SelectMany(After).Take(Priors.Length);
    }

    private static IEnumerable<MutationEdit> After(MutationSite site)
    {
        if (Assignment(site) is not var (name, valueFirst, valueLast) || GuardDefaults.EnclosingFunction(site) is not { } function)
        {
            yield break;
        }
        var missing = MaybeMissingValue.Within(site, valueFirst, valueLast) && IsDereferencedFirst(site, name, function.Last);
        var empty = !missing && MaybeEmptyCollection.Selects(site, valueFirst, valueLast) && MaybeEmptyCollection.FailsWhenEmpty(site, name, site.End, function.Last);
        if (!missing && !empty)
        {
            yield break;
        }
        var newline = site.LineText.EndsWith('\r') ? "\r\n" : "\n";
        var (at, lead) = site.LineEnd < site.Text.Length ? (site.LineEnd + 1, "") : (site.Text.Length, newline);
        var unit = IndentationUnit(site, function);
        var defaults = GuardDefaults.For(site, function).Take(Priors.Length).ToList();
        for (var k = 0; k < defaults.Count; k++)
        {
            var condition = empty ? MaybeEmptyCollection.IsEmpty(site, name, valueLast) : site.Language == SourceLanguage.Python ? $"{name} is None" : $"{name} == null";
            var guard = Guard(site, condition, defaults[k], unit, newline);
            var returned = defaults[k].Length == 0 ? "a bare return" : defaults[k];
            yield return new MutationEdit("guard", $"return {returned} early when '{name}' is {(empty ? "empty" : "missing")}", at, 0, lead + guard, Priors[k]);
        }
    }

    /// <summary>Whether the "in"/"of" belongs to a for loop or a comprehension on its line, not a membership test.</summary>
    private static bool IteratedBy(MutationSite site, int keyword)
    {
        for (var k = keyword - 1; k >= 0 && site[k].Line == site[keyword].Line; k--)
        {
            if (site[k].Text is "for" or "foreach" && site[k].Kind == TokenKind.Keyword)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The whole argument of a Python builtin that iterates it ("sorted(x)", "len(x)", "', '.join(x)"): None fails there too.</summary>
    private static bool IsIteratedArgument(MutationSite site, int i) =>
        site.Language == SourceLanguage.Python && site.At(i - 1) is { Text: "(" } && site.At(i + 1) is { Text: ")" }
        && site.At(i - 2) is { Text: "sorted" or "len" or "list" or "tuple" or "set" or "sum" or "min" or "max" or "enumerate" or "any" or "all" or "iter" or "reversed" or "join" or "dict" } callee
        && (callee.Text == "join") == site.At(i - 3) is { Text: "." };

    /// <summary>For each local the line dereferences, the nearest earlier line of the function that sets it.</summary>
    private static IEnumerable<MutationSite> SettingLines(MutationSite site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = site.First; i < site.End; i++)
        {
            var name = site[i].Text;
            if (site[i].Kind != TokenKind.Identifier || site.At(i - 1) is { Text: "." or "?." } || Use(site, i) != true || !seen.Add(name))
            {
                continue;
            }
            for (var line = site.Line - 1; line >= Math.Max(1, site.ScopeStart); line--)
            {
                var sets = false;
                for (var k = site.FirstTokenOn(line); k + 1 < site.Tokens.Count && site[k].Line == line && !sets; k++)
                {
                    sets = site[k].Text == name && site[k + 1].Is("=");
                }
                if (!sets)
                {
                    continue;
                }
                var setting = new MutationSite(site.Language, site.Path, site.Text, site.Tokens, line, (site.ScopeStart, site.ScopeEnd));
                if (Assignment(setting) is var (assigned, _, _) && assigned == name)
                {
                    yield return setting;
                }
                break;
            }
        }
    }

    private static string Guard(MutationSite site, string test, string value, string unit, string newline)
    {
        var indentation = site.Indentation;
        if (site.Language == SourceLanguage.Python)
        {
            var returned = value.Length == 0 ? "return" : $"return {value}";
            return $"{indentation}if {test}:{newline}{indentation}{unit}{returned}{newline}";
        }
        var statement = value.Length == 0 ? "return;" : $"return {value};";
        var condition = $"if ({test})";
        return BraceStyle(site) switch
        {
            Style.OneLine => $"{indentation}{condition} {statement}{newline}",
            Style.OwnLine => $"{indentation}{condition}{newline}{indentation}{{{newline}{indentation}{unit}{statement}{newline}{indentation}}}{newline}",
            _ => $"{indentation}{condition} {{{newline}{indentation}{unit}{statement}{newline}{indentation}}}{newline}",
        };
    }

    /// <summary>The single local a whole one-line statement sets, and the first and last token of the value it sets it to.</summary>
    private static (string Name, int First, int Last)? Assignment(MutationSite site)
    {
        var semicolon = site[site.End - 1].Is(";");
        if (site.Language == SourceLanguage.JavaScript ? !site.IsSimpleStatement && !EndsWithoutSemicolon(site) : !site.IsSimpleStatement)
        {
            return null;
        }
        var equals = -1;
        for (var i = site.First; i < site.End && equals < 0; i++)
        {
            if (site[i].Is("=") && site[i].Kind == TokenKind.Operator)
            {
                equals = i;
            }
            else if (site[i].Kind == TokenKind.Punctuation && site[i].Text is "(" or "[" or "{")
            {
                return null;
            }
        }
        var last = semicolon ? site.End - 2 : site.End - 1;
        if (equals <= site.First || equals >= last || site[equals - 1].Kind != TokenKind.Identifier)
        {
            return null;
        }
        var nameIndex = equals - 1;
        var declared = nameIndex == site.First || site.Language switch
        {
            SourceLanguage.Python => false,
            SourceLanguage.JavaScript => nameIndex == site.First + 1 && site[site.First].Text is "let" or "const" or "var",
            // Java and C#: a type (and modifiers) before the name, nothing that reads a field or an element.
            _ => Enumerable.Range(site.First, nameIndex - site.First).All(i => site[i].Kind is TokenKind.Identifier or TokenKind.Keyword || site[i].Text is "<" or ">" or "," or "?") && site[site.First].Text is not ("this" or "base" or "super"),
        };
        if (!declared && site.Language == SourceLanguage.Python && MissingReturn.AssignedBy(site, site.First) is [var annotated] && annotated == site[site.First].Text)
        {
            return (annotated, equals + 1, last);
        }
        return declared ? (site[nameIndex].Text, equals + 1, last) : null;
    }

    private static bool EndsWithoutSemicolon(MutationSite site)
    {
        var last = site[site.End - 1];
        return last.End <= site.LineEnd && last.Kind is not TokenKind.Operator && !last.Is("{") && !last.Is("(") && !last.Is("[")
               && site.At(site.End) is not ({ Kind: TokenKind.Operator } or { Text: "(" or "[" });
    }

    /// <summary>
    /// Whether, after the line and in the function, the local is dereferenced (an attribute, a method call, an index, an
    /// iteration) before anything checks it or sets it again, or, never dereferenced here, is put unchecked into a list,
    /// set, dict or tuple written out (dereferenced where it is taken out). Inside a loop, the
    /// loop's own lines up to this one come round again before the code after the loop.
    /// </summary>
    private static bool IsDereferencedFirst(MutationSite site, string name, int functionLast)
    {
        var loop = LoopBody.Around(site);
        var loopEnd = loop is null || loop.Header == site.Line ? site.End - 1 : Math.Min(functionLast, site.FirstTokenOn(loop.LastLine + 1) - 1);
        var order = Enumerable.Range(site.End, Math.Max(0, loopEnd - site.End + 1));
        if (loop is not null && loop.Header != site.Line)
        {
            order = order.Concat(Enumerable.Range(site.FirstTokenOn(loop.Header), site.End - site.FirstTokenOn(loop.Header)));
        }
        order = order.Concat(Enumerable.Range(loopEnd + 1, Math.Max(0, Math.Min(functionLast, site.Tokens.Count - 1) - loopEnd)));
        var passedOn = false;
        foreach (var i in order)
        {
            var assignedHere = site[i].Line == site.Line && site.At(i + 1) is { Text: "=" };
            if (site[i].Text != name || site[i].Kind != TokenKind.Identifier || assignedHere || site.At(i - 1) is { Text: "." or "?." })
            {
                continue;
            }
            if (Use(site, i) is { } dereferenced)
            {
                return dereferenced;
            }
            passedOn |= InContainerLiteral(site, i);
        }
        return passedOn;
    }

    /// <summary>Whether the token is an element of a list, set, dict or tuple written out (not a call's argument).</summary>
    private static bool InContainerLiteral(MutationSite site, int i)
    {
        var depth = 0;
        for (var k = i - 1; k >= 0 && site[k].Line >= site[i].Line - 1; k--)
        {
            var text = site[k].Kind == TokenKind.Punctuation ? site[k].Text : "";
            depth += text is ")" or "]" or "}" ? 1 : text is "(" or "[" or "{" ? -1 : 0;
            if (depth < 0)
            {
                return text is "[" or "{" || site.At(k - 1) is not { Kind: TokenKind.Identifier } and not { Text: ")" or "]" };
            }
        }
        return false;
    }

    /// <summary>True for a dereference, false for a check or a new value, null for a use that is neither (an argument, a return).</summary>
    private static bool? Use(MutationSite site, int i)
    {
        var (before, after) = (site.At(i - 1), site.At(i + 1));
        if (after is { Text: "." or "[" } next && next.Kind != TokenKind.String
            || before is { Text: "in" or "of" } && IteratedBy(site, i - 1)
            || site.Language == SourceLanguage.Java && before is { Text: ":" } && after is { Text: ")" }
            || before is { Text: "..." } && site.Language == SourceLanguage.JavaScript
            || IsIteratedArgument(site, i))
        {
            return true;
        }
        var checks = after is { Text: "is" or "==" or "!=" or "===" or "!==" or "or" or "and" or "||" or "&&" or "??" or "?." or "?" or "=" or ":=" or "??=" }
                     || before is { Text: "not" or "!" or "if" or "elif" or "while" or "and" or "or" or "&&" or "||" }
                     || before is { Text: "(" } && site.At(i - 2) is { Text: "if" or "while" };
        return checks ? false : null;
    }

    /// <summary>One level of indentation: how much deeper the function's body is than its header, else the file's smallest.</summary>
    private static string IndentationUnit(MutationSite site, GuardDefaults.Function function)
    {
        var header = function.First - 1;
        while (site.Language == SourceLanguage.Python && header > 0 && site[header].Text != "def")
        {
            header--;
        }
        var (body, outer) = (IndentationOf(site, function.First), IndentationOf(site, header));
        if (body.Length > outer.Length && body.StartsWith(outer, StringComparison.Ordinal))
        {
            return body[outer.Length..];
        }
        var unit = (string?)null;
        foreach (var line in site.Text.Split('\n'))
        {
            var indentation = line[..(line.Length - line.TrimStart(' ', '\t').Length)];
            if (indentation.Length > 0 && indentation.Length < line.TrimEnd('\r').Length && (unit is null || indentation.Length < unit.Length))
            {
                unit = indentation;
            }
        }
        return unit ?? "    ";
    }

    private static string IndentationOf(MutationSite site, int index)
    {
        var lineStart = site.Text.LastIndexOf('\n', Math.Max(0, site[index].Start - 1)) + 1;
        var line = site.Text[lineStart..site[index].Start];
        return line[..(line.Length - line.TrimStart(' ', '\t').Length)];
    }

    private enum Style
    {
        SameLine,
        OwnLine,
        OneLine,
    }

    /// <summary>How the file writes an if's body: after a brace on the same line, after a brace on its own line, or bare on one line.</summary>
    private static Style BraceStyle(MutationSite site)
    {
        var (sameLine, ownLine, oneLine) = (0, 0, 0);
        for (var i = 0; i < site.Tokens.Count; i++)
        {
            if (site[i].Text != "if" || site[i].Kind != TokenKind.Keyword || site.At(i + 1) is not { Text: "(" } || site.Closing(i + 1) is var close && close < 0
                || site.At(close + 1) is not { } body)
            {
                continue;
            }
            if (body.Is("{"))
            {
                _ = body.Line == site[close].Line ? sameLine++ : ownLine++;
            }
            else if (body.Line == site[close].Line)
            {
                oneLine++;
            }
        }
        if (oneLine > sameLine + ownLine)
        {
            return Style.OneLine;
        }
        return ownLine > sameLine || site.Language == SourceLanguage.CSharp && sameLine == 0 ? Style.OwnLine : Style.SameLine;
    }
}
