using Asa.AppHost.Infrastructure;
using Asa.AppHost.Services;
using Aspire.Hosting;

namespace Asa.Tests.Unit;

public sealed class SandboxBackendSettingsTests
{
    [Fact]
    public void LocalInfrastructureIsolatesRunsWithBubblewrap()
    {
        var settings = Resolve(Infra(InfraMode.Local, engine: null));

        Assert.Equal(new SandboxBackendSettings("bubblewrap", "local infrastructure", null, null), settings);
    }

    [Theory]
    [InlineData("docker", "unix:///var/run/docker.sock")]
    [InlineData("podman", "unix:///run/podman/podman.sock")]
    public void ContainerInfrastructureIsolatesRunsWithDockerOnTheEngineThatRunsTheContainers(string engine, string endpoint)
    {
        // The tests run as root, where podman's API socket is the system one.
        var settings = Resolve(Infra(InfraMode.Containers, engine), "--Sandbox:Docker:Image=asa-sandbox:1");

        Assert.Equal(new SandboxBackendSettings("docker", "container infrastructure", endpoint, "asa-sandbox:1"), settings);
    }

    [Fact]
    public void ConfiguredBackendAndEndpointWinOverTheInfrastructure()
    {
        var bubblewrap = Resolve(Infra(InfraMode.Containers, "docker"), "--Sandbox:Backend=Bubblewrap");
        var docker = Resolve(Infra(InfraMode.Local, engine: null),
            "--Sandbox:Backend=docker", "--Sandbox:Docker:Image=img", "--Sandbox:Docker:Endpoint=unix:///var/tmp/engine.sock");

        Assert.Equal(new SandboxBackendSettings("bubblewrap", "requested", null, null), bubblewrap);
        Assert.Equal(new SandboxBackendSettings("docker", "requested", "unix:///var/tmp/engine.sock", "img"), docker);
    }

    [Fact]
    public void PublishingLeavesTheImageToTheDeployment()
    {
        var settings = Resolve(Infra(InfraMode.Containers, "docker"), "--publisher", "manifest", "--output-path", Path.Combine(Path.GetTempPath(), "unused.json"));

        Assert.Equal("docker", settings.Backend);
        Assert.Null(settings.DockerImage);
    }

    [Fact]
    public void DockerWithoutAnImageIsRefusedByName()
    {
        var exception = Assert.Throws<AppHostConfigurationException>(() => Resolve(Infra(InfraMode.Containers, "docker")));

        Assert.Contains("set Sandbox:Docker:Image", exception.Message);
    }

    private static InfraSettings Infra(InfraMode mode, string? engine) => new(mode, "test", engine, "/unused", 1, 2);

    private static SandboxBackendSettings Resolve(InfraSettings infra, params string[] args) =>
        SandboxBackendSettings.Resolve(DistributedApplication.CreateBuilder(args), infra);
}
