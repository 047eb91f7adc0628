using System.Text.RegularExpressions;
using Asa.Repair.Indexing;

namespace Asa.Repair.Localization;

/// <summary>
/// Finds the classes, functions, methods and properties a file defines, by regular expression per language
/// (Python, C#, JavaScript/TypeScript, Java, Go). Good enough to name and bound code, not to parse it.
/// </summary>
public static partial class SymbolExtractor
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "if", "else", "for", "foreach", "while", "do", "switch", "case", "catch", "try", "finally", "using", "lock", "fixed",
        "return", "throw", "new", "await", "yield", "nameof", "sizeof", "typeof", "default", "when", "function", "in", "is",
        "as", "with", "synchronized", "super", "this", "base", "var", "let", "const", "delete", "void", "goto", "checked",
    };

    public static IReadOnlyList<CodeSymbol> Extract(string path, string text)
    {
        var patterns = Languages.Of(path) switch
        {
            "Python" => null,
            "C#" => CSharp,
            "Java" => Java,
            "JavaScript" or "TypeScript" => Script,
            "Go" => Go,
            _ => [],
        };
        if (patterns is null)
        {
            return PythonSymbols.Extract(text);
        }
        if (patterns.Length == 0)
        {
            return [];
        }
        var source = new SourceText(text);
        var braces = new BraceStructure(text);
        var symbols = new List<CodeSymbol>();
        var seen = new HashSet<int>();
        foreach (var (pattern, kind) in patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var name = match.Groups["name"].Value;
                var start = source.LineOf(match.Groups["name"].Index);
                if (NotNames.Contains(name) || NotNames.Contains(match.Groups["type"].Value) || !seen.Add(start))
                {
                    continue;
                }
                var end = braces.EndOfDeclaration(match.Groups["name"].Index) is { } offset ? source.LineOf(offset) : start;
                var symbolKind = match.Groups["kind"].Success ? match.Groups["kind"].Value.Split(' ')[0] : kind;
                symbols.Add(new CodeSymbol(name, symbolKind, start, Math.Max(start, end)));
            }
        }
        symbols.Sort((a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : b.EndLine.CompareTo(a.EndLine));
        return symbols;
    }

    private const string CSharpModifiers = @"(?:(?:public|private|protected|internal|static|virtual|override|abstract|sealed|async|extern|unsafe|new|partial|readonly|file|required|ref)\s+)*";
    private const string JavaModifiers = @"(?:(?:public|private|protected|static|final|abstract|synchronized|native|default|strictfp|sealed|non-sealed)\s+)*";
    private const string TypeName = @"[\w.]+(?:<[^;=(){}]*>)?(?:\[\])*\??";

    private static readonly (Regex Pattern, string Kind)[] CSharp =
    [
        (new(@"^[ \t]*(?:\[[^\]\n]*\][ \t]*)*" + CSharpModifiers + @"(?<kind>class|struct|interface|enum|record(?: struct| class)?)\s+(?<name>\w+)", RegexOptions.Multiline | RegexOptions.Compiled), "class"),
        (new(@"^[ \t]*(?:\[[^\]\n]*\][ \t]*)*" + CSharpModifiers + @"(?<type>" + TypeName + @")[ \t]+(?<name>\w+)[ \t]*(?:<[^>()\n]*>)?[ \t]*\(", RegexOptions.Multiline | RegexOptions.Compiled), "method"),
        (new(@"^[ \t]*(?:\[[^\]\n]*\][ \t]*)*" + CSharpModifiers + @"(?<type>" + TypeName + @")[ \t]+(?<name>\w+)\s*(?:\{\s*(?:get|set|init|private|protected)|=>)", RegexOptions.Multiline | RegexOptions.Compiled), "property"),
    ];

    private static readonly (Regex Pattern, string Kind)[] Java =
    [
        (new(@"^[ \t]*(?:@\w+(?:\([^)\n]*\))?\s*)*" + JavaModifiers + @"(?<kind>class|interface|enum|record|@interface)\s+(?<name>\w+)", RegexOptions.Multiline | RegexOptions.Compiled), "class"),
        (new(@"^[ \t]*(?:@\w+(?:\([^)\n]*\))?\s*)*" + JavaModifiers + @"(?:<[^>\n]+>\s+)?(?<type>" + TypeName + @")[ \t]+(?<name>\w+)[ \t]*\([^;{}]*\)[^;{}=]*[{;]", RegexOptions.Multiline | RegexOptions.Compiled), "method"),
    ];

    private static readonly (Regex Pattern, string Kind)[] Script =
    [
        (new(@"^[ \t]*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?<kind>class|interface|enum)\s+(?<name>\w+)", RegexOptions.Multiline | RegexOptions.Compiled), "class"),
        (new(@"^[ \t]*(?:export\s+)?(?:declare\s+)?type\s+(?<name>\w+)\s*(?:<[^>\n]*>)?\s*=", RegexOptions.Multiline | RegexOptions.Compiled), "type"),
        (new(@"^[ \t]*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*(?<name>\w+)", RegexOptions.Multiline | RegexOptions.Compiled), "function"),
        (new(@"^[ \t]*(?:export\s+)?(?:const|let|var)\s+(?<name>\w+)\s*(?::[^=\n]+)?=\s*(?:async\s+)?(?:function\b|(?:\([^)]*\)|\w+)\s*(?::\s*[^=\n]+)?=>)", RegexOptions.Multiline | RegexOptions.Compiled), "function"),
        (new(@"^[ \t]*(?:module\.)?exports\.(?<name>\w+)\s*=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|\w+\s*=>)", RegexOptions.Multiline | RegexOptions.Compiled), "function"),
        (new(@"^[ \t]+(?:(?:public|private|protected|static|async|readonly|abstract|override|get|set)\s+)*\*?(?<name>#?\w+)\s*(?:<[^>\n]*>)?\s*\([^)\n]*\)\s*(?::\s*[^{;\n]+)?\{", RegexOptions.Multiline | RegexOptions.Compiled), "method"),
    ];

    private static readonly (Regex Pattern, string Kind)[] Go =
    [
        (new(@"^func\s+\([^)]*\)\s*(?<name>\w+)", RegexOptions.Multiline | RegexOptions.Compiled), "method"),
        (new(@"^func\s+(?<name>\w+)", RegexOptions.Multiline | RegexOptions.Compiled), "function"),
        (new(@"^type\s+(?<name>\w+)(?:\[[^\]\n]*\])?\s+(?:struct|interface)", RegexOptions.Multiline | RegexOptions.Compiled), "type"),
        (new(@"^type\s+(?<name>\w+)\s+[^\n{]+$", RegexOptions.Multiline | RegexOptions.Compiled), "type"),
    ];
}
