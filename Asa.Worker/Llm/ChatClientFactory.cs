using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Asa.Worker.Llm;

/// <summary>Builds the provider's <see cref="IChatClient"/>, with the client's own retries for transient answers.</summary>
public static class ChatClientFactory
{
    /// <summary>The activity source of model-call spans; under the prefix ServiceDefaults exports.</summary>
    public const string ActivitySourceName = "Asa.Worker.Llm";

    // System.ClientModel's policy retries 408, 429 and 5xx with exponential backoff and jitter, and waits as long as retry-after asks.
    private const int MaxRetries = 3;
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromMinutes(3);

    public static IChatClient CreateProviderClient(LlmProviderSettings settings)
    {
        var credential = new ApiKeyCredential(settings.ApiKey);
        var retryPolicy = new ClientRetryPolicy(MaxRetries);
        return settings.Provider switch
        {
            LlmProvider.AzureOpenAI => new AzureOpenAIClient(settings.Endpoint!, credential,
                    new AzureOpenAIClientOptions { RetryPolicy = retryPolicy, NetworkTimeout = NetworkTimeout })
                .GetChatClient(settings.Model).AsIChatClient(),
            _ => new OpenAIClient(credential,
                    new OpenAIClientOptions { Endpoint = settings.Endpoint, RetryPolicy = retryPolicy, NetworkTimeout = NetworkTimeout })
                .GetChatClient(settings.Model).AsIChatClient(),
        };
    }

    /// <summary>The provider client wrapped so every call is a span with the GenAI semantic-convention attributes.</summary>
    public static IChatClient Create(LlmProviderSettings settings, IServiceProvider services) =>
        new ChatClientBuilder(CreateProviderClient(settings))
            .UseOpenTelemetry(services.GetService<ILoggerFactory>(), ActivitySourceName)
            .Build(services);
}
