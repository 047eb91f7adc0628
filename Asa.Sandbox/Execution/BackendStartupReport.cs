namespace Asa.Sandbox.Execution;

/// <summary>Says at start which backend isolates runs, and what the docker backend does not block yet.</summary>
public sealed partial class BackendStartupReport(IExecutionBackend backend, ILogger<BackendStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBackend(backend.GetType().Name);
        if (backend is DockerBackend)
        {
            LogDockerGap();
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox runs are isolated by {Backend}")]
    private partial void LogBackend(string backend);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The docker backend does not yet stop commands from creating nested user namespaces (the engine's default seccomp profile allows it), and podman does not report memory kills; use the bubblewrap backend for untrusted code until that is fixed (see Asa.Sandbox/README.md)")]
    private partial void LogDockerGap();
}
