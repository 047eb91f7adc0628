using Asa.Repair.Indexing;

namespace Asa.Repair.Localization;

/// <summary>How one excerpt is shown to the model: a header naming the file and lines, then a fenced block.</summary>
internal static class CodeContextRendering
{
    public static string Block(CodeExcerpt excerpt)
    {
        var of = excerpt.TotalLines > 0 ? $" of {excerpt.TotalLines}" : "";
        // A fence longer than any backtick run in the text keeps Markdown files intact.
        var fence = new string('`', Math.Max(3, LongestBacktickRun(excerpt.Text) + 1));
        var newline = excerpt.Text.EndsWith('\n') ? "" : "\n";
        return $"### {excerpt.Path} (lines {excerpt.StartLine}-{excerpt.EndLine}{of})\n{fence}{FenceLanguage(excerpt.Path)}\n{excerpt.Text}{newline}{fence}\n";
    }

    public static string FenceLanguage(string path) => Languages.Of(path) switch
    {
        "Python" => "python",
        "C#" => "csharp",
        "F#" => "fsharp",
        "Java" => "java",
        "Kotlin" => "kotlin",
        "Scala" => "scala",
        "JavaScript" => "javascript",
        "TypeScript" => "typescript",
        "Go" => "go",
        "Rust" => "rust",
        "Ruby" => "ruby",
        "PHP" => "php",
        "C" => "c",
        "C++" => "cpp",
        "Shell" => "bash",
        "Markdown" => "markdown",
        "JSON" => "json",
        "YAML" => "yaml",
        "TOML" => "toml",
        "XML" or "MSBuild" => "xml",
        "HTML" => "html",
        "CSS" => "css",
        "SQL" => "sql",
        _ => "",
    };

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }
}
