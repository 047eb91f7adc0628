using Asa.Cli.Failures;

namespace Asa.Cli.Connection;

/// <summary>Picks the URL and the key, each on its own: a flag beats the environment, which beats the config file.</summary>
public static class ConnectionSettingsResolver
{
    public const string UrlVariable = "ASA_URL";
    public const string ApiKeyVariable = "ASA_API_KEY";

    public static ConnectionSettings Resolve(CliHost host, string? urlFlag, string? apiKeyFlag)
    {
        var file = ConfigFile.Load(host);
        var (url, urlSource) = First(
            (urlFlag, "--url"), (host.Variable(UrlVariable), UrlVariable), (file?.Url, file?.ToString()), (ConnectionSettings.DefaultUrl, "the default"));
        var (apiKey, apiKeySource) = First(
            (apiKeyFlag, "--api-key"), (host.Variable(ApiKeyVariable), ApiKeyVariable), (file?.ApiKey, file?.ToString()));
        return new ConnectionSettings(ParseUrl(url!, urlSource!), urlSource!, apiKey, apiKeySource);
    }

    private static (string? Value, string? Source) First(params (string? Value, string? Source)[] candidates)
    {
        foreach (var (value, source) in candidates)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return (value.Trim(), source);
            }
        }
        return (null, null);
    }

    private static Uri ParseUrl(string url, string source) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"The server URL '{url}' (from {source}) is not an http:// or https:// address.");
}
