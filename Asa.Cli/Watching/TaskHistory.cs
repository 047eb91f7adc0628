using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Cli.Watching;

/// <summary>
/// A task's events so far. WatchTask replays the history and then waits for live events, so for a task still running
/// the read stops once the stream has reached the task's current status and then stays quiet for a moment.
/// </summary>
public static class TaskHistory
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<TaskEvent>> ReadAsync(
        TaskService.TaskServiceClient tasks, AsaTask task, CancellationToken cancellationToken)
    {
        var events = new List<TaskEvent>();
        using var call = tasks.WatchTask(new WatchTaskRequest { TaskId = task.TaskId }, deadline: DateTime.UtcNow + Limit,
            cancellationToken: cancellationToken);
        var caughtUp = false;
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (caughtUp)
            {
                quiet.CancelAfter(QuietPeriod);
            }
            try
            {
                if (!await call.ResponseStream.MoveNext(quiet.Token))
                {
                    return events;
                }
            }
            catch (RpcException exception) when (caughtUp && exception.StatusCode == StatusCode.Cancelled && !cancellationToken.IsCancellationRequested)
            {
                return events;
            }
            var taskEvent = call.ResponseStream.Current;
            events.Add(taskEvent);
            caughtUp |= taskEvent.StatusChange?.To == task.Status;
        }
    }
}
