using Asa.Repair.Indexing;
using System.Collections.Frozen;

namespace Asa.Repair.Engine;

/// <summary>
/// The common function and method names of each language's standard library, and which of them are easily confused
/// with a called name: one contains the other as a word (<c>indexOf</c>, <c>lastIndexOf</c>), or one is the other
/// with a short prefix or suffix (<c>strip</c>, <c>rstrip</c>; <c>sum</c>, <c>fsum</c>).
/// </summary>
public static class StandardLibraryNames
{
    private const int ContainedLength = 4;
    private const int ShortAffix = 3;
    private const int ShortestWithAffix = 3;

    // Called bare: Python's builtins, JavaScript's globals. Java and C# call their library through a type or a value.
    private static readonly FrozenSet<string> PythonFunctions = Names(
        "abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "dict", "divmod", "enumerate", "filter", "float", "format",
        "frozenset", "getattr", "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
        "map", "max", "min", "next", "oct", "open", "ord", "pow", "print", "range", "repr", "reversed", "round", "set", "setattr",
        "sorted", "str", "sum", "tuple", "type", "zip");

    // str, list, dict and set methods, and the functions of math and os.path.
    private static readonly FrozenSet<string> PythonMembers = Names(
        "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "index", "isalnum",
        "isalpha", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isspace", "istitle", "isupper", "join", "ljust",
        "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
        "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill",
        "append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse", "sort",
        "get", "items", "keys", "values", "setdefault", "update", "popitem", "fromkeys",
        "add", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
        "ceil", "floor", "trunc", "sqrt", "isqrt", "exp", "log", "log2", "log10", "fabs", "fsum", "gcd", "lcm", "prod", "comb",
        "perm", "factorial", "isclose", "isfinite", "isnan", "isinf", "hypot", "radians", "degrees",
        "exists", "isfile", "isdir", "basename", "dirname", "splitext", "abspath", "normpath", "relpath", "realpath", "getsize",
        "isabs", "expanduser");

    private static readonly FrozenSet<string> JavaScriptFunctions = Names(
        "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURI", "encodeURIComponent", "decodeURI", "decodeURIComponent",
        "String", "Number", "Boolean", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "structuredClone");

    // String, Array, Object, Math, Number, JSON and URL (URLSearchParams) methods.
    private static readonly FrozenSet<string> JavaScriptMembers = Names(
        "at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf", "lastIndexOf", "localeCompare",
        "match", "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace", "replaceAll", "search", "slice", "split",
        "startsWith", "substring", "substr", "toLowerCase", "toUpperCase", "trim", "trimStart", "trimEnd",
        "every", "fill", "filter", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "forEach", "join", "map",
        "pop", "push", "reduce", "reduceRight", "reverse", "shift", "some", "sort", "splice", "unshift", "toSorted", "toReversed",
        "isArray", "from",
        "assign", "entries", "freeze", "fromEntries", "keys", "values", "hasOwnProperty", "defineProperty", "create",
        "abs", "ceil", "floor", "round", "trunc", "sign", "sqrt", "cbrt", "pow", "exp", "log", "log2", "log10", "max", "min",
        "random", "hypot",
        "isInteger", "isSafeInteger", "parseInt", "parseFloat", "toFixed", "toPrecision", "toString",
        "parse", "stringify",
        "get", "getAll", "has", "set", "append", "delete", "toJSON");

    // String, Math, List, Map, Collections, Arrays and StringBuilder methods.
    private static readonly FrozenSet<string> JavaMembers = Names(
        "charAt", "compareTo", "compareToIgnoreCase", "concat", "contains", "endsWith", "equals", "equalsIgnoreCase", "format",
        "indexOf", "isBlank", "isEmpty", "join", "lastIndexOf", "length", "matches", "repeat", "replace", "replaceAll",
        "replaceFirst", "split", "startsWith", "strip", "stripLeading", "stripTrailing", "substring", "toCharArray", "toLowerCase",
        "toUpperCase", "trim", "valueOf",
        "abs", "ceil", "floor", "round", "rint", "max", "min", "pow", "sqrt", "cbrt", "exp", "log", "log10", "floorDiv",
        "floorMod", "signum", "hypot", "addExact", "multiplyExact", "subtractExact", "toIntExact",
        "add", "addAll", "clear", "containsAll", "get", "remove", "removeAll", "removeIf", "retainAll", "set", "size", "sort",
        "stream", "subList", "toArray", "of", "copyOf",
        "containsKey", "containsValue", "entrySet", "getOrDefault", "keySet", "put", "putAll", "putIfAbsent", "values", "merge",
        "compute", "computeIfAbsent", "computeIfPresent",
        "reverse", "shuffle", "unmodifiableList", "emptyList", "singletonList", "nCopies", "frequency", "swap", "reverseOrder",
        "asList", "fill", "copyOfRange", "binarySearch", "deepEquals", "toString", "deepToString",
        "append", "insert", "delete", "deleteCharAt", "setLength", "setCharAt", "parseInt", "parseDouble", "compare");

    // string, Math, LINQ, List, Dictionary and StringBuilder methods.
    private static readonly FrozenSet<string> CSharpMembers = Names(
        "Contains", "EndsWith", "Equals", "IndexOf", "IndexOfAny", "Insert", "LastIndexOf", "LastIndexOfAny", "PadLeft",
        "PadRight", "Remove", "Replace", "Split", "StartsWith", "Substring", "ToLower", "ToLowerInvariant", "ToUpper",
        "ToUpperInvariant", "Trim", "TrimEnd", "TrimStart", "Join", "Concat", "Format", "IsNullOrEmpty", "IsNullOrWhiteSpace",
        "CompareTo", "Compare", "ToCharArray",
        "Abs", "Ceiling", "Floor", "Round", "Truncate", "Max", "Min", "Pow", "Sqrt", "Cbrt", "Exp", "Log", "Log10", "Log2", "Sign",
        "Clamp", "DivRem",
        "Where", "Select", "SelectMany", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "Any",
        "All", "Count", "LongCount", "Sum", "Average", "MinBy", "MaxBy", "OrderBy", "OrderByDescending", "ThenBy",
        "ThenByDescending", "GroupBy", "Distinct", "DistinctBy", "Skip", "SkipWhile", "SkipLast", "Take", "TakeWhile", "TakeLast",
        "ToList", "ToArray", "ToDictionary", "ToHashSet", "Aggregate", "Zip", "Union", "Intersect", "Except", "Reverse",
        "ElementAt", "ElementAtOrDefault", "Append", "Prepend",
        "Add", "AddRange", "Clear", "Find", "FindAll", "FindIndex", "FindLast", "FindLastIndex", "InsertRange", "RemoveAt",
        "RemoveAll", "RemoveRange", "Sort", "Exists", "TrueForAll",
        "ContainsKey", "ContainsValue", "TryGetValue", "TryAdd", "GetValueOrDefault",
        "AppendLine", "AppendFormat", "ToString");

    /// <summary>Whether <paramref name="name"/> is one of the language's common library names called this way.</summary>
    public static bool Contains(SourceLanguage language, bool member, string name) => Of(language, member).Contains(name);

    /// <summary>
    /// The library names easily confused with <paramref name="name"/>, the closest in length first, at most
    /// <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<string> Confusable(SourceLanguage language, bool member, string name, int limit) =>
        [.. Of(language, member)
            .Where(other => other != name && AreConfusable(name, other))
            .OrderBy(other => Math.Abs(other.Length - name.Length))
            .ThenBy(other => other, StringComparer.Ordinal)
            .Take(limit)];

    /// <summary>
    /// One contains the other as a whole word of it (both long enough to mean something: 'join' is no word of
    /// 'isdisjoint'), or one is the other with a short affix.
    /// </summary>
    public static bool AreConfusable(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= ContainedLength && ContainsAsWord(longer, shorter))
        {
            return true;
        }
        var affix = longer.Length - shorter.Length;
        return shorter.Length >= ShortestWithAffix && affix is >= 1 and <= ShortAffix
               && (longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) || longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase));
    }

    // A word starts or ends a name, or is set apart by an underscore or a capital (lastIndexOf, symmetric_difference).
    private static bool ContainsAsWord(string longer, string word)
    {
        for (var at = longer.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = longer.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            var startsWord = at == 0 || longer[at - 1] == '_' || char.IsUpper(longer[at]);
            var endsWord = end == longer.Length || longer[end] == '_' || char.IsUpper(longer[end]);
            if (at == 0 || end == longer.Length || startsWord && endsWord)
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenSet<string> Of(SourceLanguage language, bool member) => (language, member) switch
    {
        (SourceLanguage.Python, false) => PythonFunctions,
        (SourceLanguage.Python, true) => PythonMembers,
        (SourceLanguage.JavaScript, false) => JavaScriptFunctions,
        (SourceLanguage.JavaScript, true) => JavaScriptMembers,
        (SourceLanguage.Java, true) => JavaMembers,
        (SourceLanguage.CSharp, true) => CSharpMembers,
        _ => FrozenSet<string>.Empty,
    };

    private static FrozenSet<string> Names(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
