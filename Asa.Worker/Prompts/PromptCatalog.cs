using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Asa.Worker.Prompts;

/// <summary>
/// The prompt files the worker loaded from its <c>prompts/</c> folder, by name. A file that is malformed, names an
/// unknown reply format or uses a variable it does not declare stops the worker at start, naming the file.
/// </summary>
public sealed class PromptCatalog
{
    private readonly Dictionary<string, Prompt> byName;

    private PromptCatalog(Dictionary<string, Prompt> byName) => this.byName = byName;

    public IReadOnlyCollection<Prompt> All => byName.Values;

    public Prompt this[string name] => byName.TryGetValue(name, out var prompt)
        ? prompt
        : throw new KeyNotFoundException($"No prompt named '{name}' was loaded; the prompts folder has {string.Join(", ", byName.Keys.Order())}.");

    /// <summary>Loads every <c>*.json</c> file; when a name has several versions, the highest version is the one used.</summary>
    public static PromptCatalog Load(string directory, IReadOnlySet<string> replyFormats)
    {
        if (!Directory.Exists(directory))
        {
            throw new PromptFileException(directory, "the folder does not exist (set Llm:PromptsPath)");
        }
        var prompts = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(path => Read(path, replyFormats))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Version, VersionOrder.Instance).First(), StringComparer.Ordinal);
        return new PromptCatalog(prompts);
    }

    public static Prompt Read(string path, IReadOnlySet<string> replyFormats)
    {
        var bytes = File.ReadAllBytes(path);
        JsonObject file;
        try
        {
            file = JsonNode.Parse(bytes) as JsonObject ?? throw new PromptFileException(path, "it is not a JSON object");
        }
        catch (JsonException exception)
        {
            throw new PromptFileException(path, $"it is not valid JSON ({exception.Message})");
        }

        var name = RequiredText(file, "name", path);
        var version = RequiredText(file, "version", path);
        var system = RequiredText(file, "system", path);
        var user = RequiredText(file, "user", path);
        var declared = (file["variables"] as JsonArray)?.Select(v => v?.GetValue<string>() ?? "").ToList()
            ?? throw new PromptFileException(path, "'variables' must list the user template's variables");
        var used = Prompt.VariablesIn(user);
        if (used.Except(declared).ToList() is { Count: > 0 } undeclared)
        {
            throw new PromptFileException(path, $"the user template uses undeclared variables {string.Join(", ", undeclared)}");
        }
        if (declared.Except(used).ToList() is { Count: > 0 } unused)
        {
            throw new PromptFileException(path, $"the variables {string.Join(", ", unused)} are declared but not used");
        }
        var output = file["output"] as JsonObject ?? throw new PromptFileException(path, "'output' with 'format' and 'schema' is required");
        var format = output["format"]?.GetValue<string>() ?? throw new PromptFileException(path, "'output.format' is required");
        if (!replyFormats.Contains(format))
        {
            throw new PromptFileException(path, $"the reply format '{format}' is unknown (known: {string.Join(", ", replyFormats.Order())})");
        }
        JsonSchema schema;
        try
        {
            schema = JsonSchema.FromText(output["schema"]?.ToJsonString() ?? throw new PromptFileException(path, "'output.schema' is required"));
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new PromptFileException(path, $"'output.schema' is not a JSON schema ({exception.Message})");
        }

        return new Prompt
        {
            Name = name,
            Version = version,
            Checksum = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = System.Text.Encoding.UTF8.GetString(bytes),
            System = system,
            UserTemplate = user,
            Variables = declared,
            OutputFormat = format,
            OutputSchema = schema,
            MaxOutputTokens = file["max_output_tokens"]?.GetValue<int>() ?? 2000,
            Temperature = file["temperature"]?.GetValue<float>() ?? 0.2f,
        };
    }

    // Long prompts are written as arrays of lines, which read far better in a JSON file than one escaped string.
    private static string RequiredText(JsonObject file, string property, string path) => file[property] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) && text.Length > 0 => text,
        JsonArray lines when lines.Count > 0 => string.Join('\n', lines.Select(l => l?.GetValue<string>() ?? "")),
        _ => throw new PromptFileException(path, $"'{property}' must be a non-empty string or array of lines"),
    };

    private sealed class VersionOrder : IComparer<string>
    {
        public static readonly VersionOrder Instance = new();

        public int Compare(string? x, string? y) =>
            int.TryParse(x, out var a) && int.TryParse(y, out var b) ? a.CompareTo(b) : string.CompareOrdinal(x, y);
    }
}
