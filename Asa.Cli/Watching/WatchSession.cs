using Asa.Cli.Commands;
using Asa.Cli.Connection;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Watching;

/// <summary>Follows one task to its end, printing progress for people (nothing with --json), and returns what it saw.</summary>
public static class WatchSession
{
    private static readonly TimeSpan SpinnerTick = TimeSpan.FromMilliseconds(200);

    public static async Task<WatchOutcome> RunAsync(CommandContext context, string taskId, CancellationToken cancellationToken)
    {
        var events = new List<TaskEvent>();
        var tasks = context.Clients.Tasks;
        if (context.Json)
        {
            await foreach (var taskEvent in TaskEventStream.ReadAsync(tasks, taskId, cancellationToken))
            {
                events.Add(taskEvent);
            }
        }
        else if (context.Console.Profile.Capabilities.Interactive)
        {
            var progress = new WatchProgress(context.Console, spinnerShowsStage: true);
            await context.Console.Status().Spinner(Spinner.Known.Dots).StartAsync(progress.StatusText(), async status =>
            {
                using var stopTicking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var ticking = TickAsync(status, progress, stopTicking.Token);
                try
                {
                    await foreach (var taskEvent in TaskEventStream.ReadAsync(tasks, taskId, cancellationToken))
                    {
                        events.Add(taskEvent);
                        progress.Show(taskEvent);
                        status.Status(progress.StatusText());
                    }
                }
                finally
                {
                    await stopTicking.CancelAsync();
                    await ticking;
                }
            });
        }
        else
        {
            var progress = new WatchProgress(context.Console, spinnerShowsStage: false);
            await foreach (var taskEvent in TaskEventStream.ReadAsync(tasks, taskId, cancellationToken))
            {
                events.Add(taskEvent);
                progress.Show(taskEvent);
            }
        }
        var task = await tasks.GetTaskAsync(new GetTaskRequest { TaskId = taskId }, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
        return new WatchOutcome(task, events);
    }

    private static async Task TickAsync(StatusContext status, WatchProgress progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SpinnerTick);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                status.Status(progress.StatusText());
            }
        }
        catch (OperationCanceledException)
        {
            // Ticking stops when the watch does.
        }
    }
}

/// <summary>The task as it ended and every event it had.</summary>
public sealed record WatchOutcome(AsaTask Task, IReadOnlyList<TaskEvent> Events);
