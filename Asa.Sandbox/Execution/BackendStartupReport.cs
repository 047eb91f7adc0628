namespace Asa.Sandbox.Execution;

/// <summary>Says at start which backend isolates runs.</summary>
public sealed partial class BackendStartupReport(IExecutionBackend backend, ILogger<BackendStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBackend(backend.GetType().Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox runs are isolated by {Backend}")]
    private partial void LogBackend(string backend);
}
