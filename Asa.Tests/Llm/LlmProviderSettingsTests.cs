using Asa.Worker.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Asa.Tests.Llm;

public sealed class LlmProviderSettingsTests
{
    [Fact]
    public void NoSettingsMeansNoProviderAndNoChatClient()
    {
        using var services = GatewayHost.Build(new Dictionary<string, string?>());

        Assert.Null(LlmProviderSettings.FromConfiguration(Configuration([])));
        Assert.Null(services.GetService<IChatClient>());
        Assert.Null(services.GetService<LlmGateway>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ABlankOpenAIKeyMeansNoProvider(string key)
    {
        // A deployment without a model passes the model-api-key secret empty.
        Assert.Null(LlmProviderSettings.FromConfiguration(Configuration(new() { ["OPENAI_API_KEY"] = key, ["DEFAULT_MODEL"] = "gpt-4.1-mini" })));
    }

    [Fact]
    public void OpenAIKeyAloneSelectsOpenAIWithTheDefaultModel()
    {
        var settings = LlmProviderSettings.FromConfiguration(Configuration(new() { ["OPENAI_API_KEY"] = "sk-test" }))!;

        Assert.Equal((LlmProvider.OpenAI, "gpt-4o-mini", "sk-test", (Uri?)null), (settings.Provider, settings.Model, settings.ApiKey, settings.Endpoint));
    }

    [Fact]
    public void DefaultModelChoosesTheOpenAIModel()
    {
        var settings = LlmProviderSettings.FromConfiguration(Configuration(new() { ["OPENAI_API_KEY"] = "sk-test", ["DEFAULT_MODEL"] = "gpt-4.1" }))!;

        Assert.Equal("gpt-4.1", settings.Model);
    }

    [Fact]
    public void BaseUrlSelectsTheCompatibleProviderAndRegistersAChatClient()
    {
        var configured = new Dictionary<string, string?> { ["Llm:BaseUrl"] = "http://127.0.0.1:11434/v1", ["Llm:Model"] = "llama3.1" };

        var settings = LlmProviderSettings.FromConfiguration(Configuration(configured))!;
        using var services = GatewayHost.Build(configured);

        Assert.Equal((LlmProvider.OpenAICompatible, new Uri("http://127.0.0.1:11434/v1"), "llama3.1"), (settings.Provider, settings.Endpoint, settings.Model));
        Assert.NotNull(services.GetService<IChatClient>());
    }

    [Fact]
    public void AzureSettingsBuildAChatClientForTheDeployment()
    {
        var configured = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "azure", ["Llm:Endpoint"] = "https://example.openai.azure.com/", ["Llm:ApiKey"] = "k", ["Llm:Deployment"] = "fixer",
        };

        var settings = LlmProviderSettings.FromConfiguration(Configuration(configured))!;

        Assert.Equal((LlmProvider.AzureOpenAI, "fixer"), (settings.Provider, settings.Model));
        Assert.NotNull(ChatClientFactory.CreateProviderClient(settings));
    }

    [Theory]
    [InlineData("localhost:8080/v1")]
    [InlineData("ftp://models.example/v1")]
    [InlineData("/v1")]
    public void BaseUrlThatIsNotAnAbsoluteHttpUrlStopsTheWorkerNamingTheSetting(string baseUrl)
    {
        var configured = new Dictionary<string, string?> { ["Llm:Provider"] = "compatible", ["Llm:BaseUrl"] = baseUrl, ["Llm:Model"] = "m" };

        var failure = Assert.Throws<InvalidOperationException>(() => GatewayHost.Build(configured));

        Assert.Contains("Llm:BaseUrl must be an absolute http or https URL", failure.Message);
    }

    [Fact]
    public void UnknownProviderIsRefusedNamingTheSetting()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            LlmProviderSettings.FromConfiguration(Configuration(new() { ["Llm:Provider"] = "gemini" })));

        Assert.Contains("Llm:Provider", failure.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
