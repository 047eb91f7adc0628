using Asa.Cli;
using Asa.Cli.Connection;

namespace Asa.Tests.Cli;

/// <summary>Each setting on its own: a flag beats the environment, which beats the config file, which beats the default.</summary>
public sealed class ConnectionSettingsResolverTests : IDisposable
{
    private readonly CliSession session = new();

    [Fact]
    public void EachSettingComesFromTheFirstPlaceThatHasIt()
    {
        session.WriteConfigFile("""{"url": "http://file:1", "apiKey": "file-key"}""");
        session.Environment["ASA_API_KEY"] = "env-key";

        var settings = ConnectionSettingsResolver.Resolve(Host(), urlFlag: null, apiKeyFlag: null);
        var flagged = ConnectionSettingsResolver.Resolve(Host(), urlFlag: "https://flag:2", apiKeyFlag: "flag-key");

        Assert.Equal(new Uri("http://file:1"), settings.Url);
        Assert.StartsWith("config file ", settings.UrlSource);
        Assert.Equal("env-key", settings.ApiKey);
        Assert.Equal("ASA_API_KEY", settings.ApiKeySource);
        Assert.Equal(new Uri("https://flag:2"), flagged.Url);
        Assert.Equal("flag-key", flagged.ApiKey);
        Assert.Equal("--api-key", flagged.ApiKeySource);
    }

    [Fact]
    public void WithNothingConfiguredTheUrlIsTheLocalDefaultAndThereIsNoKey()
    {
        var settings = ConnectionSettingsResolver.Resolve(Host(), urlFlag: null, apiKeyFlag: null);

        Assert.Equal(new Uri("http://localhost:5180"), settings.Url);
        Assert.Null(settings.ApiKey);
        Assert.DoesNotContain("key from", settings.ToString());
    }

    [Fact]
    public void PrintingTheSettingsNeverShowsTheKey()
    {
        var settings = ConnectionSettingsResolver.Resolve(Host(), urlFlag: null, apiKeyFlag: "very-secret-key");

        Assert.DoesNotContain("very-secret-key", settings.ToString());
        Assert.Contains("--api-key", settings.ToString());
    }

    private CliHost Host() => new(TextWriter.Null, TextWriter.Null, session.Environment, session.WorkingDirectory);

    public void Dispose() => session.Dispose();
}
