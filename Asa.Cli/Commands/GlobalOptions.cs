using System.CommandLine;
using Asa.Cli.Connection;

namespace Asa.Cli.Commands;

/// <summary>Options every command takes: where the server is, the key, and whether to print JSON.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Url { get; } = new("--url")
    {
        Description = $"The API's gRPC address [env: {ConnectionSettingsResolver.UrlVariable}; default {ConnectionSettings.DefaultUrl}]",
        Recursive = true,
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = $"The API key, sent as 'authorization: Bearer <key>' [env: {ConnectionSettingsResolver.ApiKeyVariable}]",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON document for scripts instead of text for people",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(ApiKey);
        command.Options.Add(Json);
    }
}
