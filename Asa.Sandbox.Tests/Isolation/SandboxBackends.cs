using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Docker;
using Asa.Sandbox.Execution;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>The backends the isolation suite runs against.</summary>
public enum SandboxBackendKind
{
    Bubblewrap,
    Docker,
}

/// <summary>
/// One shared instance per backend. The docker one exists only where ASA_DOCKER_ENDPOINT (and ASA_DOCKER_IMAGE)
/// name a Docker API; elsewhere its tests are reported as skipped, never as passed.
/// </summary>
public static class SandboxBackends
{
    public const string EndpointVariable = "ASA_DOCKER_ENDPOINT";
    public const string ImageVariable = "ASA_DOCKER_IMAGE";

    public static readonly BubblewrapOptions BubblewrapOptions = new();

    private static readonly BubblewrapBackend Bubblewrap = new(BubblewrapOptions);
    private static readonly Lazy<DockerBackend?> Docker = new(CreateDocker);

    public static IExecutionBackend For(SandboxBackendKind kind)
    {
        if (kind == SandboxBackendKind.Bubblewrap)
        {
            return Bubblewrap;
        }

        Skip.If(
            Docker.Value is null,
            $"NOT RUN: docker backend suite needs {EndpointVariable} (and {ImageVariable}); see Asa.Sandbox/README.md.");
        return Docker.Value!;
    }

    private static DockerBackend? CreateDocker()
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (string.IsNullOrEmpty(endpoint))
        {
            return null;
        }

        var backend = new DockerBackend(new DockerOptions
        {
            Endpoint = endpoint,
            Image = Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image : "localhost/asa-sandbox:latest",
        });
        // The backend keeps files on the host (the amended seccomp profile) until it is disposed.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => backend.Dispose();
        return backend;
    }
}
