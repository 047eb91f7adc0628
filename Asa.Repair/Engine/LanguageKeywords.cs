using Asa.Repair.Indexing;
using System.Collections.Frozen;

namespace Asa.Repair.Engine;

/// <summary>The reserved words of each language: never renamed, never taken for a variable.</summary>
public static class LanguageKeywords
{
    private static readonly FrozenSet<string> Python = FrozenSet.Create(StringComparer.Ordinal,
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield", "self", "cls");

    private static readonly FrozenSet<string> JavaScript = FrozenSet.Create(StringComparer.Ordinal,
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export",
        "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "of", "return",
        "super", "switch", "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while", "with", "yield", "async",
        "static", "get", "set", "require", "module", "exports");

    private static readonly FrozenSet<string> Java = FrozenSet.Create(StringComparer.Ordinal,
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "default", "do",
        "double", "else", "enum", "extends", "final", "finally", "float", "for", "if", "implements", "import", "instanceof", "int",
        "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static", "super",
        "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record",
        "true", "false", "null", "yield");

    private static readonly FrozenSet<string> CSharp = FrozenSet.Create(StringComparer.Ordinal,
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while", "var", "record", "init", "get", "set", "value", "async", "await", "yield", "when", "and", "or", "not",
        "nameof", "required", "with", "global", "partial", "where");

    public static bool IsKeyword(SourceLanguage language, string word) => language switch
    {
        SourceLanguage.Python => Python.Contains(word),
        SourceLanguage.JavaScript => JavaScript.Contains(word),
        SourceLanguage.Java => Java.Contains(word),
        _ => CSharp.Contains(word),
    };
}
