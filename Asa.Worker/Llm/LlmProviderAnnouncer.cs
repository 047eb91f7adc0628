namespace Asa.Worker.Llm;

/// <summary>Says at start which model the worker will use, or that none is configured.</summary>
public sealed partial class LlmProviderAnnouncer(ILogger<LlmProviderAnnouncer> logger, LlmProviderSettings? provider = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (provider is null) LogNone(logger);
        else LogProvider(logger, provider.Provider, provider.Model, provider.Endpoint?.ToString() ?? "api.openai.com");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM provider {Provider}, model {Model} at {Endpoint}")]
    private static partial void LogProvider(ILogger logger, LlmProvider provider, string model, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "No LLM provider configured (Llm:Provider, Llm:BaseUrl, Llm:Endpoint or OPENAI_API_KEY): model-based repair is off")]
    private static partial void LogNone(ILogger logger);
}
