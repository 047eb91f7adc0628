using System.Text.Json;
using System.Text.Json.Serialization;
using Asa.Cli.Failures;

namespace Asa.Cli.Connection;

/// <summary>The optional config file: <c>{"url": "...", "apiKey": "..."}</c>.</summary>
public sealed record ConfigFile(string Path, string? Url, string? ApiKey)
{
    public const string PathVariable = "ASA_CONFIG";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// Reads <c>$ASA_CONFIG</c>, else <c>$XDG_CONFIG_HOME/asa/config.json</c> or <c>~/.config/asa/config.json</c>.
    /// A file named by ASA_CONFIG must exist; the default one may be missing.
    /// </summary>
    public static ConfigFile? Load(CliHost host)
    {
        var explicitPath = host.Variable(PathVariable);
        var path = explicitPath ?? DefaultPath(host);
        if (path is null || (explicitPath is null && !File.Exists(path)))
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw new UsageException($"The config file '{path}' named by {PathVariable} does not exist.");
        }
        try
        {
            var contents = JsonSerializer.Deserialize<Contents>(File.ReadAllText(path), Options)
                ?? throw new UsageException($"The config file '{path}' holds null; expected {{\"url\": \"...\", \"apiKey\": \"...\"}}.");
            return new ConfigFile(path, Blank(contents.Url), Blank(contents.ApiKey));
        }
        catch (JsonException exception)
        {
            // The exception's own message may quote the file's text, which can hold the key.
            throw new UsageException($"The config file '{path}' is not valid: expected {{\"url\": \"...\", \"apiKey\": \"...\"}} "
                                     + $"(problem at line {exception.LineNumber + 1}, {exception.Path ?? "$"}).");
        }
        catch (IOException exception)
        {
            throw new UsageException($"The config file '{path}' cannot be read: {exception.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"The config file '{path}' cannot be read: permission denied.");
        }
    }

    private static string? DefaultPath(CliHost host)
    {
        var configHome = host.Variable("XDG_CONFIG_HOME")
            ?? (host.Variable("HOME") is { } home ? System.IO.Path.Combine(home, ".config") : null);
        return configHome is null ? null : System.IO.Path.Combine(configHome, "asa", "config.json");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public override string ToString() => $"config file {Path}";

    private sealed record Contents(string? Url, string? ApiKey);
}
