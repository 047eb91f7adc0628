namespace Asa.Cli.Connection;

/// <summary>Where the API is and which key to call it with; each says where it came from, for error messages.</summary>
public sealed record ConnectionSettings(Uri Url, string UrlSource, string? ApiKey, string? ApiKeySource)
{
    public const string DefaultUrl = "http://localhost:5180";

    // A record's generated ToString would print the key.
    public override string ToString() => $"{Url} (from {UrlSource}), key {(ApiKey is null ? "none" : $"from {ApiKeySource}")}";
}
