using Asa.Worker.Llm;
using Asa.Worker.Prompts;
using Asa.Worker.Secrets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asa.Worker.Extensions;

public static class LlmServiceExtensions
{
    /// <summary>
    /// Registers the chat client, <see cref="LlmGateway"/> and the prompts when a provider is configured, and nothing
    /// a caller could use when none is. A wrong setting or prompt file throws here, so the worker stops at start naming it.
    /// </summary>
    public static IHostApplicationBuilder AddLlmGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<LlmProviderAnnouncer>();
        var provider = LlmProviderSettings.FromConfiguration(builder.Configuration);
        if (provider is null)
        {
            return builder;
        }

        builder.Services.AddSingleton(provider);
        builder.Services.AddOptions<LlmBudgetOptions>()
            .BindConfiguration(LlmBudgetOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(ModelPrices.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton(new PromptTokenCounter(provider.Model));
        builder.Services.AddSingleton(services => ChatClientFactory.Create(provider, services));
        builder.Services.AddSingleton<ChatClients>();
        builder.Services.TryAddSingleton(_ => SecretValues.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton<LlmReplyCache>();
        builder.Services.AddSingleton<LlmMetrics>();
        builder.Services.TryAddSingleton<LlmUsageStore>();
        builder.Services.AddSingleton<LlmGateway>();
        builder.AddPrompts();
        return builder;
    }

    private static void AddPrompts(this IHostApplicationBuilder builder)
    {
        IReplyFormat[] formats = [new JsonReplyFormat(), new TestFileReplyFormat(), new EditBlocksReplyFormat()];
        foreach (var format in formats)
        {
            builder.Services.AddSingleton(format);
        }
        var folder = builder.Configuration["Llm:PromptsPath"] ?? Path.Combine(AppContext.BaseDirectory, "prompts");
        builder.Services.AddSingleton(PromptCatalog.Load(folder, formats.Select(f => f.Name).ToHashSet(StringComparer.Ordinal)));
        builder.Services.AddSingleton<PromptVersions>();
        builder.Services.AddSingleton<PromptedModel>();
        builder.Services.AddHostedService<PromptRegistration>();
    }
}
