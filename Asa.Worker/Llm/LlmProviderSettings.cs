namespace Asa.Worker.Llm;

/// <summary>
/// The model endpoint chosen by configuration: section <c>Llm</c> (Provider, BaseUrl, Endpoint, ApiKey, Model, Deployment),
/// or the environment variables <c>OPENAI_API_KEY</c> and <c>DEFAULT_MODEL</c>.
/// </summary>
public sealed record LlmProviderSettings(LlmProvider Provider, Uri? Endpoint, string ApiKey, string Model)
{
    public const string SectionName = "Llm";
    public const string DefaultOpenAIModel = "gpt-4o-mini";

    /// <summary>Reads the provider settings; null when no provider is configured. Throws naming the setting when one is wrong.</summary>
    public static LlmProviderSettings? FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var provider = section["Provider"];
        var apiKey = NullIfBlank(section["ApiKey"]);
        var model = NullIfBlank(section["Model"]);

        if (string.IsNullOrWhiteSpace(provider))
        {
            if (NullIfBlank(section["BaseUrl"]) is not null) provider = "compatible";
            else if (NullIfBlank(section["Endpoint"]) is not null) provider = "azure";
            else if (NullIfBlank(configuration["OPENAI_API_KEY"]) is not null || apiKey is not null) provider = "openai";
            else return null;
        }

        switch (provider.Trim().ToLowerInvariant())
        {
            case "none":
                return null;
            case "openai":
                return new LlmProviderSettings(
                    LlmProvider.OpenAI,
                    null,
                    apiKey ?? NullIfBlank(configuration["OPENAI_API_KEY"]) ?? throw Invalid("OPENAI_API_KEY (or Llm:ApiKey) must be set for the OpenAI provider."),
                    model ?? NullIfBlank(configuration["DEFAULT_MODEL"]) ?? DefaultOpenAIModel);
            case "azure":
                return new LlmProviderSettings(
                    LlmProvider.AzureOpenAI,
                    HttpUrl(section, "Endpoint"),
                    apiKey ?? NullIfBlank(configuration["AZURE_OPENAI_API_KEY"]) ?? throw Invalid("Llm:ApiKey (or AZURE_OPENAI_API_KEY) must be set for the Azure OpenAI provider."),
                    NullIfBlank(section["Deployment"]) ?? model ?? throw Invalid("Llm:Deployment must name the Azure OpenAI deployment."));
            case "compatible":
                // Local servers (Ollama, vLLM) often take no key, but the OpenAI client insists on one.
                return new LlmProviderSettings(
                    LlmProvider.OpenAICompatible,
                    HttpUrl(section, "BaseUrl"),
                    apiKey ?? "no-key",
                    model ?? throw Invalid("Llm:Model must name the model for an OpenAI-compatible endpoint."));
            default:
                throw Invalid($"Llm:Provider must be one of openai, azure, compatible or none, not '{provider}'.");
        }
    }

    /// <summary>The name the logs and spans show: provider and model, never the key.</summary>
    public override string ToString() => Endpoint is null ? $"{Provider} model {Model}" : $"{Provider} model {Model} at {Endpoint}";

    private static Uri HttpUrl(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid($"Llm:{key} must be an absolute http or https URL, not '{value}'.");
        }
        return uri;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static InvalidOperationException Invalid(string message) => new($"Invalid LLM configuration: {message}");
}
