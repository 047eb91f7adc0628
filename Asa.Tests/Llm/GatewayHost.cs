using Asa.Worker.Extensions;
using Asa.Worker.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using StackExchange.Redis;

namespace Asa.Tests.Llm;

/// <summary>The worker's LLM registrations, built from in-memory settings the way the worker builds them.</summary>
public static class GatewayHost
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, NpgsqlDataSource? dataSource = null, IConnectionMultiplexer? redis = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        // Tests that only look at registrations never open it; the worker gets its data source from Aspire.
        builder.Services.AddSingleton(dataSource ?? NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused"));
        builder.Services.AddSingleton(redis ?? ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        builder.AddLlmGateway();
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static Dictionary<string, string?> Compatible(Uri baseUrl, string apiKey = "test-key") => new()
    {
        ["Llm:Provider"] = "compatible",
        ["Llm:BaseUrl"] = baseUrl.ToString(),
        ["Llm:ApiKey"] = apiKey,
        ["Llm:Model"] = "gpt-4o-mini",
    };
}
