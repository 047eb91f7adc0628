using Microsoft.Extensions.Options;

namespace Asa.Sandbox.Workspaces;

/// <summary>Clears every workspace at start (a restart leaves no orphans) and then deletes idle ones.</summary>
public sealed partial class WorkspaceJanitor(WorkspaceStore workspaces, IOptions<WorkspaceOptions> options, ILogger<WorkspaceJanitor> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.Root);
        // The sandbox user must reach the trees it runs in, but has no business listing the others.
        File.SetUnixFileMode(options.Value.Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        LogCleared(workspaces.Clear(), options.Value.Root);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idleLimit = options.Value.IdleLimit;
        using var timer = new PeriodicTimer(idleLimit / 4);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var id in workspaces.FindIdle(DateTime.UtcNow - idleLimit))
                {
                    workspaces.Delete(id);
                    LogCollected(id, idleLimit);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} workspaces left from before the start in {Root}")]
    private partial void LogCleared(int count, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Collected workspace {WorkspaceId}, unused for {IdleLimit}")]
    private partial void LogCollected(string workspaceId, TimeSpan idleLimit);
}
