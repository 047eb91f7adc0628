namespace Asa.Worker.Llm;

public static class LlmServiceExtensions
{
    /// <summary>
    /// Registers the chat client and <see cref="LlmGateway"/> when a provider is configured, and nothing a caller
    /// could use when none is. A wrong setting throws here, so the worker stops at start naming it.
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
        builder.Services.AddSingleton<LlmUsageStore>();
        builder.Services.AddSingleton<LlmGateway>();
        return builder;
    }
}
