using Asa.Cli.Failures;

namespace Asa.Cli.Connection;

/// <summary>Picks the URL and the key, each on its own: a flag beats the environment, which beats the config file.</summary>
public static class ConnectionSettingsResolver
{
    public const string UrlVariable = "ASA_URL";
    public const string ApiKeyVariable = "ASA_API_KEY";

    public static ConnectionSettings Resolve(CliHost host, string? urlFlag, string? apiKeyFlag)
    {
        var url = First((urlFlag, "--url"), (host.Variable(UrlVariable), UrlVariable));
        var apiKey = First((apiKeyFlag, "--api-key"), (host.Variable(ApiKeyVariable), ApiKeyVariable));
        // The file is read only when it is needed, so a broken one does not stand in the way of flags that say it all.
        if (url.Value is null || apiKey.Value is null)
        {
            var file = ConfigFile.Load(host);
            url = First(url, (file?.Url, file?.ToString()), (ConnectionSettings.DefaultUrl, "the default"));
            apiKey = First(apiKey, (file?.ApiKey, file?.ToString()));
        }
        return new ConnectionSettings(ParseUrl(url.Value!, url.Source!), url.Source!, apiKey.Value, apiKey.Source);
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
