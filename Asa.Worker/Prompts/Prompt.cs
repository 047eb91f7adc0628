using System.Text;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Asa.Worker.Prompts;

/// <summary>One versioned prompt file as loaded: what the model is told, what it is asked, and what shape the answer must have.</summary>
public sealed partial class Prompt
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    /// <summary>SHA-256 of the file's bytes, hex: two files with one name and version but different text are told apart.</summary>
    public required string Checksum { get; init; }

    /// <summary>The file as read, kept in <c>prompt_versions</c>.</summary>
    public required string Content { get; init; }

    public required string System { get; init; }

    public required string UserTemplate { get; init; }

    public required IReadOnlyList<string> Variables { get; init; }

    public required string OutputFormat { get; init; }

    public required JsonSchema OutputSchema { get; init; }

    public int MaxOutputTokens { get; init; }

    public float Temperature { get; init; }

    public string Label => $"{Name} v{Version}";

    /// <summary>
    /// Fills the user template in one pass, so text inside a value (repository code, a bug report) is never expanded
    /// as a variable itself. Every declared variable must be given.
    /// </summary>
    public string RenderUser(IReadOnlyDictionary<string, string> values)
    {
        var missing = Variables.Where(v => !values.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Prompt {Label} needs the variables {string.Join(", ", missing)}.", nameof(values));
        }
        return Placeholder().Replace(UserTemplate, match => values[match.Groups["name"].Value]);
    }

    /// <summary>The variables a template names, in order of first use.</summary>
    public static IReadOnlyList<string> VariablesIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\{(?<name>[a-z_][a-z0-9_]*)\}\}")]
    private static partial Regex Placeholder();
}
