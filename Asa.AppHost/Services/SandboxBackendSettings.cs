using Asa.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Asa.AppHost.Services;

/// <summary>
/// Which isolation the sandbox uses: bubblewrap beside local infrastructure, docker beside containers
/// (<c>Sandbox:Backend</c> overrides either), and for docker the engine's API and the image commands run in
/// (null when publishing without one configured: the deployment supplies it as a parameter).
/// </summary>
public sealed record SandboxBackendSettings(string Backend, string Reason, string? DockerEndpoint, string? DockerImage)
{
    public const string Bubblewrap = "bubblewrap";
    public const string Docker = "docker";

    public static SandboxBackendSettings Resolve(IDistributedApplicationBuilder builder, InfraSettings infra)
    {
        var config = builder.Configuration;
        var (backend, reason) = config["Sandbox:Backend"]?.Trim().ToLowerInvariant() switch
        {
            null or "" => infra.Mode == InfraMode.Local
                ? (Bubblewrap, "local infrastructure")
                : (Docker, "container infrastructure"),
            Bubblewrap => (Bubblewrap, "requested"),
            Docker => (Docker, "requested"),
            var other => throw new AppHostConfigurationException($"Sandbox:Backend must be bubblewrap or docker, not '{other}'."),
        };
        if (backend == Bubblewrap)
        {
            return new SandboxBackendSettings(backend, reason, null, null);
        }

        var image = config["Sandbox:Docker:Image"];
        // A deployment names its image when it is provisioned; running here needs one that exists now.
        if (string.IsNullOrWhiteSpace(image) && builder.ExecutionContext.IsRunMode)
        {
            throw new AppHostConfigurationException(
                $"The sandbox runs commands in containers ({reason}) and needs an image: set Sandbox:Docker:Image "
                + "(scripts/podman-service.sh builds one), or choose --Sandbox:Backend bubblewrap or --infra local.");
        }
        // The engine beside the publisher is not the deployment's: a deployment names its engine when it is provisioned.
        var endpoint = config["Sandbox:Docker:Endpoint"] is { Length: > 0 } configured ? configured
            : builder.ExecutionContext.IsRunMode ? DefaultEndpoint(infra.ContainerEngine)
            : null;
        return new SandboxBackendSettings(backend, reason, endpoint, image);
    }

    // Where each engine's Docker-compatible API listens by default; podman's needs `podman system service`.
    private static string DefaultEndpoint(string? engine) =>
        (engine, Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR")) switch
        {
            ("podman", { Length: > 0 } runtimeDirectory) when !Environment.IsPrivilegedProcess => $"unix://{runtimeDirectory}/podman/podman.sock",
            ("podman", _) => "unix:///run/podman/podman.sock",
            _ => "unix:///var/run/docker.sock",
        };
}
