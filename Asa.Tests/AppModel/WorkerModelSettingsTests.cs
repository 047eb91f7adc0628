using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Asa.AppHost.Services;

namespace Asa.Tests.AppModel;

/// <summary>What the AppHost hands the worker of its model settings, read from the app model without starting it.</summary>
public sealed class WorkerModelSettingsTests
{
    [Fact]
    public async Task TheModelProvidersSettingsReachTheWorkerWhenRunningHere()
    {
        var environment = await WorkerEnvironmentAsync(
            "--OPENAI_API_KEY=sk-test-not-real", "--DEFAULT_MODEL=gpt-4.1-mini",
            "--Llm:BaseUrl=http://127.0.0.1:11434/v1", "--Llm:Budget:TaskTokens=5000", "--Llm:Prices:my-model:InputPerMillion=1.5");

        Assert.Equal("sk-test-not-real", environment["OPENAI_API_KEY"]);
        Assert.Equal("gpt-4.1-mini", environment["DEFAULT_MODEL"]);
        Assert.Equal("http://127.0.0.1:11434/v1", environment["Llm__BaseUrl"]);
        Assert.Equal("5000", environment["Llm__Budget__TaskTokens"]);
        Assert.Equal("1.5", environment["Llm__Prices__my-model__InputPerMillion"]);
    }

    [Fact]
    public async Task GitHubsSettingsReachTheWorkerWhenRunningHere()
    {
        var environment = await WorkerEnvironmentAsync(
            "--GITHUB_TOKEN=ghp_test_not_real", "--Delivery:GitHubApiUrl=https://ghe.example.com/api/v3/", "--Delivery:AuthorName=Release Bot");

        Assert.Equal("ghp_test_not_real", environment["GITHUB_TOKEN"]);
        Assert.Equal("https://ghe.example.com/api/v3/", environment["Delivery__GitHubApiUrl"]);
        Assert.Equal("Release Bot", environment["Delivery__AuthorName"]);
    }

    [Fact]
    public async Task WithoutModelSettingsTheWorkerGetsNone()
    {
        var environment = await WorkerEnvironmentAsync();

        Assert.DoesNotContain(environment.Keys, name => name.StartsWith("Llm__", StringComparison.Ordinal) || name == "DEFAULT_MODEL");
        // The test run's own environment may hold a key; the worker gets it only from the AppHost's configuration.
        Assert.Equal(Environment.GetEnvironmentVariable("OPENAI_API_KEY"), environment.GetValueOrDefault("OPENAI_API_KEY"));
    }

    // The worker alone, with the AppHost's settings extension: its environment needs no other resource to exist.
    private static async Task<Dictionary<string, string>> WorkerEnvironmentAsync(params string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(args);
        var worker = builder.AddProject<Projects.Asa_Worker>("asa-worker").WithWorkerSettings().Resource;
        // Obsolete in favour of ExecutionConfigurationBuilder, which works on a started application; reading the
        // model before anything starts is the point here.
#pragma warning disable CS0618
        var values = await worker.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618
        return new Dictionary<string, string>(values);
    }
}
