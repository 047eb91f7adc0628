using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Asa.Worker.Llm;

/// <summary>
/// The chat client of each model asked for on the configured provider (for Azure OpenAI, the model is the deployment):
/// the configured model's is the registered <see cref="IChatClient"/>, any other is built on first use and kept.
/// </summary>
public sealed class ChatClients(IChatClient configuredClient, LlmProviderSettings provider, IServiceProvider services) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<IChatClient>> others = new(StringComparer.Ordinal);

    public IChatClient For(string model) => model == provider.Model
        ? configuredClient
        : others.GetOrAdd(model, name => new Lazy<IChatClient>(() => ChatClientFactory.Create(provider with { Model = name }, services))).Value;

    public void Dispose()
    {
        foreach (var client in others.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }
    }
}
