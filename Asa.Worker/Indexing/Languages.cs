using System.Collections.Frozen;

namespace Asa.Worker.Indexing;

/// <summary>Names the language of a file from its extension.</summary>
public static class Languages
{
    public const string Other = "Other";

    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".py"] = "Python", [".pyi"] = "Python",
        [".cs"] = "C#", [".csx"] = "C#", [".fs"] = "F#", [".vb"] = "Visual Basic",
        [".java"] = "Java", [".kt"] = "Kotlin", [".kts"] = "Kotlin", [".scala"] = "Scala", [".groovy"] = "Groovy",
        [".js"] = "JavaScript", [".mjs"] = "JavaScript", [".cjs"] = "JavaScript", [".jsx"] = "JavaScript",
        [".ts"] = "TypeScript", [".tsx"] = "TypeScript", [".mts"] = "TypeScript", [".cts"] = "TypeScript",
        [".go"] = "Go", [".rs"] = "Rust", [".rb"] = "Ruby", [".php"] = "PHP", [".swift"] = "Swift",
        [".c"] = "C", [".h"] = "C", [".cpp"] = "C++", [".cc"] = "C++", [".cxx"] = "C++", [".hpp"] = "C++", [".hh"] = "C++",
        [".sh"] = "Shell", [".bash"] = "Shell", [".ps1"] = "PowerShell",
        [".html"] = "HTML", [".htm"] = "HTML", [".css"] = "CSS", [".scss"] = "CSS", [".vue"] = "Vue", [".svelte"] = "Svelte",
        [".sql"] = "SQL", [".md"] = "Markdown", [".rst"] = "reStructuredText",
        [".json"] = "JSON", [".yml"] = "YAML", [".yaml"] = "YAML", [".toml"] = "TOML", [".xml"] = "XML",
        [".csproj"] = "MSBuild", [".props"] = "MSBuild", [".targets"] = "MSBuild",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Of(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), Other);
}
