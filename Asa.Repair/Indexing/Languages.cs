using System.Collections.Frozen;

namespace Asa.Repair.Indexing;

/// <summary>The one table of languages by file extension: each one's name, and whether the embedded engine edits it.</summary>
public static class Languages
{
    public const string Other = "Other";

    private static readonly FrozenDictionary<string, Language> ByExtension = new Dictionary<string, Language>(StringComparer.OrdinalIgnoreCase)
    {
        [".py"] = new("Python", SourceLanguage.Python), [".pyi"] = new("Python"),
        [".cs"] = new("C#", SourceLanguage.CSharp), [".csx"] = new("C#"), [".fs"] = new("F#"), [".vb"] = new("Visual Basic"),
        [".java"] = new("Java", SourceLanguage.Java), [".kt"] = new("Kotlin"), [".kts"] = new("Kotlin"), [".scala"] = new("Scala"), [".groovy"] = new("Groovy"),
        [".js"] = new("JavaScript", SourceLanguage.JavaScript), [".mjs"] = new("JavaScript", SourceLanguage.JavaScript),
        [".cjs"] = new("JavaScript", SourceLanguage.JavaScript), [".jsx"] = new("JavaScript"),
        [".ts"] = new("TypeScript"), [".tsx"] = new("TypeScript"), [".mts"] = new("TypeScript"), [".cts"] = new("TypeScript"),
        [".go"] = new("Go"), [".rs"] = new("Rust"), [".rb"] = new("Ruby"), [".php"] = new("PHP"), [".swift"] = new("Swift"),
        [".c"] = new("C"), [".h"] = new("C"), [".cpp"] = new("C++"), [".cc"] = new("C++"), [".cxx"] = new("C++"), [".hpp"] = new("C++"), [".hh"] = new("C++"),
        [".sh"] = new("Shell"), [".bash"] = new("Shell"), [".ps1"] = new("PowerShell"),
        [".html"] = new("HTML"), [".htm"] = new("HTML"), [".css"] = new("CSS"), [".scss"] = new("CSS"), [".vue"] = new("Vue"), [".svelte"] = new("Svelte"),
        [".sql"] = new("SQL"), [".md"] = new("Markdown"), [".rst"] = new("reStructuredText"),
        [".json"] = new("JSON"), [".yml"] = new("YAML"), [".yaml"] = new("YAML"), [".toml"] = new("TOML"), [".xml"] = new("XML"),
        [".csproj"] = new("MSBuild"), [".props"] = new("MSBuild"), [".targets"] = new("MSBuild"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name of a file's language, as the code inventory counts it; <see cref="Other"/> when unknown.</summary>
    public static string Of(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path))?.Name ?? Other;

    /// <summary>The language of a source file the engine edits; null for every other file.</summary>
    public static SourceLanguage? Editable(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path))?.Editable;

    private sealed record Language(string Name, SourceLanguage? Editable = null);
}
