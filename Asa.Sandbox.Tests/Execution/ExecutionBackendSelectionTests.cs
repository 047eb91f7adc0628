using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Docker;
using Asa.Sandbox.Execution;
using Asa.Sandbox.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Asa.Sandbox.Tests.Execution;

public sealed class ExecutionBackendSelectionTests
{
    private static IExecutionBackend Resolve(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddExecutionBackend();
        using var provider = builder.Services.BuildServiceProvider();
        return provider.GetRequiredService<IExecutionBackend>();
    }

    [Fact]
    public void BubblewrapIsTheDefault() =>
        Assert.IsType<BubblewrapBackend>(Resolve([]));

    [Fact]
    public void DockerIsChosenByConfiguration() =>
        Assert.IsType<DockerBackend>(Resolve(new()
        {
            ["Sandbox:Backend"] = "docker",
            ["Sandbox:Docker:Endpoint"] = "unix:///nonexistent/docker.sock",
            ["Sandbox:Docker:Image"] = "localhost/asa-sandbox:latest",
        }));

    [Fact]
    public void AnUnknownBackendFailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["Sandbox:Backend"] = "firecracker" }));

        Assert.Contains("Sandbox:Backend is 'firecracker'", error.Message);
    }

    [Fact]
    public void AConfiguredSeccompProfileThatDoesNotExistFailsNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Sandbox:Backend"] = "docker",
            ["Sandbox:Docker:Endpoint"] = "unix:///nonexistent/docker.sock",
            ["Sandbox:Docker:Image"] = "localhost/asa-sandbox:latest",
            ["Sandbox:Docker:SeccompProfile"] = "/nonexistent/seccomp.json",
        }));

        Assert.Contains("Sandbox:Docker:SeccompProfile", error.Message);
    }
}
