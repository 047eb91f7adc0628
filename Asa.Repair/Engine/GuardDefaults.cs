using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// What a function returns when it has nothing, likeliest first: the empty value a returned local starts as
/// (<c>found = []</c>, <c>var result = new List&lt;T&gt;()</c>), a literal it returns elsewhere, the default of its
/// declared type (Java, C#), else None/null, or a bare return ("") for a function that returns no value.
/// </summary>
public static class GuardDefaults
{
    public sealed record Function(int First, int Last, string? ReturnType);

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "public", "private", "protected", "internal", "static", "final", "async", "override", "virtual", "abstract", "sealed",
        "synchronized", "readonly", "unsafe", "extern", "new", "partial",
    };

    public static Function? EnclosingFunction(MutationSite site)
    {
        if (site.Language is SourceLanguage.Python or SourceLanguage.JavaScript)
        {
            return FunctionBody.Around(site, evenWithoutResult: true) is { } body ? new Function(body.First, body.Last, PythonAnnotation(site, body.First - 1)) : null;
        }
        var depth = 0;
        for (var k = site.First - 1; k >= 0; k--)
        {
            depth += site[k].Is("}") ? 1 : site[k].Is("{") ? -1 : 0;
            if (depth >= 0 || !site[k].Is("{"))
            {
                continue;
            }
            depth = 0;
            var close = k - 1;
            while (close > 0 && (site[close].Kind == TokenKind.Identifier || site[close].Text is "throws" or ","))
            {
                close--;
            }
            if (!site[close].Is(")") || site.Opening(close) is var open && open < 1 || site[open - 1].Kind != TokenKind.Identifier)
            {
                continue;
            }
            var typeEnd = open - 2;
            var typeStart = typeEnd;
            while (typeStart - 1 >= 0 && site[typeStart - 1].Line == site[typeEnd].Line && !Modifiers.Contains(site[typeStart - 1].Text)
                   && (site[typeStart - 1].Kind is TokenKind.Identifier or TokenKind.Keyword || site[typeStart - 1].Text is "<" or ">" or "," or "?" or "[" or "]" or "."))
            {
                typeStart--;
            }
            if (typeEnd < 0 || site[typeEnd].Text is "new" or "return" or "=" || site[typeEnd].Kind is not (TokenKind.Identifier or TokenKind.Keyword) && site[typeEnd].Text is not (">" or "]" or "?"))
            {
                continue;
            }
            // A constructor has no type before its name.
            var type = Modifiers.Contains(site[typeEnd].Text) || site[typeEnd].Line != site[open].Line ? "void" : site.Text[site[typeStart].Start..site[typeEnd].End];
            return new Function(k + 1, site.Closing(k) - 1, type);
        }
        return null;
    }

    /// <summary>The return annotation of the Python function whose header ends at <paramref name="colon"/> ("-> list[str]").</summary>
    private static string? PythonAnnotation(MutationSite site, int colon)
    {
        if (site.Language != SourceLanguage.Python)
        {
            return null;
        }
        for (var k = colon - 1; k > 0 && site[k].Text != "def"; k--)
        {
            if (site[k].Text == "->" && k + 1 < colon)
            {
                return site.Text[site[k + 1].Start..site[colon - 1].End];
            }
        }
        return null;
    }

    public static IEnumerable<string> For(MutationSite site, Function function)
    {
        var (direct, derived, literals) = (new List<string>(), new List<string>(), new List<string>());
        var returnsValue = false;
        for (var i = function.First; i <= function.Last; i++)
        {
            if (site[i].Text != "return" || site[i].Kind != TokenKind.Keyword || site.At(i + 1) is not { } next || next.Line != site[i].Line || next.Is(";"))
            {
                continue;
            }
            returnsValue = true;
            var end = i + 1;
            while (site.At(end + 1) is { } t && t.Line == site[i].Line && !t.Is(";"))
            {
                end++;
            }
            var returned = site.Text[next.Start..site[end].End];
            if (end == i + 1 && next.Kind == TokenKind.Identifier && EmptyStart(site, function, next.Text) is { } empty)
            {
                direct.Add(empty);
            }
            else if (IsLiteral(site, i + 1, end))
            {
                literals.Add(returned);
            }
            else
            {
                // "return sorted(found)": what is built from a local that starts empty is empty when it stays so.
                derived.AddRange(Enumerable.Range(i + 1, end - i).Where(site.IsVariableUse).Select(k => EmptyStart(site, function, site[k].Text)).OfType<string>());
            }
        }
        var typed = site.Language == SourceLanguage.Python ? PythonTypeDefaults(function.ReturnType, returnsValue) : TypeDefaults(site.Language, function.ReturnType, returnsValue);
        return direct.Concat(derived).Concat(literals).Concat(typed).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> PythonTypeDefaults(string? type, bool returnsValue)
    {
        if (!returnsValue && type is null or "None")
        {
            return [""];
        }
        var bare = (type ?? "").Split('[')[0].Split('.')[^1].Trim();
        return bare switch
        {
            "list" or "List" or "Sequence" or "Iterable" => ["[]", "None"],
            "dict" or "Dict" or "Mapping" => ["{}", "None"],
            "set" or "Set" => ["set()", "None"],
            "tuple" or "Tuple" => ["()", "None"],
            "str" => ["\"\"", "None"],
            "int" or "float" => ["0", "None"],
            "bool" => ["False", "None"],
            _ => ["None"],
        };
    }

    private static IEnumerable<string> TypeDefaults(SourceLanguage language, string? type, bool returnsValue)
    {
        if (type is null)
        {
            return returnsValue ? [language == SourceLanguage.Python ? "None" : "null"] : [""];
        }
        var bare = type.Split('<')[0].Trim();
        var generics = type.Contains('<', StringComparison.Ordinal) ? type[type.IndexOf('<', StringComparison.Ordinal)..] : "";
        return bare switch
        {
            "void" or "Task" or "ValueTask" => [""],
            "int" or "long" or "short" or "byte" or "double" or "float" or "decimal" or "uint" or "ulong" or "ushort" or "sbyte" => ["0"],
            "boolean" or "bool" => ["false"],
            "String" or "string" => ["\"\"", "null"],
            _ when type.EndsWith('?') => ["null"],
            "List" or "ArrayList" or "Collection" or "Iterable" when language == SourceLanguage.Java => ["new ArrayList<>()", "null"],
            "Map" or "HashMap" when language == SourceLanguage.Java => ["new HashMap<>()", "null"],
            "Set" or "HashSet" when language == SourceLanguage.Java => ["new HashSet<>()", "null"],
            "Optional" when language == SourceLanguage.Java => ["Optional.empty()"],
            "List" or "IList" or "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "ICollection" or "HashSet" or "ISet" when language == SourceLanguage.CSharp => ["[]", "null"],
            "Dictionary" or "IDictionary" or "IReadOnlyDictionary" when language == SourceLanguage.CSharp => [$"new Dictionary{generics}()", "null"],
            _ when type.EndsWith(']') && language == SourceLanguage.CSharp => ["[]", "null"],
            _ => ["null"],
        };
    }

    /// <summary>The empty value (<c>[]</c>, <c>{}</c>, <c>set()</c>, <c>""</c>, <c>0</c>, <c>new X()</c>) the function first sets the local to.</summary>
    private static string? EmptyStart(MutationSite site, Function function, string name)
    {
        for (var i = function.First; i < function.Last; i++)
        {
            if (site[i].Text != name || !site[i + 1].Is("=") || site.At(i - 1) is { Text: "." })
            {
                continue;
            }
            var (first, last) = (i + 2, i + 2);
            while (site.At(last + 1) is { } t && t.Line == site[i].Line && !t.Is(";"))
            {
                last++;
            }
            var value = site.Text[site[first].Start..site[last].End];
            var empty = value is "[]" or "{}" or "()" or "set()" or "dict()" or "list()" or "\"\"" or "''" or "0"
                        || site[first].Text == "new" && site[last].Is(")") && site[last - 1].Is("(");
            return empty ? value : null;
        }
        return null;
    }

    private static bool IsLiteral(MutationSite site, int first, int last) =>
        first == last ? site[first].Kind is TokenKind.Number or TokenKind.String || site[first].Text is "True" or "False" or "true" or "false"
            : last == first + 1 && (site[first].Is("[") && site[last].Is("]") || site[first].Is("{") && site[last].Is("}"))
              || last == first + 1 && site[first].Text == "-" && site[last].Kind == TokenKind.Number;
}
