using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP6 (mutate conditional expression: replace it): an if/elif/while condition becomes a boolean or a
/// collection declared before it in scope, nearest first: the name itself (Python, a boolean elsewhere), or its
/// emptiness test where the code makes its type plain (<c>!x.isEmpty()</c>, <c>x.Count &gt; 0</c>, <c>x.length &gt; 0</c>).
/// </summary>
public sealed class ConditionReplacement : IMutationOperator
{
    private const int NamesPerSite = 4;

    private enum Kind
    {
        Boolean,
        Collection,
        JavaScriptArray,
        JavaScriptSized,
    }

    private static readonly HashSet<string> PythonCollections = new(StringComparer.Ordinal)
    {
        "list", "dict", "set", "tuple", "frozenset", "deque", "defaultdict", "OrderedDict", "Counter", "sorted",
        "List", "Dict", "Set", "Tuple", "Deque", "FrozenSet", "Sequence", "Mapping", "MutableMapping", "MutableSequence",
    };

    private static readonly HashSet<string> DotnetAndJavaCollections = new(StringComparer.Ordinal)
    {
        "List", "ArrayList", "LinkedList", "Deque", "ArrayDeque", "Queue", "Stack", "Set", "HashSet", "TreeSet", "LinkedHashSet",
        "SortedSet", "Collection", "Map", "HashMap", "TreeMap", "LinkedHashMap", "PriorityQueue", "Vector", "Dictionary",
        "SortedDictionary", "IList", "ICollection", "ISet", "IDictionary",
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || ConditionMutation.Condition(site) is not var (first, last))
        {
            yield break;
        }
        var start = site[first].Start;
        var condition = site.Text[start..site[last].End];
        // "while True" whose body never breaks out runs for ever: its condition is almost surely the bug.
        var endless = site[site.First].Text == "while" && first == last && site[first].Text is "True" or "true" or "1" && !BodyExits(site, last);
        var candidates = Declared(site)
            .OrderBy(d => site.ScopeTokens().Where(i => site[i].Text == d.Name).Min(i => Math.Abs(site[i].Line - site.Line)))
            .Select(d => Test(site.Language, d.Name, d.Kind))
            .OfType<string>()
            .Where(test => test != condition)
            .Take(NamesPerSite);
        foreach (var test in candidates)
        {
            yield return new MutationEdit("condition", $"condition '{condition}' to '{test}'", start, condition.Length, test, endless ? 0.9 : 0.3);
        }
    }

    private static string? Test(SourceLanguage language, string name, Kind kind) => (language, kind) switch
    {
        (_, Kind.Boolean) => name,
        (SourceLanguage.Python, Kind.Collection) => name,
        (SourceLanguage.Java, Kind.Collection) => $"!{name}.isEmpty()",
        (SourceLanguage.CSharp, Kind.Collection) => $"{name}.Count > 0",
        (SourceLanguage.JavaScript, Kind.JavaScriptArray) => $"{name}.length > 0",
        (SourceLanguage.JavaScript, Kind.JavaScriptSized) => $"{name}.size > 0",
        _ => null,
    };

    /// <summary>The booleans and collections declared (or, in Python, assigned) in scope before the line, whose kind the code shows.</summary>
    private static IEnumerable<(string Name, Kind Kind)> Declared(MutationSite site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in site.ScopeTokens())
        {
            if (site[i].Line >= site.Line || site[i].Kind != TokenKind.Identifier || site.At(i - 1) is { Text: "." or "?." })
            {
                continue;
            }
            var kind = site.Language switch
            {
                SourceLanguage.Python => PythonKind(site, i),
                SourceLanguage.JavaScript => JavaScriptKind(site, i),
                _ => TypedKind(site, i),
            };
            if (kind is { } known && seen.Add(site[i].Text))
            {
                yield return (site[i].Text, known);
            }
        }
    }

    /// <summary>"name = True", "name = a < b", "name = []", "name = deque()", "name: bool", "name: list[int] = …", "name=False".</summary>
    private static Kind? PythonKind(MutationSite site, int i)
    {
        // A statement's target or a def's parameter; a call's keyword argument names no variable.
        var lineStart = i;
        while (lineStart > 0 && site[lineStart - 1].Line == site[i].Line)
        {
            lineStart--;
        }
        if (lineStart != i && !(site[lineStart].Text == "def" && site.At(i - 1) is { Text: "(" or "," }))
        {
            return null;
        }
        var next = site.At(i + 1);
        if (next is { Text: ":" } && site.At(i + 2) is { } annotation && site[i].Line == annotation.Line)
        {
            return annotation.Text == "bool" ? Kind.Boolean : PythonCollections.Contains(annotation.Text) ? Kind.Collection : null;
        }
        if (next is not { Text: "=" } || site.At(i + 2) is not { } value || value.Line != site[i].Line)
        {
            return null;
        }
        if (value.Text is "True" or "False" or "not" or "[" or "{")
        {
            return value.Text is "[" or "{" ? Kind.Collection : Kind.Boolean;
        }
        if (value.Kind == TokenKind.Identifier && PythonCollections.Contains(value.Text) && site.At(i + 3) is { Text: "(" })
        {
            return Kind.Collection;
        }
        return IsComparison(site, i + 2) ? Kind.Boolean : null;
    }

    /// <summary>"let name = false", "const name = a === b", "const name = []", "const name = new Set()".</summary>
    private static Kind? JavaScriptKind(MutationSite site, int i)
    {
        if (site.At(i - 1) is not { Text: "let" or "const" or "var" } || site.At(i + 1) is not { Text: "=" } || site.At(i + 2) is not { } value)
        {
            return null;
        }
        return value.Text switch
        {
            "true" or "false" or "!" => Kind.Boolean,
            "[" => Kind.JavaScriptArray,
            "new" when site.At(i + 3) is { Text: "Set" or "Map" } => Kind.JavaScriptSized,
            "new" when site.At(i + 3) is { Text: "Array" } => Kind.JavaScriptArray,
            _ => IsComparison(site, i + 2) ? Kind.Boolean : null,
        };
    }

    /// <summary>Java and C#: "boolean name", "bool name", "Deque&lt;Integer&gt; name", "var name = new Queue&lt;int&gt;()".</summary>
    private static Kind? TypedKind(MutationSite site, int i)
    {
        if (site.At(i + 1) is not { Text: "=" or ";" or "," or ")" } || site.At(i - 1) is not { } type)
        {
            return null;
        }
        if (type.Text is "boolean" or "bool" or "Boolean")
        {
            return Kind.Boolean;
        }
        var typeName = type.Text == ">" ? GenericName(site, i - 1) : type.Kind == TokenKind.Identifier ? type.Text : null;
        if (type.Text == "var" && site.At(i + 2) is { Text: "new" } && site.At(i + 3) is { Kind: TokenKind.Identifier } created)
        {
            typeName = created.Text;
        }
        return typeName is not null && DotnetAndJavaCollections.Contains(typeName) ? Kind.Collection : null;
    }

    private static string? GenericName(MutationSite site, int close)
    {
        var depth = 0;
        for (var j = close; j >= 0; j--)
        {
            depth += site[j].Text switch { ">" => 1, ">>" => 2, "<" => -1, _ => 0 };
            if (depth == 0)
            {
                return site.At(j - 1) is { Kind: TokenKind.Identifier } name ? name.Text : null;
            }
        }
        return null;
    }

    private static bool IsComparison(MutationSite site, int from)
    {
        for (var j = from; site.At(j) is { } token && token.Line == site[from].Line && !token.Is(";"); j++)
        {
            if (token.Text is "==" or "!=" or "===" or "!==" or "<" or "<=" or ">" or ">=" or "is" or "in" && token.Kind is TokenKind.Operator or TokenKind.Keyword)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the loop's body can leave it: a break, a return, a raise or throw, or a yield.</summary>
    private static bool BodyExits(MutationSite site, int conditionLast)
    {
        var (from, to) = (site.End, site.End - 1);
        if (site.Language == SourceLanguage.Python)
        {
            var column = site.Indentation.Length;
            for (var i = site.End; i < site.Tokens.Count; i++)
            {
                var startsLine = site[i].Line != site[i - 1].Line;
                if (startsLine && site[i].Start - (site.Text.LastIndexOf('\n', site[i].Start - 1) + 1) <= column)
                {
                    break;
                }
                to = i;
            }
        }
        else if (site.At(conditionLast + 2) is { Text: "{" })
        {
            (from, to) = (conditionLast + 2, site.Closing(conditionLast + 2));
        }
        else
        {
            return true;
        }
        return Enumerable.Range(from, Math.Max(0, to - from + 1)).Any(i => site[i].Text is "break" or "return" or "raise" or "throw" or "yield" or "exit");
    }
}
