using Asa.Sandbox.Execution;

namespace Asa.Sandbox.Bubblewrap;

/// <summary>At start, clears the cgroups (and any straggling processes) of runs a crashed predecessor left behind.</summary>
public sealed partial class AbandonedRunsCleanup(IExecutionBackend backend, ILogger<AbandonedRunsCleanup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (backend is BubblewrapBackend bubblewrap)
        {
            var cleared = await bubblewrap.RemoveAbandonedRunsAsync();
            if (cleared > 0)
            {
                LogCleared(cleared);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared {Count} sandbox runs left behind by a previous instance")]
    private partial void LogCleared(int count);
}
